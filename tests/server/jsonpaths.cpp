// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "jsonpaths.h"

namespace {

void collectPaths(const QJsonObject &object, const JsonPath &prefix, QList<JsonPath> *paths)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const JsonPath path = prefix + JsonPath{it.key()};
        paths->append(path);
        if (it.value().isObject())
            collectPaths(it.value().toObject(), path, paths);
    }
}

} // namespace

QList<JsonPath> pathsOf(const QJsonObject &object)
{
    QList<JsonPath> paths;
    collectPaths(object, {}, &paths);
    return paths;
}

QJsonObject edited(QJsonObject object, const JsonPath &path, const QJsonValue &value)
{
    const QString &key = path.constFirst();
    if (path.size() == 1) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return object;
    }
    object.insert(key, edited(object.value(key).toObject(), path.mid(1), value));
    return object;
}
