// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QVariantMap>

#include <expected>

// Reads the QR code in an image as a phone's camera would, with zbarimg (Debian's zbar-tools,
// which .ci/setup installs: a machine without it fails the tests that scan, it does not skip them).
class QrCodeScanner : public QObject
{
    Q_OBJECT

public:
    explicit QrCodeScanner(QObject *parent = nullptr);

    // The text of the code in the image at imagePath, or why there is none.
    static std::expected<QString, QString> scan(const QString &imagePath);

    // For QML: {text, error}, one of them empty.
    Q_INVOKABLE QVariantMap scanImage(const QString &imagePath) const;
    // A file name in a directory of this scanner's, where a test saves what it grabbed.
    Q_INVOKABLE QString imagePath(const QString &fileName) const;

private:
    QTemporaryDir m_directory;
};
