// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QLatin1StringView>

// Why the server refuses a message: COMMAND_REJECTED's reason over the WebSocket, Refusal::reason
// inside the program, and an HTTP status over HTTP (see GameApi).
namespace RejectionReason {

inline constexpr QLatin1StringView malformedMessage{"MALFORMED_MESSAGE"};
inline constexpr QLatin1StringView unknownType{"UNKNOWN_TYPE"};
inline constexpr QLatin1StringView invalidPayload{"INVALID_PAYLOAD"};
inline constexpr QLatin1StringView unauthenticated{"UNAUTHENTICATED"};
inline constexpr QLatin1StringView forbidden{"FORBIDDEN"};
inline constexpr QLatin1StringView alreadyExists{"ALREADY_EXISTS"};
inline constexpr QLatin1StringView notFound{"NOT_FOUND"};
inline constexpr QLatin1StringView rateLimited{"RATE_LIMITED"};
inline constexpr QLatin1StringView incompatibleProtocol{"INCOMPATIBLE_PROTOCOL"};
inline constexpr QLatin1StringView busy{"BUSY"};

inline constexpr QLatin1StringView all[] = {malformedMessage, unknownType,   invalidPayload,
                                            unauthenticated,  forbidden,     alreadyExists,
                                            rateLimited,      incompatibleProtocol,
                                            busy};

} // namespace RejectionReason
