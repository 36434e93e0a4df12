// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "appearance.h"

#include "sessionsettings.h"

#include <QEvent>
#include <QGuiApplication>
#include <QMetaEnum>
#include <QPalette>
#include <QSettings>

#include <memory>

namespace {

const QString schemeKey = QStringLiteral("appearance/scheme");

std::unique_ptr<QSettings> openSettings(const QString &settingsFile)
{
    if (settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
}

} // namespace

Appearance::Appearance(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settingsFile(settingsFile)
{
    // Kept by name, so that the file reads as what the player chose and a name this version does
    // not know falls back to the system's scheme.
    const QByteArray stored = openSettings(m_settingsFile)->value(schemeKey).toString().toLatin1();
    bool known = false;
    const int value = QMetaEnum::fromType<Scheme>().keyToValue(stored.constData(), &known);
    if (known)
        m_scheme = static_cast<Scheme>(value);
    m_dark = shouldBeDark();
    // The application receives ApplicationPaletteChange when the platform's palette changes.
    QCoreApplication::instance()->installEventFilter(this);
}

Appearance *Appearance::create(QQmlEngine *, QJSEngine *)
{
    return new Appearance(SessionSettings::defaults().settingsFile);
}

void Appearance::setScheme(Scheme scheme)
{
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    openSettings(m_settingsFile)->setValue(schemeKey,
                                           QString::fromLatin1(QMetaEnum::fromType<Scheme>().valueToKey(
                                                   static_cast<int>(scheme))));
    Q_EMIT schemeChanged();
    updateDark();
}

bool Appearance::systemIsDark()
{
    const QColor window = QGuiApplication::palette().color(QPalette::Window);
    return window.lightness() < 128;
}

bool Appearance::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange)
        updateDark();
    return QObject::eventFilter(watched, event);
}

bool Appearance::shouldBeDark() const
{
    return m_scheme == Scheme::Dark || (m_scheme == Scheme::FollowSystem && systemIsDark());
}

void Appearance::updateDark()
{
    const bool dark = shouldBeDark();
    if (dark == m_dark)
        return;
    m_dark = dark;
    Q_EMIT darkChanged();
}
