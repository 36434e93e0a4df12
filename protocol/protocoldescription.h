// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QJsonObject>

struct MessageSpec;

// How GET /protocol describes one message: its names, kind, direction, channels, audience and
// fields, each field with its JSON type as GadgetJson writes it.
namespace ProtocolDescription {

QJsonObject describe(const MessageSpec &spec);

} // namespace ProtocolDescription
