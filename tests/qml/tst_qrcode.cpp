// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The QR code of a join link: the encoder's matrix, and the item that draws it, both read back by
// zbarimg as a phone would read them.
#include "qrcode.h"
#include "qrcodeitem.h"
#include "qrcodescanner.h"

#include <QImage>
#include <QPainter>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void encodesAtTheSmallestVersion_data();
    void encodesAtTheSmallestVersion();
    void theMatrixReadsBackAsTheLink_data();
    void theMatrixReadsBackAsTheLink();
    void textTooLongForAnyVersionGivesNoCode();
    void theItemDrawsAReadableCrispCode_data();
    void theItemDrawsAReadableCrispCode();
    void theItemWithoutTextDrawsNoCode();

private:
    // Scans the image with zbarimg and compares what it read with expected.
    void verifyScansAs(const QImage &image, const QString &expected);

    QTemporaryDir m_directory;
};

namespace {

constexpr int quietZone = QrCodeItem::quietZoneModules;

const QString ipv4Link = QStringLiteral("http://192.168.1.20:8080/");
const QString ipv6Link = QStringLiteral("http://[2001:db8::20]:8080/");

void addLinks()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<int>("version");
    // Level M holds 26 bytes in version 2, 42 in version 3.
    QTest::newRow("IPv4") << ipv4Link << 2;
    QTest::newRow("IPv6") << ipv6Link << 3;
}

// The matrix as black squares of modulePixels on white, with the quiet zone.
QImage render(const QrCode &code, int modulePixels)
{
    const int side = (code.size() + 2 * quietZone) * modulePixels;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int row = 0; row < code.size(); ++row) {
        for (int column = 0; column < code.size(); ++column) {
            if (code.isDark(column, row)) {
                painter.fillRect((quietZone + column) * modulePixels, (quietZone + row) * modulePixels,
                                 modulePixels, modulePixels, Qt::black);
            }
        }
    }
    return image;
}

} // namespace

void TestQrCode::verifyScansAs(const QImage &image, const QString &expected)
{
    const QString path = m_directory.filePath(QStringLiteral("%1.png").arg(QTest::currentDataTag()));
    QVERIFY(image.save(path));
    const std::expected<QString, QString> scanned = QrCodeScanner::scan(path);
    if (!scanned)
        QFAIL(qPrintable(scanned.error()));
    QCOMPARE(*scanned, expected);
}

void TestQrCode::encodesAtTheSmallestVersion_data()
{
    addLinks();
}

void TestQrCode::encodesAtTheSmallestVersion()
{
    QFETCH(QString, link);
    QFETCH(int, version);
    const QrCode code = QrCode::encode(link);
    QVERIFY(!code.isNull());
    QCOMPARE(code.version(), version);
    QCOMPARE(code.size(), 17 + 4 * version);
    // The finder pattern's corners: dark in three corners, whatever the text.
    QVERIFY(code.isDark(0, 0));
    QVERIFY(code.isDark(code.size() - 1, 0));
    QVERIFY(code.isDark(0, code.size() - 1));
}

void TestQrCode::theMatrixReadsBackAsTheLink_data()
{
    addLinks();
}

void TestQrCode::theMatrixReadsBackAsTheLink()
{
    QFETCH(QString, link);
    verifyScansAs(render(QrCode::encode(link), 4), link);
}

void TestQrCode::textTooLongForAnyVersionGivesNoCode()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^cannot encode 4000 bytes")));
    const QrCode code = QrCode::encode(QString(4000, u'x'));
    QVERIFY(code.isNull());
    QCOMPARE(code.size(), 0);
}

void TestQrCode::theItemDrawsAReadableCrispCode_data()
{
    addLinks();
}

void TestQrCode::theItemDrawsAReadableCrispCode()
{
    QFETCH(QString, link);
    QFETCH(int, version);
    QQuickWindow window;
    window.resize(240, 240);
    window.setColor(Qt::darkBlue); // what the item does not cover shows
    QrCodeItem item(window.contentItem());
    item.setPosition(QPointF(30, 30));
    item.setSize(QSizeF(180, 180));
    item.setText(link);
    QCOMPARE(item.modules(), 17 + 4 * version + 2 * quietZone);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QImage image = window.grabWindow();
    QVERIFY(!image.isNull());
    // Light under the whole item, and only pure black and white: no blurred module edges.
    const QImage drawn = image.copy(QRect(30, 30, 180, 180)).convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < drawn.height(); ++y) {
        for (int x = 0; x < drawn.width(); ++x) {
            const QRgb pixel = drawn.pixel(x, y);
            QVERIFY2(pixel == qRgb(0, 0, 0) || pixel == qRgb(255, 255, 255),
                     qPrintable(QStringLiteral("pixel %1,%2 is %3").arg(x).arg(y).arg(pixel, 0, 16)));
        }
    }
    verifyScansAs(image, link);
}

void TestQrCode::theItemWithoutTextDrawsNoCode()
{
    QrCodeItem item;
    QCOMPARE(item.modules(), 0);
    item.setText(ipv4Link);
    QVERIFY(item.modules() > 0);
    item.setText(QString());
    QCOMPARE(item.modules(), 0);
}

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
