// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

// "PlaceMark" -> "PLACE_MARK": the wire spelling of effect type names and enum keys.
QString upperSnakeCase(QStringView camelCase);
