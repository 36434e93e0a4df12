// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "accessibilityaudit.h"

#include <QAccessible>
#include <QMetaEnum>
#include <QQuickWindow>

namespace {

// The roles a person acts on, or reads one by one.
bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::Slider:
    case QAccessible::SpinBox:
    case QAccessible::ProgressBar:
    case QAccessible::MenuItem:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::Cell:
    case QAccessible::Graphic:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *interface)
{
    const QString role = QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(interface->role()));
    const QObject *object = interface->object();
    if (!object)
        return role;
    const QString name = object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                                        : object->objectName();
    return QStringLiteral("%1 %2").arg(role, name);
}

// The name a reader hears. With a reader active from the start, Qt Quick Controls name a button
// or menu item after its text and a field after its placeholder, unless Accessible.name says
// otherwise; activated late, as here, they leave that to the next change of the text, so the
// audit reads those properties as Qt would have.
QString nameOf(QAccessibleInterface *interface)
{
    const QString name = interface->text(QAccessible::Name).trimmed();
    const QObject *object = interface->object();
    if (!name.isEmpty() || !object)
        return name;
    const char *source = interface->role() == QAccessible::EditableText ? "placeholderText" : "text";
    return object->property(source).toString().trimmed();
}

void collect(QAccessibleInterface *interface, QStringList &nameless)
{
    if (!interface || !interface->isValid() || interface->state().invisible)
        return;
    if (isControl(interface->role()) && nameOf(interface).isEmpty())
        nameless.append(describe(interface));
    for (int child = 0; child < interface->childCount(); ++child)
        collect(interface->child(child), nameless);
}

} // namespace

QStringList AccessibilityAudit::namelessControls(QQuickWindow *window)
{
    // Qt Quick Controls give their items an accessible role and name only once a screen reader
    // is active. The offscreen platform has none, so every control there is told one came: the
    // controls created since the last audit too.
    QAccessible::setActive(true);
    QStringList nameless;
    collect(QAccessible::queryAccessibleInterface(window), nameless);
    return nameless;
}
