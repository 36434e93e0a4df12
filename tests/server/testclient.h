// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUuid>
#include <QWebSocket>

#include <functional>
#include <optional>

// One client of the server under test: a WebSocket that keeps every message it receives, and HTTP
// calls answered synchronously for the test. Every wait runs the event loop (the server lives in the
// same thread) and gives up after waitTimeoutMs, so a missing answer fails the test instead of
// hanging it.
class TestClient : public QObject
{
    Q_OBJECT

public:
    struct HttpAnswer
    {
        int status = 0; // 0: no answer in time
        QJsonObject body;
        bool bodyIsObject = false;
        QByteArray contentType;
        QByteArray allow;
        QByteArray rawBody;
        QHash<QByteArray, QByteArray> headers; // by lower-case name
    };
    using Predicate = std::function<bool(const QJsonObject &payload)>;

    static constexpr int waitTimeoutMs = 5000;

    explicit TestClient(quint16 port, QObject *parent = nullptr);
    ~TestClient() override;

    // HTTP. credential, when not empty, goes out as "Authorization: Bearer <credential>".
    HttpAnswer post(const QString &path, const QByteArray &body, const QByteArray &credential = {});
    HttpAnswer post(const QString &path, const QJsonObject &body, const QByteArray &credential = {});
    HttpAnswer sendRequest(const QByteArray &method, const QString &path, const QByteArray &body = {},
                           const QByteArray &authorization = {},
                           const QByteArray &contentType = "application/json");
    // Writes bytes on a fresh TCP connection and returns all the server sent until it closed the
    // connection; closed tells whether it did so in time.
    QByteArray exchangeRaw(const QByteArray &bytes, bool *closed);
    HttpAnswer command(const QString &type, const QJsonObject &payload,
                       const QByteArray &credential = {});
    HttpAnswer event(const QString &type, const QJsonObject &payload,
                     const QByteArray &credential = {});
    HttpAnswer query(const QString &type, const QJsonObject &payload = {});

    // WebSocket. openSocket() also says CLIENT_HELLO and takes the SERVER_HELLO that answers it.
    bool openSocket();
    bool openSocketWithoutHello();
    // Closes normally and waits until the socket is down.
    bool closeSocket();
    bool waitForDisconnected();
    QWebSocket &socket() { return m_socket; }
    // Sends {"type": "server/<type>", "data": data}.
    void send(const QString &type, const QJsonObject &data);
    void sendText(const QString &message);
    void sendBinary(const QByteArray &message);

    // Takes the first received message of this type whose payload satisfies accept, waiting for it
    // if needed; nullopt when none came in time. Other messages stay for later waits.
    std::optional<QJsonObject> waitFor(const QString &type, const Predicate &accept = {});
    // Waits until at least count messages are waiting to be taken.
    bool waitForCount(qsizetype count);
    // Received messages not taken yet, whole ({"type", "payload"}), oldest first.
    const QList<QJsonObject> &received() const { return m_received; }
    QStringList receivedTypes() const;
    bool hasReceived(const QString &type) const;
    void clearReceived() { m_received.clear(); }
    // A ping answered by a pong: everything the server sent to this socket before it saw the ping
    // has arrived once this returns true.
    bool syncWithServer();

    // Identity. Each returns false (with a warning saying why) when the server did not agree.
    bool createUserOverSocket(const QString &alias);
    bool createUserOverHttp(const QString &alias);
    bool associate();
    // Sends USER_CONNECTED and waits for the online list the server sends this user in answer.
    bool announce();
    // Takes another client's identity, as a second tab of the same user would.
    void setIdentity(const QUuid &userId, const QByteArray &credential);
    QUuid userId() const { return m_userId; }
    QByteArray credential() const { return m_credential; }

    static QJsonObject idObject(const QUuid &id);
    static QUuid idOf(const QJsonValue &idObject);
    // A fresh id object, for operationId and the like.
    static QJsonObject newIdObject();
    static QJsonObject envelope(const QString &key, const QString &type, const QJsonObject &payload);

Q_SIGNALS:
    void messageArrived();

private:
    void storeMessage(const QString &message);

    quint16 m_port;
    QNetworkAccessManager m_network;
    QWebSocket m_socket;
    QList<QJsonObject> m_received;
    QUuid m_userId;
    QByteArray m_credential;
};
