// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "localgamehost.h"

#include <QHostAddress>
#include <QList>

#include <memory>

// Hosts with another LocalGameHost, and says this computer is on a LAN at lanAddresses when it
// hosts for the network: the tests and the screenshots run in a network namespace that has only
// loopback, yet show the lobby of a host on a network.
class PretendLanGameHost : public LocalGameHost
{
public:
    PretendLanGameHost(std::unique_ptr<LocalGameHost> host, const QList<QHostAddress> &lanAddresses);

    Outcome<Endpoint> start(const QString &alias, Reach reach) override;

    static LocalGameHostFactory factory(const LocalGameHostFactory &hostFactory,
                                        const QList<QHostAddress> &lanAddresses);

private:
    std::unique_ptr<LocalGameHost> m_host;
    QList<QHostAddress> m_lanAddresses;
};
