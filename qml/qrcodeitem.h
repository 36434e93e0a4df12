// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "qrcode.h"

#include <QQuickPaintedItem>
#include <QString>
#include <QtQml/qqmlregistration.h>

// Draws the QR code of text: dark modules on white, whatever the theme (scanners expect dark on
// light), with the quiet zone of 4 modules the standard asks for. Each module is a whole number of
// pixels, so its edges stay sharp for a camera; the code is centred in the item.
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // Modules a side, quiet zone included; 0 when there is no text.
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)

public:
    static constexpr int quietZoneModules = 4;

    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    int modules() const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    QrCode m_code;
};
