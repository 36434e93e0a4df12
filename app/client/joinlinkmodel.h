// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QAbstractListModel>
#include <QHostAddress>
#include <QList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

// The links at which others join the game this computer hosts, "http://192.168.1.20:8080/", one
// per LAN address (see JoinLinks), each shown in the lobby with its QR code. A computer with no
// LAN address gets the loopback link instead, for a browser on this computer only
// (thisComputerOnly): a phone scanning it would open its own loopback. Empty when not hosting.
class JoinLinkModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GameSession owns the join links")
    Q_PROPERTY(int count READ count NOTIFY linksChanged)
    Q_PROPERTY(bool thisComputerOnly READ isThisComputerOnly NOTIFY linksChanged)

public:
    enum Role {
        LinkRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit JoinLinkModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_links.size()); }
    bool isThisComputerOnly() const { return m_thisComputerOnly; }
    QList<QUrl> links() const { return m_links; }

    // The links to a server on port, at each of lanAddresses, or at loopbackAddress when there is none.
    void setLinks(const QList<QHostAddress> &lanAddresses, const QHostAddress &loopbackAddress,
                  quint16 port);
    void clear();

Q_SIGNALS:
    void linksChanged();

private:
    void replace(const QList<QUrl> &links, bool thisComputerOnly);

    QList<QUrl> m_links;
    bool m_thisComputerOnly = false;
};
