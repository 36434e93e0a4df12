// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "joinlinkmodel.h"

#include "joinlinks.h"

JoinLinkModel::JoinLinkModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int JoinLinkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant JoinLinkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case LinkRole:
        return m_links.at(index.row()).toString();
    default:
        return {};
    }
}

QHash<int, QByteArray> JoinLinkModel::roleNames() const
{
    return {{LinkRole, "link"}};
}

void JoinLinkModel::setLinks(const QList<QHostAddress> &lanAddresses,
                             const QHostAddress &loopbackAddress, quint16 port)
{
    QList<QUrl> links;
    for (const QHostAddress &address : lanAddresses)
        links.append(JoinLinks::link(address, port));
    if (links.isEmpty())
        links.append(JoinLinks::link(loopbackAddress, port));
    replace(links, lanAddresses.isEmpty());
}

void JoinLinkModel::clear()
{
    replace({}, false);
}

void JoinLinkModel::replace(const QList<QUrl> &links, bool thisComputerOnly)
{
    if (links == m_links && thisComputerOnly == m_thisComputerOnly)
        return;
    beginResetModel();
    m_links = links;
    m_thisComputerOnly = thisComputerOnly;
    endResetModel();
    Q_EMIT linksChanged();
}
