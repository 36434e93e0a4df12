// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

// Where a value sits inside a JSON message: the keys from the top, for the tests that spoil one
// field of a valid message at a time.
using JsonPath = QStringList;

// Every path of object, depth first, the nested objects' own paths included.
QList<JsonPath> pathsOf(const QJsonObject &object);
// object with the value at path replaced, or removed when value is undefined.
QJsonObject edited(QJsonObject object, const JsonPath &path, const QJsonValue &value);
