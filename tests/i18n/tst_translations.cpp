// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// Every translation is complete and up to date: lupdate, run over the sources into a copy of each
// .ts file as the update_translations target would, must find every text translated, with every
// placeholder of its source, and the committed file must hold exactly the texts of the sources.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: unfinished, vanished, obsolete or none
    QStringList translations; // one, or each numerus form
};

struct TranslationFile
{
    QString language;
    QList<Message> messages;
};

TranslationFile readTranslations(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    TranslationFile result;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"TS") {
            result.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            result.messages.append(message);
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return result;
}

QSet<QString> placeholdersOf(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

QString describe(const Message &message)
{
    return QStringLiteral("%1 \"%2\"").arg(message.context, message.source);
}

QStringList problemsOf(const TranslationFile &file, bool pluralsOnly)
{
    QStringList problems;
    for (const Message &message : file.messages) {
        if (!message.type.isEmpty()) {
            problems.append(QStringLiteral("%1 is %2").arg(describe(message), message.type));
            continue;
        }
        if (pluralsOnly && !message.numerus)
            problems.append(QStringLiteral("%1 is not a plural text").arg(describe(message)));
        const QSet<QString> wanted = placeholdersOf(message.source);
        for (qsizetype form = 0; form < message.translations.size(); ++form) {
            const QString &translation = message.translations.at(form);
            if (translation.trimmed().isEmpty()) {
                problems.append(QStringLiteral("%1 has an empty translation").arg(describe(message)));
                continue;
            }
            QSet<QString> missing = wanted - placeholdersOf(translation);
            // English's singular form is for 1 alone, which it may write as a word ("One person").
            if (pluralsOnly && form == 0)
                missing.remove(QStringLiteral("%n"));
            if (!missing.isEmpty()) {
                problems.append(QStringLiteral("%1 loses %2 in \"%3\"")
                                        .arg(describe(message), QStringList(missing.cbegin(), missing.cend()).join(u' '),
                                             translation));
            }
        }
    }
    return problems;
}

QSet<QString> textsOf(const TranslationFile &file)
{
    QSet<QString> texts;
    for (const Message &message : file.messages)
        texts.insert(describe(message));
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void translationsAreCompleteAndCurrent_data();
    void translationsAreCompleteAndCurrent();
};

void TestTranslations::translationsAreCompleteAndCurrent_data()
{
    QTest::addColumn<QString>("tsFile");
    QTest::addColumn<bool>("pluralsOnly");
    const QStringList translated = QStringLiteral(TICTACTOE_TRANSLATED_TS_FILES).split(u'|');
    for (const QString &file : translated)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file << false;
    const QString plurals = QStringLiteral(TICTACTOE_PLURALS_TS_FILE);
    QTest::newRow(qPrintable(QFileInfo(plurals).fileName())) << plurals << true;
}

void TestTranslations::translationsAreCompleteAndCurrent()
{
    QFETCH(QString, tsFile);
    QFETCH(bool, pluralsOnly);

    const TranslationFile committed = readTranslations(tsFile);
    QVERIFY2(!committed.messages.isEmpty(), qPrintable(tsFile));

    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString copy = directory.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, copy));
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-silent")};
    if (pluralsOnly)
        arguments.append(QStringLiteral("-pluralonly"));
    arguments += QStringLiteral(TICTACTOE_TRANSLATED_SOURCES).split(u'|');
    arguments += {QStringLiteral("-ts"), copy};
    QProcess lupdate;
    lupdate.start(QStringLiteral(TICTACTOE_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitStatus(), QProcess::NormalExit);
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const TranslationFile current = readTranslations(copy);
    QCOMPARE(current.language, committed.language);
    QStringList problems = problemsOf(current, pluralsOnly);
    // Texts the sources no longer have, or that lupdate has not written into the file yet.
    const QSet<QString> stale = textsOf(committed) - textsOf(current);
    for (const QString &text : stale)
        problems.append(QStringLiteral("%1 is not in the sources any more").arg(text));
    for (const QString &text : textsOf(current) - textsOf(committed))
        problems.append(QStringLiteral("%1 is missing: run the update_translations target").arg(text));
    problems.sort();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)

#include "tst_translations.moc"
