// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

#include <expected>
#include <utility>

// The project's one error convention (docs/architecture.md): an operation that can be refused for a
// reason outside the program's control (input, a peer, a port, a file) returns Outcome<T>, which
// holds either the result or a Refusal saying why. Rule violations inside the domain are events
// addressed to the offender; an exception means a bug and becomes BusHandlerFailed.
struct Refusal
{
    QString reason;  // UPPER_SNAKE, for programs: INVALID_PAYLOAD, UNAUTHENTICATED, PORT_IN_USE…
    QString message; // one sentence for a person
    friend bool operator==(const Refusal &, const Refusal &) = default;
};

template<typename T = void>
using Outcome = std::expected<T, Refusal>;

inline std::unexpected<Refusal> refuse(QString reason, QString message)
{
    return std::unexpected(Refusal{std::move(reason), std::move(message)});
}
