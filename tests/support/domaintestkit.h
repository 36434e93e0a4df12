// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "effectbus.h"
#include "manualclock.h"
#include "modulefactory.h"

#include <QStringList>

#include <memory>

class Scheduler;

// Scuti's test kit: feed effects, drain synchronously on the test's thread, then compare the exact
// ordered list of every command and event handled. The clock is manual: advanceClock() fires what
// the scheduler has due, so no test waits for real time.
class DomainTestKit
{
public:
    explicit DomainTestKit(ModuleFactory moduleFactory);
    ~DomainTestKit();

    // Queues a command or event and drains, unless the bus refuses it.
    Outcome<> send(const Effect &effect);
    Outcome<QVariant> ask(const Effect &query) const;
    void advanceClock(qint64 milliseconds);
    // Whether the last drain's unit of work committed (true when there is none).
    bool lastCommitSucceeded() const { return m_lastCommitSucceeded; }

    // Every effect handled since the last call, in order.
    QList<Effect> takeHandled();
    ManualClock &clock() { return m_clock; }
    const Scheduler &scheduler() const { return *m_scheduler; }

private:
    ManualClock m_clock;
    EffectBus m_bus;
    std::unique_ptr<Scheduler> m_scheduler;
    DomainParts m_parts;
    QList<Effect> m_handled;
    bool m_lastCommitSucceeded = true;

    void drain();
};

// One line per effect, "TypeName {compact JSON payload}": QCOMPARE on two of these shows the first
// difference readably.
QStringList describeEffects(const QList<Effect> &effects);
QString describeEffect(const Effect &effect);
