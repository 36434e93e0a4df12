// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "pretendlangamehost.h"

PretendLanGameHost::PretendLanGameHost(std::unique_ptr<LocalGameHost> host,
                                       const QList<QHostAddress> &lanAddresses)
    : m_host(std::move(host))
    , m_lanAddresses(lanAddresses)
{
}

Outcome<LocalGameHost::Endpoint> PretendLanGameHost::start(const QString &alias, Reach reach)
{
    Outcome<Endpoint> started = m_host->start(alias, reach);
    if (started && reach == Reach::Network)
        started->lanAddresses = m_lanAddresses;
    return started;
}

LocalGameHostFactory PretendLanGameHost::factory(const LocalGameHostFactory &hostFactory,
                                                 const QList<QHostAddress> &lanAddresses)
{
    return [hostFactory, lanAddresses] {
        return std::make_unique<PretendLanGameHost>(hostFactory(), lanAddresses);
    };
}
