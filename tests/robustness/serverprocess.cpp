// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "serverprocess.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

ServerProcess::ServerProcess(QObject *parent)
    : QObject(parent)
{
    // A full pipe would block the server on its next log line: both channels are drained as they fill.
    connect(&m_process, &QProcess::readyReadStandardError, this, &ServerProcess::readStandardError);
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(startTimeoutMs);
    }
}

void ServerProcess::setDescriptorLimit(int descriptors)
{
    // Runs in the child between fork and exec: only async-signal-safe calls.
    m_process.setChildProcessModifier([descriptors] {
        const rlimit limit{rlim_t(descriptors), rlim_t(descriptors)};
        setrlimit(RLIMIT_NOFILE, &limit);
    });
}

bool ServerProcess::start(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("TICTACTOE_DISCOVERY_TARGET"), QStringLiteral("127.0.0.1"));
    m_process.setProcessEnvironment(environment);
    const QStringList serverArguments =
            QStringList{QStringLiteral("--server"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                        QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                        m_dataDirectory.path(), QStringLiteral("--no-discovery")}
            + arguments;
    m_process.start(QStringLiteral(TICTACTOE_BINARY), serverArguments);
    if (!m_process.waitForStarted(startTimeoutMs)) {
        qWarning() << "the server did not start:" << m_process.errorString();
        return false;
    }
    if (!QTest::qWaitFor([this] { return m_process.canReadLine() || !isRunning(); }, startTimeoutMs)) {
        qWarning() << "the server printed no line in time";
        return false;
    }
    const QString line = QString::fromUtf8(m_process.readLine());
    static const QRegularExpression listening(
            QStringLiteral("^listening on http://127\\.0\\.0\\.1:([0-9]+)\n$"));
    const QRegularExpressionMatch match = listening.match(line);
    if (!match.hasMatch()) {
        qWarning() << "the server said" << line << "and on stderr" << standardError();
        return false;
    }
    m_port = match.captured(1).toUShort();
    // The one line is all the server ever prints there; later output would only fill the pipe.
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { m_process.readAllStandardOutput(); });
    return m_port != 0;
}

bool ServerProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

int ServerProcess::openDescriptorCount() const
{
    if (!isRunning())
        return -1;
    const QDir descriptors(QStringLiteral("/proc/%1/fd").arg(processId()));
    return int(descriptors.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size());
}

qint64 ServerProcess::processorTimeMs() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(processId()));
    if (!isRunning() || !stat.open(QIODevice::ReadOnly))
        return -1;
    // The fields after the command's name, which is in parentheses and may hold spaces; utime
    // and stime are the 14th and 15th of the whole line.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const qint64 ticks = fields.value(11).toLongLong() + fields.value(12).toLongLong();
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
}

QByteArray ServerProcess::standardError()
{
    readStandardError();
    return m_standardError;
}

bool ServerProcess::stop()
{
    if (!isRunning())
        return false;
    m_process.terminate();
    if (!QTest::qWaitFor([this] { return !isRunning(); }, startTimeoutMs))
        return false;
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

void ServerProcess::readStandardError()
{
    m_standardError += m_process.readAllStandardError();
}
