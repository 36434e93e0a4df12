// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "discoverydatagram.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace {

const auto serviceKey = QStringLiteral("service");
const auto protocolKey = QStringLiteral("protocol");
const auto kindKey = QStringLiteral("kind");
const auto nameKey = QStringLiteral("name");
const auto aliasKey = QStringLiteral("alias");
const auto portKey = QStringLiteral("port");
const auto playersKey = QStringLiteral("players");
const auto gameProtocolKey = QStringLiteral("gameProtocol");

const auto serviceName = QStringLiteral("tictactoe");
const auto announceKind = QStringLiteral("announce");
const auto byeKind = QStringLiteral("bye");

// Cutting between the two halves of a surrogate pair would leave an unpaired half that UTF-8 cannot
// encode, so the cut moves one character earlier instead.
QString cutToLength(const QString &text, qsizetype maximumLength)
{
    if (text.size() <= maximumLength)
        return text;
    QString cut = text.left(maximumLength);
    if (cut.back().isHighSurrogate())
        cut.chop(1);
    return cut;
}

// JSON numbers are doubles: accept only whole values inside [minimum, maximum].
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 minimum, qint64 maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != std::floor(number) || number < double(minimum) || number > double(maximum))
        return std::nullopt;
    return qint64(number);
}

std::unexpected<Refusal> reject(const QString &reason)
{
    return refuse(QStringLiteral("NOT_A_BEACON"), reason);
}

} // namespace

QByteArray DiscoveryDatagram::encode() const
{
    const QJsonObject object{
        {serviceKey, serviceName},
        {protocolKey, protocolVersion},
        {kindKey, kind == Kind::Announce ? announceKind : byeKind},
        {nameKey, cutToLength(name, maximumNameLength)},
        {aliasKey, cutToLength(alias, maximumAliasLength)},
        {portKey, int(gamePort)},
        {playersKey, qMax(0, playersOnline)},
        {gameProtocolKey, qMax(0, gameProtocolVersion)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Outcome<DiscoveryDatagram> DiscoveryDatagram::decode(const QByteArray &bytes)
{
    if (bytes.size() > maximumSize)
        return reject(QStringLiteral("oversize: %1 bytes").arg(bytes.size()));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return reject(QStringLiteral("not JSON: ") + parseError.errorString());
    if (!document.isObject())
        return reject(QStringLiteral("not a JSON object"));
    const QJsonObject object = document.object();

    if (object.value(serviceKey).toString() != serviceName)
        return reject(QStringLiteral("wrong service"));
    if (wholeNumber(object.value(protocolKey), protocolVersion, protocolVersion) == std::nullopt)
        return reject(QStringLiteral("unsupported protocol"));

    DiscoveryDatagram datagram;
    const QJsonValue kind = object.value(kindKey);
    if (kind == announceKind)
        datagram.kind = Kind::Announce;
    else if (kind == byeKind)
        datagram.kind = Kind::Bye;
    else
        return reject(QStringLiteral("unknown kind"));

    const QJsonValue name = object.value(nameKey);
    if (!name.isString() || name.toString().size() > maximumNameLength)
        return reject(QStringLiteral("invalid name"));
    datagram.name = name.toString();

    const QJsonValue alias = object.value(aliasKey);
    if (!alias.isString() || alias.toString().size() > maximumAliasLength)
        return reject(QStringLiteral("invalid alias"));
    datagram.alias = alias.toString();

    const auto port = wholeNumber(object.value(portKey), 1, std::numeric_limits<quint16>::max());
    if (!port)
        return reject(QStringLiteral("invalid port"));
    datagram.gamePort = quint16(*port);

    const auto players = wholeNumber(object.value(playersKey), 0, std::numeric_limits<int>::max());
    if (!players)
        return reject(QStringLiteral("invalid players"));
    datagram.playersOnline = int(*players);

    if (const QJsonValue gameProtocol = object.value(gameProtocolKey); !gameProtocol.isUndefined()) {
        const auto version = wholeNumber(gameProtocol, 0, std::numeric_limits<int>::max());
        if (!version)
            return reject(QStringLiteral("invalid gameProtocol"));
        datagram.gameProtocolVersion = int(*version);
    }

    return datagram;
}
