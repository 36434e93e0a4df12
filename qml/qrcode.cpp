// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "qrcode.h"

#include <QLoggingCategory>

#include <qrencode.h>

#include <cerrno>
#include <memory>

Q_LOGGING_CATEGORY(lcQrCode, "tictactoe.qrcode", QtInfoMsg)

QrCode QrCode::encode(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    // Version 0: the smallest that holds it. The text is a link: keep its lower case as it is.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
            QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!encoded) {
        qCWarning(lcQrCode) << "cannot encode" << bytes.size() << "bytes in a QR code:"
                            << qt_error_string(errno);
        return {};
    }
    QrCode code;
    code.m_version = encoded->version;
    code.m_size = encoded->width;
    const qsizetype moduleCount = qsizetype(encoded->width) * encoded->width;
    code.m_modules.resize(moduleCount);
    // Bit 0 of each byte says dark; the others describe what the module is part of.
    for (qsizetype index = 0; index < moduleCount; ++index)
        code.m_modules[index] = char(encoded->data[index] & 1);
    return code;
}

bool QrCode::isDark(int column, int row) const
{
    Q_ASSERT(column >= 0 && column < m_size && row >= 0 && row < m_size);
    return m_modules.at(qsizetype(row) * m_size + column) != 0;
}
