// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// Every colour of the pages comes from Theme.qml, which holds a light and a dark value for each: a
// colour written in a page would stay the same in both themes.
#include <QColor>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestQmlColours : public QObject
{
    Q_OBJECT

private slots:
    void scannerFindsEveryKindOfColourLiteral();
    void pagesTakeTheirColoursFromTheTheme_data();
    void pagesTakeTheirColoursFromTheTheme();
};

namespace {

// The colours written in QML source, each as "line N: text". Comment lines do not count; neither
// does a translated text that happens to be a colour's name.
QStringList colourLiteralsIn(const QString &source)
{
    static const QRegularExpression hex(QStringLiteral(R"(["']#[0-9A-Fa-f]{3,8}["'])"));
    static const QRegularExpression function(
            QStringLiteral(R"(\bQt\.(rgba|hsla|hsva|lighter|darker|tint|color)\s*\()"));
    static const QRegularExpression word(QStringLiteral(R"((qsTr\(\s*)?["']([a-z]+)["'])"));

    QStringList found;
    const QStringList lines = source.split(u'\n');
    for (qsizetype number = 0; number < lines.size(); ++number) {
        const QString line = lines.at(number).trimmed();
        if (line.startsWith(u"//"))
            continue;
        bool colour = line.contains(hex) || line.contains(function);
        for (auto match = word.globalMatch(line); !colour && match.hasNext();) {
            const QRegularExpressionMatch next = match.next();
            colour = !next.hasCaptured(1) && QColor::isValidColorName(next.captured(2));
        }
        if (colour)
            found.append(QStringLiteral("line %1: %2").arg(number + 1).arg(line));
    }
    return found;
}

} // namespace

void TestQmlColours::scannerFindsEveryKindOfColourLiteral()
{
    QCOMPARE(colourLiteralsIn(QStringLiteral("color: \"#1c2430\"")).size(), 1);
    QCOMPARE(colourLiteralsIn(QStringLiteral("color: '#fff'")).size(), 1);
    QCOMPARE(colourLiteralsIn(QStringLiteral("color: Qt.lighter(Theme.accent, 1.5)")).size(), 1);
    QCOMPARE(colourLiteralsIn(QStringLiteral("color: Qt.rgba(1, 1, 1, 0.15)")).size(), 1);
    QCOMPARE(colourLiteralsIn(QStringLiteral("color: hovered ? \"white\" : Theme.surface")).size(), 1);
    QCOMPARE(colourLiteralsIn(QStringLiteral("color: \"transparent\"")).size(), 1);
    QCOMPARE(colourLiteralsIn(QStringLiteral("a\ncolor: \"red\"")),
             QStringList(QStringLiteral("line 2: color: \"red\"")));

    QVERIFY(colourLiteralsIn(QStringLiteral("color: Theme.text")).isEmpty());
    QVERIFY(colourLiteralsIn(QStringLiteral("// a titled white card, \"white\"")).isEmpty());
    QVERIFY(colourLiteralsIn(QStringLiteral("objectName: \"board\"")).isEmpty());
    QVERIFY(colourLiteralsIn(QStringLiteral("text: qsTr(\"tan\")")).isEmpty());
    QVERIFY(colourLiteralsIn(QStringLiteral("text: \"#%1\".arg(rank)")).isEmpty());
}

void TestQmlColours::pagesTakeTheirColoursFromTheTheme_data()
{
    QTest::addColumn<QString>("path");
    const QDir directory(QStringLiteral(TICTACTOE_QML_DIRECTORY));
    QVERIFY(directory.exists(QStringLiteral("Theme.qml")));
    const QStringList pages = directory.entryList({QStringLiteral("*.qml")}, QDir::Files, QDir::Name);
    QVERIFY(pages.size() > 10);
    for (const QString &page : pages) {
        if (page != u"Theme.qml")
            QTest::newRow(qPrintable(page)) << directory.filePath(page);
    }
}

void TestQmlColours::pagesTakeTheirColoursFromTheTheme()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.errorString()));
    const QStringList literals = colourLiteralsIn(QString::fromUtf8(file.readAll()));
    QVERIFY2(literals.isEmpty(),
             qPrintable(QStringLiteral("colours to move into Theme.qml:\n") + literals.join(u'\n')));
}

QTEST_APPLESS_MAIN(TestQmlColours)

#include "tst_qmlcolours.moc"
