// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>

// A QR code as its modules: text in, a square of dark and light modules out, made by libqrencode.
// The smallest version that holds the text at error correction level M (15 % of the code may be
// unreadable, a smudge or a reflection), in whichever mix of modes is shortest.
class QrCode
{
public:
    // A null code (size 0) when text does not fit in any version (over about 2 300 bytes).
    static QrCode encode(const QString &text);

    bool isNull() const { return m_size == 0; }
    // 1 to 40; a version-v code has 17 + 4 v modules a side.
    int version() const { return m_version; }
    // Modules a side, without the quiet zone.
    int size() const { return m_size; }
    // Columns and rows from 0 to size() - 1.
    bool isDark(int column, int row) const;

private:
    int m_version = 0;
    int m_size = 0;
    QByteArray m_modules; // row after row, 1 for dark
};
