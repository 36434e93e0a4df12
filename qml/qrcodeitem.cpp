// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "qrcodeitem.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    // Sharp module edges: no smoothing when the scene graph places the painted texture.
    setAntialiasing(false);
    setFillColor(Qt::white);
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_code = text.isEmpty() ? QrCode() : QrCode::encode(text);
    Q_EMIT textChanged();
    update();
}

int QrCodeItem::modules() const
{
    return m_code.isNull() ? 0 : m_code.size() + 2 * quietZoneModules;
}

void QrCodeItem::paint(QPainter *painter)
{
    if (m_code.isNull())
        return;
    const qreal side = std::min(width(), height());
    // Below a pixel a module no camera reads it anyway: then it is only drawn as well as it goes.
    const qreal exact = side / modules();
    const qreal modulePixels = exact >= 1 ? std::floor(exact) : exact;
    const qreal codeSide = modulePixels * modules();
    const QPointF origin(std::floor((width() - codeSide) / 2) + quietZoneModules * modulePixels,
                         std::floor((height() - codeSide) / 2) + quietZoneModules * modulePixels);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (int row = 0; row < m_code.size(); ++row) {
        for (int column = 0; column < m_code.size(); ++column) {
            if (m_code.isDark(column, row)) {
                painter->fillRect(QRectF(origin.x() + column * modulePixels, origin.y() + row * modulePixels,
                                         modulePixels, modulePixels),
                                  Qt::black);
            }
        }
    }
}
