// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// Enum keys are CamelCase here and UPPER_SNAKE on the wire (InvalidAlias -> INVALID_ALIAS).
namespace Users {
Q_NAMESPACE

enum class RefusalReason { InvalidAlias, UserAlreadyExists };
Q_ENUM_NS(RefusalReason)

} // namespace Users
