// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "testclient.h"

#include "protocolcatalogue.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>

#include <memory>

namespace {

QUrl serverUrl(const QString &scheme, quint16 port, const QString &path)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(path);
    return url;
}

struct ReplyDeleter
{
    void operator()(QNetworkReply *reply) const { reply->deleteLater(); }
};

} // namespace

TestClient::TestClient(quint16 port, QObject *parent)
    : QObject(parent)
    , m_port(port)
{
    // Loopback only: no proxy may ever see a test's traffic.
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_socket.setProxy(QNetworkProxy::NoProxy);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &TestClient::storeMessage);
}

TestClient::~TestClient()
{
    m_socket.abort();
}

TestClient::HttpAnswer TestClient::post(const QString &path, const QByteArray &body,
                                        const QByteArray &credential)
{
    return sendRequest("POST", path, body, credential.isEmpty() ? QByteArray() : "Bearer " + credential);
}

TestClient::HttpAnswer TestClient::post(const QString &path, const QJsonObject &body,
                                        const QByteArray &credential)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), credential);
}

TestClient::HttpAnswer TestClient::sendRequest(const QByteArray &method, const QString &path,
                                               const QByteArray &body,
                                               const QByteArray &authorization,
                                               const QByteArray &contentType)
{
    QNetworkRequest request(serverUrl(QStringLiteral("http"), m_port, path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    const std::unique_ptr<QNetworkReply, ReplyDeleter> reply(
            m_network.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(waitTimeoutMs)) {
        qWarning() << method << path << "got no answer in time";
        reply->abort();
        return {};
    }
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.allow = reply->rawHeader("Allow");
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    answer.rawBody = reply->readAll();
    const QJsonDocument document = QJsonDocument::fromJson(answer.rawBody);
    answer.bodyIsObject = document.isObject();
    answer.body = document.object();
    return answer;
}

QByteArray TestClient::exchangeRaw(const QByteArray &bytes, bool *closed)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QByteArray answer;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { answer += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    *closed = false;
    if (!connected.wait(waitTimeoutMs))
        return {};
    socket.write(bytes);
    *closed = disconnected.wait(waitTimeoutMs);
    answer += socket.readAll();
    return answer;
}

TestClient::HttpAnswer TestClient::command(const QString &type, const QJsonObject &payload,
                                           const QByteArray &credential)
{
    return post(QStringLiteral("/commands"), envelope(QStringLiteral("command"), type, payload),
                credential);
}

TestClient::HttpAnswer TestClient::event(const QString &type, const QJsonObject &payload,
                                         const QByteArray &credential)
{
    return post(QStringLiteral("/events"), envelope(QStringLiteral("event"), type, payload),
                credential);
}

TestClient::HttpAnswer TestClient::query(const QString &type, const QJsonObject &payload)
{
    QJsonObject withOperation = payload;
    if (!withOperation.contains(u"operationId"))
        withOperation.insert(QStringLiteral("operationId"), newIdObject());
    return post(QStringLiteral("/queries"), envelope(QStringLiteral("query"), type, withOperation));
}

bool TestClient::openSocket()
{
    if (!openSocketWithoutHello())
        return false;
    send(QStringLiteral("CLIENT_HELLO"), {{QStringLiteral("protocolVersion"), protocolVersion}});
    if (!waitFor(QStringLiteral("SERVER_HELLO"))) {
        qWarning() << "the server did not answer CLIENT_HELLO";
        return false;
    }
    return true;
}

bool TestClient::openSocketWithoutHello()
{
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(serverUrl(QStringLiteral("ws"), m_port, QStringLiteral("/ws")));
    if (connected.isEmpty() && !connected.wait(waitTimeoutMs)) {
        qWarning() << "the WebSocket did not connect:" << m_socket.errorString();
        return false;
    }
    return true;
}

bool TestClient::closeSocket()
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    m_socket.close();
    return waitForDisconnected();
}

bool TestClient::waitForDisconnected()
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QSignalSpy disconnected(&m_socket, &QWebSocket::disconnected);
    return disconnected.wait(waitTimeoutMs);
}

void TestClient::send(const QString &type, const QJsonObject &data)
{
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("server/") + type},
                              {QStringLiteral("data"), data}};
    sendText(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void TestClient::sendText(const QString &message)
{
    m_socket.sendTextMessage(message);
}

void TestClient::sendBinary(const QByteArray &message)
{
    m_socket.sendBinaryMessage(message);
}

std::optional<QJsonObject> TestClient::waitFor(const QString &type, const Predicate &accept)
{
    const QDeadlineTimer deadline(waitTimeoutMs);
    QSignalSpy arrivals(this, &TestClient::messageArrived);
    for (;;) {
        for (qsizetype i = 0; i < m_received.size(); ++i) {
            const QJsonObject payload = m_received.at(i).value(u"payload").toObject();
            if (m_received.at(i).value(u"type").toString() == type && (!accept || accept(payload))) {
                m_received.removeAt(i);
                return payload;
            }
        }
        if (deadline.hasExpired() || !arrivals.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
    }
    qWarning() << "no matching" << type << "arrived; received instead:" << receivedTypes();
    return std::nullopt;
}

bool TestClient::waitForCount(qsizetype count)
{
    const QDeadlineTimer deadline(waitTimeoutMs);
    QSignalSpy arrivals(this, &TestClient::messageArrived);
    while (m_received.size() < count) {
        if (deadline.hasExpired() || !arrivals.wait(int(qMax<qint64>(1, deadline.remainingTime())))) {
            qWarning() << "expected" << count << "messages, received" << receivedTypes();
            return false;
        }
    }
    return true;
}

QStringList TestClient::receivedTypes() const
{
    QStringList types;
    for (const QJsonObject &message : m_received)
        types.append(message.value(u"type").toString());
    return types;
}

bool TestClient::hasReceived(const QString &type) const
{
    return receivedTypes().contains(type);
}

bool TestClient::syncWithServer()
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return false;
    const QByteArray token = QUuid::createUuid().toByteArray();
    QSignalSpy pongs(&m_socket, &QWebSocket::pong);
    m_socket.ping(token);
    const QDeadlineTimer deadline(waitTimeoutMs);
    for (;;) {
        for (const QList<QVariant> &pong : std::as_const(pongs)) {
            if (pong.at(1).toByteArray() == token)
                return true;
        }
        if (deadline.hasExpired() || !pongs.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
    }
    qWarning() << "the server did not answer a ping in time";
    return false;
}

bool TestClient::createUserOverSocket(const QString &alias)
{
    const QUuid id = QUuid::createUuid();
    send(QStringLiteral("CREATE_USER"), {{QStringLiteral("id"), idObject(id)},
                                          {QStringLiteral("alias"), alias},
                                          {QStringLiteral("operationId"), newIdObject()}});
    const auto issued = waitFor(QStringLiteral("CREDENTIAL_ISSUED"));
    if (!issued || idOf(issued->value(u"userId")) != id)
        return false;
    m_userId = id;
    m_credential = issued->value(u"credential").toString().toUtf8();
    return !m_credential.isEmpty();
}

bool TestClient::createUserOverHttp(const QString &alias)
{
    const QUuid id = QUuid::createUuid();
    const HttpAnswer answer = command(QStringLiteral("CreateUser"),
                                      {{QStringLiteral("id"), idObject(id)},
                                       {QStringLiteral("alias"), alias},
                                       {QStringLiteral("operationId"), newIdObject()}});
    if (answer.status != 200) {
        qWarning() << "CreateUser answered" << answer.status << answer.body;
        return false;
    }
    m_userId = id;
    m_credential = answer.body.value(u"credential").toString().toUtf8();
    return !m_credential.isEmpty();
}

bool TestClient::associate()
{
    send(QStringLiteral("ASSOCIATE_USER_TO_SESSION"),
         {{QStringLiteral("userId"), idObject(m_userId)},
          {QStringLiteral("credential"), QString::fromUtf8(m_credential)}});
    const auto associated = waitFor(QStringLiteral("SESSION_ASSOCIATED"));
    return associated && idOf(associated->value(u"userId")) == m_userId;
}

bool TestClient::announce()
{
    const QJsonObject operationId = newIdObject();
    send(QStringLiteral("USER_CONNECTED"),
         {{QStringLiteral("id"), idObject(m_userId)}, {QStringLiteral("operationId"), operationId}});
    return waitFor(QStringLiteral("USERS_ONLINE_UPDATED"), [&](const QJsonObject &payload) {
               return payload.value(u"parentOperationId") == operationId
                       && payload.value(u"userId") == idObject(m_userId)
                       && payload.value(u"onlineUsers").toArray().contains(idObject(m_userId));
           })
            .has_value();
}

void TestClient::setIdentity(const QUuid &userId, const QByteArray &credential)
{
    m_userId = userId;
    m_credential = credential;
}

QJsonObject TestClient::idObject(const QUuid &id)
{
    return {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)}};
}

QUuid TestClient::idOf(const QJsonValue &idObject)
{
    return QUuid::fromString(idObject.toObject().value(u"id").toString());
}

QJsonObject TestClient::newIdObject()
{
    return idObject(QUuid::createUuid());
}

QJsonObject TestClient::envelope(const QString &key, const QString &type, const QJsonObject &payload)
{
    return {{key, QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("payload"), payload}}}};
}

void TestClient::storeMessage(const QString &message)
{
    const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8());
    // A message that is not a JSON object is kept under a type no server message has, so that a
    // test waiting for a real type still sees that something odd came in.
    const QJsonObject notJson{{QStringLiteral("type"), QStringLiteral("<not JSON>")},
                              {QStringLiteral("payload"), QJsonObject{{QStringLiteral("text"), message}}}};
    m_received.append(document.isObject() ? document.object() : notJson);
    Q_EMIT messageArrived();
}
