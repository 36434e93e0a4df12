// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "discoveredhost.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <optional>

class LanBrowser;

// The game hosts a LanBrowser hears on the LAN, in the order they were first heard.
class HostListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GameSession owns the host list")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        AliasRole,
        AddressRole,
        PortRole,
        PlayersRole,
        ProtocolVersionRole,
        IncompatibilityRole, // why this app cannot join the host; empty when it can
    };
    Q_ENUM(Role)

    explicit HostListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Every row's texts again, in the language just installed.
    void retranslate();

    int count() const { return static_cast<int>(m_hosts.size()); }
    std::optional<DiscoveredHost> find(const QString &address, quint16 port) const;

    // Mirrors the browser from now on; nullptr empties the list.
    void follow(LanBrowser *browser);

    // The text others type to reach the host: IPv4 dotted quads even when heard over a dual stack.
    static QString addressText(const QHostAddress &address);
    // Why a host that speaks protocolVersion cannot be joined from this app; empty when it can.
    static QString incompatibility(int protocolVersion);

Q_SIGNALS:
    void countChanged();

private:
    void addHost(const DiscoveredHost &host);
    void changeHost(const DiscoveredHost &host);
    void removeHost(const DiscoveredHost &host);
    qsizetype rowOf(const QHostAddress &address, quint16 port) const;

    QPointer<LanBrowser> m_browser;
    QList<DiscoveredHost> m_hosts;
};
