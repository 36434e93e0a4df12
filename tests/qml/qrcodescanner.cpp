// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "qrcodescanner.h"

#include <QProcess>
#include <QStandardPaths>

namespace {

constexpr int scanTimeoutMs = 30000;

} // namespace

QrCodeScanner::QrCodeScanner(QObject *parent)
    : QObject(parent)
{
}

std::expected<QString, QString> QrCodeScanner::scan(const QString &imagePath)
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty()) {
        return std::unexpected(QStringLiteral(
                "zbarimg is not installed: install zbar-tools (bash .ci/setup installs it)"));
    }
    QProcess process;
    // --raw: the decoded text alone, without "QR-Code:"; -q: no statistics on standard error.
    process.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), imagePath});
    if (!process.waitForFinished(scanTimeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return std::unexpected(QStringLiteral("zbarimg did not finish: %1").arg(process.errorString()));
    if (process.exitCode() != 0) {
        return std::unexpected(QStringLiteral("zbarimg found no code in %1 (exit code %2): %3")
                                       .arg(imagePath)
                                       .arg(process.exitCode())
                                       .arg(QString::fromLocal8Bit(process.readAllStandardError())));
    }
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    // zbarimg ends each code it read with a newline.
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

QVariantMap QrCodeScanner::scanImage(const QString &imagePath) const
{
    const std::expected<QString, QString> scanned = scan(imagePath);
    return {{QStringLiteral("text"), scanned.value_or(QString())},
            {QStringLiteral("error"), scanned ? QString() : scanned.error()}};
}

QString QrCodeScanner::imagePath(const QString &fileName) const
{
    return m_directory.filePath(fileName);
}
