// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// HttpRequestFramer as a unit: where it puts the ends of requests, and what it refuses from the
// headers alone, however TCP cuts the bytes. tst_connectionlimits checks the same through sockets.
#include "httprequestframer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Position = HttpRequestFramer::Position;

class TestHttpRequestFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesPipelinedRequestsFedByteByByte();
    void aHeaderBlockMayTakeItsLimit();
    void aHeaderBlockOverItsLimitIsRefused();
    void refusesFromTheHeaders_data();
    void refusesFromTheHeaders();
    void anUpgradeEndsTheHttpPart();
};

namespace {

constexpr qint64 maxHeaderBytes = 256;
constexpr qint64 maxBodyBytes = 64;

HttpRequestFramer byteByByte(const QByteArray &bytes)
{
    HttpRequestFramer framer(maxHeaderBytes, maxBodyBytes);
    for (const char byte : bytes)
        framer.feed(QByteArrayView(&byte, 1));
    return framer;
}

} // namespace

void TestHttpRequestFramer::framesPipelinedRequestsFedByteByByte()
{
    const QByteArray twoRequests = "\r\nPOST /commands HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"
                                   "GET /protocol HTTP/1.1\r\n\r\n"_ba;
    const HttpRequestFramer framer = byteByByte(twoRequests);
    QCOMPARE(framer.completedRequests(), 2);
    QCOMPARE(framer.position(), Position::BetweenRequests);

    HttpRequestFramer partial(maxHeaderBytes, maxBodyBytes);
    QCOMPARE(partial.feed(twoRequests.first(twoRequests.size() - 3)), Position::InsideRequest);
    QCOMPARE(partial.completedRequests(), 1);
}

void TestHttpRequestFramer::aHeaderBlockMayTakeItsLimit()
{
    QByteArray block = "GET /protocol HTTP/1.1\r\nX-Padding: "_ba;
    block += QByteArray(maxHeaderBytes - block.size(), 'a') + "\r\n\r\n";
    QCOMPARE(block.size(), maxHeaderBytes + 4);
    QCOMPARE(byteByByte(block).completedRequests(), 1);
    HttpRequestFramer whole(maxHeaderBytes, maxBodyBytes);
    QCOMPARE(whole.feed(block), Position::BetweenRequests);
}

void TestHttpRequestFramer::aHeaderBlockOverItsLimitIsRefused()
{
    QByteArray block = "GET /protocol HTTP/1.1\r\nX-Padding: "_ba;
    block += QByteArray(maxHeaderBytes + 1 - block.size(), 'a') + "\r\n\r\n";
    const HttpRequestFramer framer = byteByByte(block);
    QCOMPARE(framer.position(), Position::Refused);
    QCOMPARE(framer.refusalStatus(), 431);
    QCOMPARE(framer.refusalMessage(), u"the request headers are over 256 bytes"_s);
}

void TestHttpRequestFramer::refusesFromTheHeaders_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    QTest::newRow("body over the limit") << "POST /commands HTTP/1.1\r\nContent-Length: 65\r\n\r\n"_ba << 413;
    QTest::newRow("chunked") << "POST /commands HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"_ba << 411;
    QTest::newRow("signed length") << "POST /commands HTTP/1.1\r\nContent-Length: +5\r\n\r\n"_ba << 400;
    QTest::newRow("two lengths") << "POST /commands HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n"_ba
                                 << 400;
    QTest::newRow("absurd length") << "POST /commands HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n"_ba
                                   << 400;
}

void TestHttpRequestFramer::refusesFromTheHeaders()
{
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    HttpRequestFramer framer(maxHeaderBytes, maxBodyBytes);
    QCOMPARE(framer.feed(headers), Position::Refused);
    QCOMPARE(framer.refusalStatus(), status);
    QVERIFY(!framer.refusalMessage().isEmpty());
    // Nothing after a refusal is read as HTTP.
    QCOMPARE(framer.feed("GET /protocol HTTP/1.1\r\n\r\n"), Position::Refused);
    QCOMPARE(framer.completedRequests(), 0);
}

void TestHttpRequestFramer::anUpgradeEndsTheHttpPart()
{
    const HttpRequestFramer framer = byteByByte(
            "GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n\r\n\x81\x85"_ba);
    QCOMPARE(framer.position(), Position::Upgraded);
    QCOMPARE(framer.completedRequests(), 0);
}

QTEST_GUILESS_MAIN(TestHttpRequestFramer)
#include "tst_httprequestframer.moc"
