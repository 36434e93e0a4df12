// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The audit the screenshot run applies to every page: it must see a control a screen reader
// cannot name, in the window and in its popups, and nothing else.
#include "accessibilityaudit.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTest>

#include <memory>

class TestAccessibilityAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheControlsWithoutAName();

private:
    std::unique_ptr<QQuickWindow> load(const QByteArray &qml);

    QQmlEngine m_engine;
};

std::unique_ptr<QQuickWindow> TestAccessibilityAudit::load(const QByteArray &qml)
{
    QQmlComponent component(&m_engine);
    component.setData(qml, QUrl());
    std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow *>(component.create()));
    if (!window)
        qWarning() << component.errors();
    return window;
}

void TestAccessibilityAudit::findsTheControlsWithoutAName()
{
    const std::unique_ptr<QQuickWindow> window = load(R"(
        import QtQuick
        import QtQuick.Controls.Fusion
        ApplicationWindow {
            width: 400; height: 300; visible: true
            property alias popup: popup
            Column {
                Button { objectName: "named"; text: "Play" }
                Button { objectName: "iconOnly" }
                Button { objectName: "namedForReaders"; Accessible.name: "Close" }
                Button { objectName: "hidden"; visible: false }
                TextField { objectName: "nameless field" }
                TextField { objectName: "placeholder"; placeholderText: "Alias" }
                TextField { objectName: "field"; Accessible.name: "Address" }
                Slider { objectName: "slider" }
            }
            Popup {
                id: popup
                Button { objectName: "inPopup" }
            }
        }
    )");
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QStringList nameless = AccessibilityAudit::namelessControls(window.get());
    nameless.sort();
    QCOMPARE(nameless, (QStringList{QStringLiteral("Button iconOnly"), QStringLiteral("EditableText nameless field"),
                                    QStringLiteral("Slider slider")}));

    QMetaObject::invokeMethod(window->property("popup").value<QObject *>(), "open");
    QTRY_VERIFY(AccessibilityAudit::namelessControls(window.get()).contains(QStringLiteral("Button inPopup")));
}

QTEST_MAIN(TestAccessibilityAudit)
#include "tst_accessibilityaudit.moc"
