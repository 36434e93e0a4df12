// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "webclientfiles.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace {

const QString resourceDirectory = QStringLiteral(":/web");

QByteArray contentTypeOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix == u"html")
        return "text/html; charset=utf-8";
    if (suffix == u"js")
        return "text/javascript; charset=utf-8";
    if (suffix == u"css")
        return "text/css; charset=utf-8";
    if (suffix == u"svg")
        return "image/svg+xml";
    return "application/octet-stream";
}

} // namespace

QList<WebClientFiles::File> WebClientFiles::all()
{
    QList<File> files;
    QDirIterator iterator(resourceDirectory, QDir::Files);
    while (iterator.hasNext()) {
        const QString resourcePath = iterator.next();
        QFile file(resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString name = resourcePath.mid(resourceDirectory.size());
        const QByteArray content = file.readAll();
        const QByteArray contentType = contentTypeOf(name);
        files.append({name, content, contentType});
        if (name == u"/index.html")
            files.append({QStringLiteral("/"), content, contentType});
    }
    return files;
}
