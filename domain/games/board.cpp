// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "board.h"

#include "effect.h"
#include "gadgetjson.h"

#include <QJsonArray>

#include <mutex>

bool Board::contains(int x, int y)
{
    return x >= 0 && x < size && y >= 0 && y < size;
}

QUuid Board::cell(int x, int y) const
{
    Q_ASSERT(contains(x, y));
    return m_cells[y * size + x];
}

bool Board::isFilled(int x, int y) const
{
    return !cell(x, y).isNull();
}

Board Board::withMark(int x, int y, const QUuid &player) const
{
    Q_ASSERT(contains(x, y));
    Board marked = *this;
    marked.m_cells[y * size + x] = player;
    return marked;
}

QUuid Board::winner() const
{
    const auto line = winningLine();
    return line ? m_cells[line->front()] : QUuid();
}

std::optional<std::array<int, Board::size>> Board::winningLine() const
{
    static constexpr std::array<std::array<int, size>, 8> lines{{
            {0, 1, 2}, {3, 4, 5}, {6, 7, 8}, // rows
            {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, // columns
            {0, 4, 8}, {2, 4, 6},            // diagonals
    }};
    for (const auto &line : lines) {
        const QUuid &first = m_cells[line[0]];
        if (!first.isNull() && m_cells[line[1]] == first && m_cells[line[2]] == first)
            return line;
    }
    return std::nullopt;
}

bool Board::isFull() const
{
    return std::none_of(m_cells.cbegin(), m_cells.cend(), [](const QUuid &c) { return c.isNull(); });
}

void registerGamesJsonConverters()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GadgetJson::registerListConverter<QUuid>();
        GadgetJson::registerListConverter<Effect>();
        GadgetJson::registerConverter(
                QMetaType::fromType<Board>(),
                [](const QVariant &value) -> QJsonValue {
                    const Board board = value.value<Board>();
                    QJsonArray rows;
                    for (int y = 0; y < Board::size; ++y) {
                        QJsonArray row;
                        for (int x = 0; x < Board::size; ++x)
                            row.append(GadgetJson::valueToJson(QVariant::fromValue(board.cell(x, y))));
                        rows.append(row);
                    }
                    return rows;
                },
                [](const QJsonValue &json, GadgetJson::DecodeError &error) -> QVariant {
                    const QJsonArray rows = json.toArray();
                    Board board;
                    bool wellFormed = json.isArray() && rows.size() == Board::size;
                    for (int y = 0; wellFormed && y < Board::size; ++y) {
                        const QJsonArray row = rows.at(y).toArray();
                        wellFormed = rows.at(y).isArray() && row.size() == Board::size;
                        for (int x = 0; wellFormed && x < Board::size; ++x) {
                            if (row.at(x).isNull())
                                continue;
                            const QVariant id = GadgetJson::valueFromJson(
                                    QMetaType::fromType<QUuid>(), row.at(x), error);
                            wellFormed = id.isValid();
                            if (wellFormed)
                                board = board.withMark(x, y, id.toUuid());
                        }
                    }
                    if (!wellFormed) {
                        error.message = QStringLiteral("expected 3 rows of 3 cells, each an id object or null");
                        return {};
                    }
                    return QVariant::fromValue(board);
                },
                [](const QVariant &value, QByteArray &out) {
                    const Board board = value.value<Board>();
                    out.append('[');
                    for (int y = 0; y < Board::size; ++y) {
                        out.append(y == 0 ? "[" : ",[");
                        for (int x = 0; x < Board::size; ++x) {
                            if (x > 0)
                                out.append(',');
                            GadgetJson::writeIdJson(board.cell(x, y), out);
                        }
                        out.append(']');
                    }
                    out.append(']');
                });
    });
}
