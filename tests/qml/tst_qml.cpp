// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// Qt Quick Test runner for the pages of the TicTacToe QML module.
#include "language.h"
#include "qrcodescanner.h"
#include "testsessions.h"

#include <QByteArray>
#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(TicTacToePlugin)
Q_IMPORT_QML_PLUGIN(TicTacToe_ClientPlugin)

class QmlTestSetup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        // Nothing a test does may reach the user's own settings.
        m_configurationDirectory = std::make_unique<QTemporaryDir>();
        qputenv("XDG_CONFIG_HOME", m_configurationDirectory->path().toLocal8Bit());
        // The pages' English texts, whose plural forms come from a translation, also for the tests
        // that show a page without the header that creates the Language singleton.
        Language::install(Language::Choice::English);
        m_sessions = std::make_unique<TestSessions>();
        qmlRegisterSingletonInstance("TicTacToe.Testing", 1, 0, "TestSessions", m_sessions.get());
        m_scanner = std::make_unique<QrCodeScanner>();
        qmlRegisterSingletonInstance("TicTacToe.Testing", 1, 0, "QrCodeScanner", m_scanner.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Qt 6.4 does not look for modules under the 6.5 resource prefix by itself.
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_configurationDirectory;
    std::unique_ptr<TestSessions> m_sessions;
    std::unique_ptr<QrCodeScanner> m_scanner;
};

QUICK_TEST_MAIN_WITH_SETUP(tictactoe_qml, QmlTestSetup)

#include "tst_qml.moc"
