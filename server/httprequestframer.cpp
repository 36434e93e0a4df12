// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "httprequestframer.h"

#include <QList>

namespace {

const QByteArray headerTerminator = QByteArrayLiteral("\r\n\r\n");

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char character : text) {
        if (character < '0' || character > '9')
            return false;
    }
    return true;
}

} // namespace

HttpRequestFramer::HttpRequestFramer(qint64 maxHeaderBytes, qint64 maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes)
    , m_maxBodyBytes(maxBodyBytes)
{
}

HttpRequestFramer::Position HttpRequestFramer::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty()
           && (m_position == Position::BetweenRequests || m_position == Position::InsideRequest)) {
        if (m_readingBody) {
            const qint64 taken = qMin<qint64>(m_bodyBytesLeft, bytes.size());
            m_bodyBytesLeft -= taken;
            bytes = bytes.sliced(taken);
            if (m_bodyBytesLeft == 0) {
                m_readingBody = false;
                m_position = Position::BetweenRequests;
                ++m_completedRequests;
            }
            continue;
        }
        // Empty lines before a request line are allowed (RFC 9112, 2.2) and start nothing.
        if (m_headers.isEmpty()) {
            while (!bytes.isEmpty() && (bytes.front() == '\r' || bytes.front() == '\n'))
                bytes = bytes.sliced(1);
            if (bytes.isEmpty())
                break;
        }
        m_position = Position::InsideRequest;
        // Search only where the terminator could newly complete, so a slow sender costs linear time.
        const qsizetype searchFrom = qMax<qsizetype>(0, m_headers.size() - (headerTerminator.size() - 1));
        // The header block may take maxHeaderBytes, plus the blank line that ends it, however the
        // bytes arrive cut.
        const qint64 limit = m_maxHeaderBytes + headerTerminator.size();
        const qsizetype appended = qsizetype(qMin<qint64>(bytes.size(), limit - m_headers.size()));
        m_headers.append(bytes.first(appended));
        const qsizetype terminator = m_headers.indexOf(headerTerminator, searchFrom);
        if (terminator < 0) {
            if (m_headers.size() >= limit) {
                refuse(431, QStringLiteral("the request headers are over %1 bytes").arg(m_maxHeaderBytes));
                break;
            }
            bytes = bytes.sliced(appended);
            continue;
        }
        const qsizetype headerEnd = terminator + headerTerminator.size();
        // What followed the header block in this feed belongs to the body or the next request.
        bytes = bytes.sliced(appended - (m_headers.size() - headerEnd));
        if (!readHeaders(headerEnd))
            break;
    }
    return m_position;
}

bool HttpRequestFramer::readHeaders(qsizetype headerEnd)
{
    const QList<QByteArray> lines = m_headers.first(headerEnd - headerTerminator.size()).split('\n');
    m_headers.clear();
    qint64 contentLength = 0;
    bool hasContentLength = false;
    bool upgradesToWebSocket = false;
    bool connectionUpgrade = false;
    for (qsizetype index = 1; index < lines.size(); ++index) {
        const QByteArray line = lines.at(index).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            // Digits only: a sign, spaces or a second different value could frame the stream
            // differently from QHttpServer's parser (request smuggling).
            bool ok = isDigits(value) && value.size() <= 18;
            const qint64 length = ok ? value.toLongLong(&ok) : -1;
            if (!ok || (hasContentLength && length != contentLength)) {
                refuse(400, QStringLiteral("Content-Length must be one decimal number"));
                return false;
            }
            contentLength = length;
            hasContentLength = true;
        } else if (name == "transfer-encoding") {
            refuse(411, QStringLiteral("send the body with a Content-Length"));
            return false;
        } else if (name == "upgrade") {
            upgradesToWebSocket = value.compare("websocket", Qt::CaseInsensitive) == 0;
        } else if (name == "connection") {
            connectionUpgrade = connectionUpgrade || value.toLower().contains("upgrade");
        }
    }
    if (upgradesToWebSocket && connectionUpgrade) {
        m_position = Position::Upgraded;
        return false;
    }
    if (contentLength > m_maxBodyBytes) {
        refuse(413, QStringLiteral("the body is over %1 bytes").arg(m_maxBodyBytes));
        return false;
    }
    if (contentLength == 0) {
        m_position = Position::BetweenRequests;
        ++m_completedRequests;
        return true;
    }
    m_readingBody = true;
    m_bodyBytesLeft = contentLength;
    return true;
}

void HttpRequestFramer::refuse(int status, QString message)
{
    m_position = Position::Refused;
    m_refusalStatus = status;
    m_refusalMessage = std::move(message);
    m_headers.clear();
}
