// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "hostlistmodel.h"

#include "lanbrowser.h"
#include "protocolcatalogue.h"

HostListModel::HostListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int HostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant HostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiscoveredHost &host = m_hosts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return host.name;
    case AliasRole:
        return host.alias;
    case AddressRole:
        return addressText(host.address);
    case PortRole:
        return host.port;
    case PlayersRole:
        return host.players;
    case ProtocolVersionRole:
        return host.protocolVersion;
    case IncompatibilityRole:
        return incompatibility(host.protocolVersion);
    default:
        return {};
    }
}

QHash<int, QByteArray> HostListModel::roleNames() const
{
    return {{NameRole, "name"},
            {AliasRole, "alias"},
            {AddressRole, "address"},
            {PortRole, "port"},
            {PlayersRole, "players"},
            {ProtocolVersionRole, "protocolVersion"},
            {IncompatibilityRole, "incompatibility"}};
}

QString HostListModel::incompatibility(int hostVersion)
{
    if (hostVersion == protocolVersion)
        return {};
    if (hostVersion == 0)
        return tr("Made with an older tictactoe: update the host to join it");
    return hostVersion < protocolVersion
            ? tr("Needs protocol %1, from an older tictactoe (this app speaks %2)").arg(hostVersion).arg(protocolVersion)
            : tr("Needs protocol %1, from a newer tictactoe (this app speaks %2)").arg(hostVersion).arg(protocolVersion);
}

std::optional<DiscoveredHost> HostListModel::find(const QString &address, quint16 port) const
{
    for (const DiscoveredHost &host : m_hosts) {
        if (host.port == port && addressText(host.address) == address)
            return host;
    }
    return std::nullopt;
}

void HostListModel::follow(LanBrowser *browser)
{
    if (m_browser)
        m_browser->disconnect(this);
    m_browser = browser;
    const int countBefore = count();
    beginResetModel();
    m_hosts = browser ? browser->hosts() : QList<DiscoveredHost>();
    endResetModel();
    if (browser) {
        connect(browser, &LanBrowser::hostAdded, this, &HostListModel::addHost);
        connect(browser, &LanBrowser::hostChanged, this, &HostListModel::changeHost);
        connect(browser, &LanBrowser::hostRemoved, this, &HostListModel::removeHost);
    }
    if (count() != countBefore)
        Q_EMIT countChanged();
}

QString HostListModel::addressText(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    return isIpv4 ? QHostAddress(ipv4).toString() : address.toString();
}

void HostListModel::addHost(const DiscoveredHost &host)
{
    if (rowOf(host.address, host.port) >= 0) {
        changeHost(host);
        return;
    }
    beginInsertRows({}, count(), count());
    m_hosts.append(host);
    endInsertRows();
    Q_EMIT countChanged();
}

void HostListModel::changeHost(const DiscoveredHost &host)
{
    const qsizetype row = rowOf(host.address, host.port);
    if (row < 0) {
        addHost(host);
        return;
    }
    m_hosts[row] = host;
    Q_EMIT dataChanged(index(row), index(row), {NameRole, AliasRole, PlayersRole, Qt::DisplayRole});
}

void HostListModel::removeHost(const DiscoveredHost &host)
{
    const qsizetype row = rowOf(host.address, host.port);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_hosts.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

qsizetype HostListModel::rowOf(const QHostAddress &address, quint16 port) const
{
    for (qsizetype row = 0; row < m_hosts.size(); ++row) {
        if (m_hosts.at(row).port == port && m_hosts.at(row).address.isEqual(address))
            return row;
    }
    return -1;
}

void HostListModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}
