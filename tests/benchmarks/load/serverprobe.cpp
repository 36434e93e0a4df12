// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "serverprobe.h"

#include <QByteArrayList>
#include <QFile>

#include <unistd.h>

namespace {

QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1StringView(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

qint64 ServerProbe::cpuMicroseconds() const
{
    const QByteArray stat = readProcFile(m_pid, "stat");
    // The command name may hold spaces: the fields are counted after its closing parenthesis.
    const qsizetype nameEnd = stat.lastIndexOf(')');
    if (nameEnd < 0)
        return -1;
    const QByteArrayList fields = stat.mid(nameEnd + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), 12 and 13 after the name.
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    return ticks * 1000000 / sysconf(_SC_CLK_TCK);
}

qint64 ServerProbe::residentBytes() const
{
    const QByteArrayList lines = readProcFile(m_pid, "status").split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return -1;
}
