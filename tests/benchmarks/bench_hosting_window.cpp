// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// bench_hosting_window: how smoothly the real desktop window draws while the server it hosts
// carries many games (issue 9: the hosting window keeps at least 55 frames per second with 1 000
// games). It loads Main.qml as the app does, hosts through the home page's button, measures the
// intervals between the frames the window swaps while quiet, then runs `tictactoe-bench play`
// against its own embedded server and measures again. Bounded in time; loopback only.
// docs/benchmarks.md has the command, the method and the figures. Run it under Xvfb, inside a
// network namespace that has only loopback:
//   unshare -n sh -c 'ip link set lo up; TICTACTOE_DISCOVERY_TARGET=127.0.0.1 \
//       xvfb-run -a -s "-screen 0 1280x800x24" ./build/tests/benchmarks/bench_hosting_window'
#include "commandline.h"
#include "embeddedgamehost.h"
#include "gamesession.h"
#include "load/widelimits.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMap>
#include <QMutex>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QProcess>
#include <QScopeGuard>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUdpSocket>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>
#include <thread>

#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(TicTacToePlugin)
Q_IMPORT_QML_PLUGIN(TicTacToe_ClientPlugin)

namespace {

constexpr double targetFps = 55.0;
constexpr qint64 slowIntervalNs = qint64(1e9 / targetFps);
constexpr int setupTimeoutMs = 30000;
// tictactoe-bench gives its players 60 s to connect; past its run and that, it has hung.
constexpr int benchGraceMs = 120000;
// What tictactoe-bench says on standard error when its games start (see tests/benchmarks/load).
constexpr QByteArrayView playersReady = "players ready";

const QElapsedTimer &benchClock()
{
    static const QElapsedTimer started = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return started;
}

qint64 now()
{
    return benchClock().nsecsElapsed();
}

// Runs the event loop, as app.exec() would, until done() holds or timeoutMs passes. A QEventLoop
// sleeps while there is nothing to do: a loop around processEvents() would spin, and
// QTest::qWaitFor() sleeps 10 ms at a time; either would spoil the GUI thread being measured.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.callOnTimeout(&loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

void runFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

quint16 freeUdpPort()
{
    QUdpSocket socket;
    return socket.bind(QHostAddress::LocalHost, 0) ? socket.localPort() : 0;
}

// What the scene graph says about itself (render loop, graphics API, driver), kept to be printed
// with the figures: a frame rate means little without them.
QStringList sceneGraphLines;
QtMessageHandler defaultMessageHandler = nullptr;

void keepSceneGraphLines(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QLatin1StringView category(context.category ? context.category : "");
    if (category == QLatin1StringView("qt.scenegraph.general") || category == QLatin1StringView("qt.rhi.general")) {
        sceneGraphLines.append(QStringLiteral("%1: %2").arg(category, message));
        return;
    }
    if (defaultMessageHandler)
        defaultMessageHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

// Timestamps every frame the window swaps and asks for the next one, so that frames keep coming
// although nothing in the scene changes. The request goes through the GUI thread's event loop, as
// an animation's tick does: a GUI thread that is busy or starved of CPU delays the next frame.
// Under Xvfb a swap never waits for a vertical blank, so the window would draw as fast as the CPU
// allows and take that CPU from the server. With refreshHz, the clock stands in for a display of
// that rate: after a swap, the render thread sleeps until the next refresh, as a swap waiting for
// vsync blocks it. A frame then shows at a refresh, or misses it and waits for the next one
// (twice the period), as on a real display. refreshHz 0: no waiting, the next frame is asked for
// at once.
class FrameClock : public QObject
{
public:
    FrameClock(QQuickWindow *window, int refreshHz)
        : m_window(window)
        , m_periodNs(refreshHz > 0 ? 1000000000 / refreshHz : 0)
    {
        // Direct: frameSwapped comes from the render thread, which is the one to hold back.
        connect(window, &QQuickWindow::frameSwapped, this, [this] { recordSwap(); }, Qt::DirectConnection);
        connect(window, &QQuickWindow::beforeRendering, this, [this] { readRenderer(); }, Qt::DirectConnection);
    }

    void start()
    {
        m_requesting.storeRelease(1);
        m_window->update();
    }
    void stop() { m_requesting.storeRelease(0); }

    QList<qint64> swaps() const
    {
        QMutexLocker locker(&m_mutex);
        return m_swaps;
    }
    // nullptr until the first frame.
    QThread *swapThread() const
    {
        QMutexLocker locker(&m_mutex);
        return m_swapThread;
    }
    QString glRenderer() const
    {
        QMutexLocker locker(&m_mutex);
        return m_glRenderer;
    }

private:
    // On the render thread (or the GUI thread when the render loop has no thread of its own).
    void recordSwap()
    {
        if (m_periodNs > 0) {
            const qint64 swapped = now();
            const qint64 refresh = (swapped / m_periodNs + 1) * m_periodNs;
            std::this_thread::sleep_for(std::chrono::nanoseconds(refresh - swapped));
        }
        const qint64 shown = now();
        {
            QMutexLocker locker(&m_mutex);
            m_swaps.append(shown);
            m_swapThread = QThread::currentThread();
        }
        if (m_requesting.loadAcquire())
            QMetaObject::invokeMethod(m_window, &QQuickWindow::update, Qt::QueuedConnection);
    }

    // The context is current while the frame renders: the one moment to ask the driver its name.
    void readRenderer()
    {
        QMutexLocker locker(&m_mutex);
        if (!m_glRenderer.isNull())
            return;
        QOpenGLContext *context = QOpenGLContext::currentContext();
        const auto *name = context ? context->functions()->glGetString(GL_RENDERER) : nullptr;
        m_glRenderer = name ? QString::fromLatin1(reinterpret_cast<const char *>(name))
                            : QStringLiteral("none (no OpenGL context is current)");
    }

    QQuickWindow *m_window;
    const qint64 m_periodNs;
    QAtomicInt m_requesting;
    mutable QMutex m_mutex; // guards what the render thread writes
    QList<qint64> m_swaps;
    QThread *m_swapThread = nullptr;
    QString m_glRenderer;
};

struct FrameFigures
{
    int frames = 0;
    double fps = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    int slowIntervals = 0;
};

double percentileMs(const QList<qint64> &sorted, double fraction)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype index = std::min<qsizetype>(sorted.size() - 1, qsizetype(fraction * double(sorted.size())));
    return double(sorted.at(index)) / 1e6;
}

// An interval belongs to the phase in which it ends: a stall that a phase ends with a frame
// counts in full, even though it began before. Frames before measuredFrom, when nothing asked for
// frames, start no interval.
FrameFigures frameFigures(const QList<qint64> &swaps, qint64 measuredFrom, qint64 from, qint64 to)
{
    FrameFigures figures;
    QList<qint64> intervals;
    for (qsizetype index = 0; index < swaps.size(); ++index) {
        if (swaps.at(index) < from || swaps.at(index) >= to)
            continue;
        ++figures.frames;
        if (index > 0 && swaps.at(index - 1) >= measuredFrom)
            intervals.append(swaps.at(index) - swaps.at(index - 1));
    }
    std::sort(intervals.begin(), intervals.end());
    figures.fps = figures.frames / (double(to - from) / 1e9);
    figures.p50Ms = percentileMs(intervals, 0.50);
    figures.p99Ms = percentileMs(intervals, 0.99);
    figures.maxMs = intervals.isEmpty() ? 0 : double(intervals.last()) / 1e6;
    figures.slowIntervals = int(std::count_if(intervals.cbegin(), intervals.cend(),
                                              [](qint64 interval) { return interval > slowIntervalNs; }));
    return figures;
}

// One thread's scheduler accounting from /proc/<pid>/task/<tid>/schedstat: the time it ran, and
// the time it was runnable but waited for a CPU (the kernel's run_delay), in nanoseconds. The
// second tells a starved thread from a busy one.
struct ThreadTimes
{
    QString name;
    qint64 runNs = 0;
    qint64 waitNs = 0;
};

using ProcessTimes = QMap<qint64, ThreadTimes>; // by thread id

ProcessTimes readProcessTimes(qint64 pid)
{
    ProcessTimes times;
    if (pid <= 0)
        return times;
    const QString taskDirectory = QStringLiteral("/proc/%1/task").arg(pid);
    const QStringList threadIds = QDir(taskDirectory).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &threadId : threadIds) {
        QFile schedstat(QStringLiteral("%1/%2/schedstat").arg(taskDirectory, threadId));
        QFile comm(QStringLiteral("%1/%2/comm").arg(taskDirectory, threadId));
        // A thread may end between the listing and the read.
        if (!schedstat.open(QIODevice::ReadOnly) || !comm.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> fields = schedstat.readAll().simplified().split(' ');
        if (fields.size() < 2)
            continue;
        const QString name = threadId.toLongLong() == pid ? QStringLiteral("main (GUI)")
                                                           : QString::fromUtf8(comm.readAll().trimmed());
        times.insert(threadId.toLongLong(), {name, fields.at(0).toLongLong(), fields.at(1).toLongLong()});
    }
    return times;
}

// xvfb-run starts the X server and this program from the same shell: the X server is the sibling
// named Xvfb. It puts every frame on its screen with the same two cores. 0 when there is none.
qint64 siblingXServer()
{
    const qint64 parent = getppid();
    const QStringList processes = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &process : processes) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(process));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": the name may hold spaces, so the fields start after its ')'.
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (line.mid(open + 1, close - open - 1) == "Xvfb" && fields.size() > 1
            && fields.at(1).toLongLong() == parent) {
            return process.toLongLong();
        }
    }
    return 0;
}

// The ids of the server's threads, found by the names their QThreads give them
// (EmbeddedGameHost's "game server" first, DomainApplication's "domain").
QList<id_t> serverThreadIds()
{
    QList<id_t> ids;
    const ProcessTimes threads = readProcessTimes(QCoreApplication::applicationPid());
    for (auto thread = threads.cbegin(); thread != threads.cend(); ++thread) {
        if (thread->name == u"game server")
            ids.prepend(id_t(thread.key()));
        else if (thread->name == u"domain")
            ids.append(id_t(thread.key()));
    }
    return ids;
}

// Linux keeps a nice value per thread; false when there is no server thread.
bool reniceServerThreads(int nice)
{
    bool found = false;
    for (const id_t thread : serverThreadIds())
        found = setpriority(PRIO_PROCESS, thread, nice) == 0 || found;
    return found;
}

int niceOfServerThread()
{
    const QList<id_t> threads = serverThreadIds();
    return threads.isEmpty() ? 0 : getpriority(PRIO_PROCESS, threads.constFirst());
}

// All the machine's CPUs from /proc/stat, in clock ticks: what every process used, others included.
struct MachineTimes
{
    qint64 busyTicks = 0;
    qint64 allTicks = 0;
};

MachineTimes readMachineTimes()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    MachineTimes times;
    // cpu user nice system idle iowait irq softirq steal
    for (qsizetype index = 1; index < std::min<qsizetype>(fields.size(), 9); ++index) {
        const qint64 ticks = fields.at(index).toLongLong();
        times.allTicks += ticks;
        if (index != 4 && index != 5)
            times.busyTicks += ticks;
    }
    return times;
}

// Everything measured at one moment.
struct Snapshot
{
    qint64 at = 0;
    ProcessTimes window;
    ProcessTimes bench;
    ProcessTimes xServer;
    MachineTimes machine;
};

// A stretch of the run between two snapshots.
struct Phase
{
    QString name;
    Snapshot start;
    Snapshot end;
};

qint64 totalRun(const ProcessTimes &times)
{
    qint64 total = 0;
    for (const ThreadTimes &thread : times)
        total += thread.runNs;
    return total;
}

qint64 totalWait(const ProcessTimes &times)
{
    qint64 total = 0;
    for (const ThreadTimes &thread : times)
        total += thread.waitNs;
    return total;
}

ProcessTimes difference(const ProcessTimes &before, const ProcessTimes &after)
{
    ProcessTimes used;
    for (auto thread = after.cbegin(); thread != after.cend(); ++thread) {
        const ThreadTimes earlier = before.value(thread.key());
        used.insert(thread.key(), {thread->name, thread->runNs - earlier.runNs, thread->waitNs - earlier.waitNs});
    }
    return used;
}

void printUsage(const QString &name, qint64 runNs, qint64 waitNs, qint64 span)
{
    std::printf("    %-28s ran %5.1f %%   waited for a CPU %5.1f %%\n", qPrintable(name),
                100.0 * double(runNs) / double(span), 100.0 * double(waitNs) / double(span));
}

void printThreads(const Phase &phase)
{
    const qint64 span = phase.end.at - phase.start.at;
    if (span <= 0)
        return;
    std::printf("  %s (%.1f s):\n", qPrintable(phase.name), double(span) / 1e9);
    const ProcessTimes window = difference(phase.start.window, phase.end.window);
    QList<ThreadTimes> threads = window.values();
    std::sort(threads.begin(), threads.end(),
              [](const ThreadTimes &a, const ThreadTimes &b) { return a.runNs + a.waitNs > b.runNs + b.waitNs; });
    qint64 othersRun = 0;
    qint64 othersWait = 0;
    for (const ThreadTimes &thread : std::as_const(threads)) {
        // Threads under half a percent of a core either way are summed up: alone they tell nothing.
        if (thread.runNs * 200 < span && thread.waitNs * 200 < span) {
            othersRun += thread.runNs;
            othersWait += thread.waitNs;
            continue;
        }
        printUsage(thread.name, thread.runNs, thread.waitNs, span);
    }
    printUsage(QStringLiteral("(other threads)"), othersRun, othersWait, span);
    const ProcessTimes bench = difference(phase.start.bench, phase.end.bench);
    if (!bench.isEmpty())
        printUsage(QStringLiteral("process tictactoe-bench"), totalRun(bench), totalWait(bench), span);
    const ProcessTimes xServer = difference(phase.start.xServer, phase.end.xServer);
    if (!xServer.isEmpty())
        printUsage(QStringLiteral("process Xvfb"), totalRun(xServer), totalWait(xServer), span);
    const qint64 allTicks = phase.end.machine.allTicks - phase.start.machine.allTicks;
    if (allTicks > 0) {
        const int cores = QThread::idealThreadCount();
        const double busyShare = double(phase.end.machine.busyTicks - phase.start.machine.busyTicks) / double(allTicks);
        const double measured = double(totalRun(window) + totalRun(bench) + totalRun(xServer)) / double(span);
        std::printf("    machine: %.0f %% of its %d cores busy; other processes ran %.0f %% of one core\n",
                    100.0 * busyShare, cores, 100.0 * std::max(0.0, busyShare * cores - measured));
    }
}

QString renderLoopName(const FrameClock &frames)
{
    const QThread *swapThread = frames.swapThread();
    if (!swapThread)
        return QStringLiteral("unknown (no frame was swapped)");
    if (swapThread == QCoreApplication::instance()->thread())
        return QStringLiteral("renders on the GUI thread (basic loop)");
    return QStringLiteral("threaded (frames swapped on %1)").arg(QLatin1StringView(swapThread->metaObject()->className()));
}

QString graphicsApiName(QSGRendererInterface::GraphicsApi api)
{
    switch (api) {
    case QSGRendererInterface::Software:
        return QStringLiteral("Software (QPainter)");
    case QSGRendererInterface::OpenGL:
        return QStringLiteral("OpenGL");
    case QSGRendererInterface::Vulkan:
        return QStringLiteral("Vulkan");
    case QSGRendererInterface::Null:
        return QStringLiteral("Null");
    default:
        return QStringLiteral("other (%1)").arg(int(api));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything renders: the scene graph says which render loop and driver it chose only then.
    defaultMessageHandler = qInstallMessageHandler(keepSceneGraphLines);
    QLoggingCategory::setFilterRules(QStringLiteral("qt.scenegraph.general.debug=true\nqt.rhi.general.debug=true"));

    QGuiApplication app(argc, argv);
    benchClock(); // time zero: before the window exists

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Frame intervals of the hosting desktop window while its embedded server carries games."));
    parser.addHelpOption();
    const QCommandLineOption gamesOption(QStringLiteral("games"), QStringLiteral("Concurrent games (default 1000)."),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long the games are played (default 30)."),
                                           QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption baselineOption(QStringLiteral("baseline-seconds"),
                                            QStringLiteral("Quiet hosting, measured first (default 10)."),
                                            QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption refreshOption(QStringLiteral("refresh-hz"),
                                           QStringLiteral("The display's refresh rate to stand in for: each swap "
                                                          "waits for the next refresh; 0: no waiting (default 60)."),
                                           QStringLiteral("hz"), QStringLiteral("60"));
    const QCommandLineOption paceOption(QStringLiteral("pace-ms"),
                                        QStringLiteral("Each game moves once every this many ms (tictactoe-bench "
                                                       "paced); 0: back to back (play, the default)."),
                                        QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption benchIdleOption(QStringLiteral("bench-idle"),
                                             QStringLiteral("Run tictactoe-bench as SCHED_IDLE: its players stand for "
                                                            "other computers, so it gets only the CPU this process "
                                                            "leaves (default: it shares the CPUs fairly)."));
    const QCommandLineOption serverNiceOption(QStringLiteral("server-nice"),
                                              QStringLiteral("Nice value for this process's server threads (\"game "
                                                             "server\", \"domain\") once hosting, instead of the "
                                                             "app's own (10)."),
                                              QStringLiteral("n"), QStringLiteral("-1"));
    const QCommandLineOption benchOption(QStringLiteral("bench"), QStringLiteral("The tictactoe-bench binary."),
                                         QStringLiteral("path"), QStringLiteral(TICTACTOE_BENCH_BINARY));
    parser.addOptions({gamesOption, secondsOption, baselineOption, refreshOption, paceOption, benchIdleOption,
                       serverNiceOption, benchOption});
    parser.process(app);
    const int games = std::clamp(parser.value(gamesOption).toInt(), 1, 10000);
    const int seconds = std::clamp(parser.value(secondsOption).toInt(), 1, 600);
    const int baselineSeconds = std::clamp(parser.value(baselineOption).toInt(), 1, 600);
    const int refreshHz = std::clamp(parser.value(refreshOption).toInt(), 0, 1000);
    const int paceMs = std::clamp(parser.value(paceOption).toInt(), 0, 60000);
    const bool benchIdle = parser.isSet(benchIdleOption);
    const int serverNice = std::clamp(parser.value(serverNiceOption).toInt(), -1, 19);

    // The host is set up as `tictactoe` would be with these flags: loopback only, a fresh data
    // directory, beacons to 127.0.0.1 on a port nobody else uses, and the per-address limits
    // opened wide, since every player of the bench comes from 127.0.0.1 (wideLimitFlags(), as
    // tictactoe-bench opens them for the server it starts).
    QTemporaryDir directory;
    const quint16 discoveryPort = freeUdpPort();
    if (!directory.isValid() || discoveryPort == 0) {
        std::fprintf(stderr, "bench_hosting_window: no temporary directory or UDP port\n");
        return 1;
    }
    CommandLine commandLine;
    const QStringList hostFlags{
            QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--discovery-target"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--discovery-port"), QString::number(discoveryPort),
            QStringLiteral("--data-dir"), directory.filePath(QStringLiteral("data"))};
    if (commandLine.parse(QStringList{QStringLiteral("tictactoe")} + hostFlags + wideLimitFlags())
        != CommandLine::Action::Run) {
        std::fprintf(stderr, "%s\n", qPrintable(commandLine.errorText()));
        return 1;
    }

    // From here on as runDesktopApp() does it, with the player's settings in the temporary
    // directory rather than the user's own.
    SessionSettings settings = SessionSettings::defaults();
    settings.hostFactory = EmbeddedGameHost::factory(commandLine.options().server, commandLine.options().discovery);
    settings.discovery = commandLine.options().discovery;
    settings.settingsFile = directory.filePath(QStringLiteral("player.ini"));
    SessionSettings::setDefaults(settings);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/TicTacToe/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr
                                                  : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    auto *session = window ? window->property("session").value<GameSession *>() : nullptr;
    if (!session || !runUntil([&] { return window->isExposed(); }, setupTimeoutMs)) {
        std::fprintf(stderr, "bench_hosting_window: Main.qml did not show a window with a session\n");
        return 1;
    }
    FrameClock frames(window, refreshHz);
    // Nothing renders once the window is hidden: however main() ends, the render thread stops
    // calling into the frame clock before the clock goes away.
    const auto hideBeforeClockGoes = qScopeGuard([window] { window->hide(); });

    // As a player would: an alias, then the home page's "Host a game on this network".
    session->chooseAlias(QStringLiteral("Frame rate"));
    QObject *hostButton = nullptr;
    runUntil([&] { return (hostButton = window->findChild<QObject *>(QStringLiteral("hostButton"))) != nullptr; },
             setupTimeoutMs);
    if (!hostButton || !QMetaObject::invokeMethod(hostButton, "clicked")
        || !runUntil([&] { return session->stage() == GameSession::Stage::Lobby; }, setupTimeoutMs)) {
        std::fprintf(stderr, "bench_hosting_window: hosting did not reach the lobby: %s\n",
                     qPrintable(session->errorMessage()));
        return 1;
    }
    const quint16 port = session->connection()->hostedPort();
    if (serverNice >= 0 && !reniceServerThreads(serverNice)) {
        std::fprintf(stderr, "bench_hosting_window: found no server thread to renice\n");
        return 1;
    }
    // Let the lobby's first queries (players online, hall of fame) settle before the baseline.
    runFor(1000);

    std::printf("bench_hosting_window: Main.qml hosting on 127.0.0.1:%u (lobby page), %dx%d window, "
                "platform \"%s\"\n",
                port, window->width(), window->height(), qPrintable(QGuiApplication::platformName()));
    if (refreshHz > 0) {
        std::printf("frames: QQuickWindow::update() asked for after each frameSwapped (no animation runs); "
                    "a %d Hz display stood in for: the render thread waits after each swap for the next "
                    "refresh, as vsync makes it\n", refreshHz);
    } else {
        std::printf("frames: QQuickWindow::update() asked for right after each frameSwapped (no animation "
                    "runs); no display refresh stood in for: frames come as fast as they render\n");
    }
    std::printf("server threads: nice %d (%s)\n", niceOfServerThread(),
                serverNice >= 0 ? "set by --server-nice" : "as the app sets it");
    std::fflush(stdout);

    QProcess bench;
    const qint64 xServer = siblingXServer();
    const auto snapshot = [&] {
        return Snapshot{now(), readProcessTimes(QCoreApplication::applicationPid()),
                        readProcessTimes(bench.processId()), readProcessTimes(xServer), readMachineTimes()};
    };

    frames.start();
    Phase baseline{QStringLiteral("baseline: hosting, no load"), snapshot(), {}};
    runFor(baselineSeconds * 1000);
    baseline.end = snapshot();

    // Loopback only: the bench attaches to this process's own server.
    std::optional<Snapshot> gamesStarted;
    QByteArray benchOutput;
    bench.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&bench, &QProcess::readyReadStandardOutput, &app, [&] {
        benchOutput += bench.readAllStandardOutput();
        if (!gamesStarted && benchOutput.contains(playersReady))
            gamesStarted = snapshot();
    });
    QStringList benchArguments{paceMs > 0 ? QStringLiteral("paced") : QStringLiteral("play"),
                               QStringLiteral("--port"), QString::number(port),
                               QStringLiteral("--pid"), QString::number(QCoreApplication::applicationPid()),
                               QStringLiteral("--games"), QString::number(games),
                               QStringLiteral("--seconds"), QString::number(seconds)};
    if (paceMs > 0)
        benchArguments << QStringLiteral("--pace-ms") << QString::number(paceMs);
    std::printf("load: %s %s (%s)\n", qPrintable(QFileInfo(parser.value(benchOption)).fileName()),
                qPrintable(benchArguments.join(u' ')), benchIdle ? "SCHED_IDLE" : "scheduled as any process");
    std::fflush(stdout);
    if (benchIdle) {
        // In the child, between fork and exec: only a system call.
        bench.setChildProcessModifier([] {
            const sched_param parameters{};
            sched_setscheduler(0, SCHED_IDLE, &parameters);
        });
    }
    bench.start(parser.value(benchOption), benchArguments);
    if (!bench.waitForStarted()) {
        std::fprintf(stderr, "bench_hosting_window: could not start %s\n", qPrintable(parser.value(benchOption)));
        return 1;
    }
    Phase joining{QStringLiteral("joining: %1 bench players connect").arg(2 * games), snapshot(), {}};
    // The bench's threads are read while it runs: once it has exited, they are gone.
    ProcessTimes lastBenchSample = joining.start.bench;
    QTimer benchSampler;
    benchSampler.callOnTimeout([&] {
        if (const ProcessTimes sample = readProcessTimes(bench.processId()); !sample.isEmpty())
            lastBenchSample = sample;
    });
    benchSampler.start(200);

    const bool benchFinished = runUntil([&] { return bench.state() == QProcess::NotRunning; },
                                        seconds * 1000 + benchGraceMs);
    Snapshot end = snapshot();
    end.bench = lastBenchSample;
    frames.stop();
    benchSampler.stop();
    if (!benchFinished) {
        bench.kill();
        bench.waitForFinished();
    }
    benchOutput += bench.readAllStandardOutput();

    QList<Phase> phases{baseline};
    if (gamesStarted) {
        joining.end = *gamesStarted;
        phases.append(joining);
        const QString playing = paceMs > 0 ? QStringLiteral("playing: %1 games, a move each every %2 ms").arg(games).arg(paceMs)
                                           : QStringLiteral("playing: %1 games back to back").arg(games);
        phases.append({playing, *gamesStarted, end});
    } else {
        joining.end = end;
        joining.name = QStringLiteral("under load (the bench never said its games started)");
        phases.append(joining);
    }

    const QList<qint64> swaps = frames.swaps();
    std::printf("render loop: %s; graphics API: %s; GL renderer: %s; QSG_RENDER_LOOP=%s\n",
                qPrintable(renderLoopName(frames)),
                qPrintable(graphicsApiName(window->rendererInterface()->graphicsApi())),
                qPrintable(frames.glRenderer()),
                qEnvironmentVariableIsSet("QSG_RENDER_LOOP") ? qPrintable(qEnvironmentVariable("QSG_RENDER_LOOP"))
                                                             : "(unset)");
    for (const QString &line : std::as_const(sceneGraphLines))
        std::printf("  %s\n", qPrintable(line));

    std::printf("\n%-42s %6s %7s %6s %7s %7s %7s  %s\n", "phase", "s", "frames", "fps", "p50 ms", "p99 ms",
                "max ms", "intervals > 1/55 s");
    bool producedFrames = true;
    for (const Phase &phase : std::as_const(phases)) {
        const FrameFigures figures = frameFigures(swaps, baseline.start.at, phase.start.at, phase.end.at);
        producedFrames = producedFrames && figures.frames >= 2;
        std::printf("%-42s %6.1f %7d %6.1f %7.1f %7.1f %7.1f  %d\n", qPrintable(phase.name),
                    double(phase.end.at - phase.start.at) / 1e9, figures.frames, figures.fps, figures.p50Ms,
                    figures.p99Ms, figures.maxMs, figures.slowIntervals);
    }

    std::printf("\nCPU in %% of one core (waited: runnable, but no CPU was free for it):\n");
    for (const Phase &phase : std::as_const(phases))
        printThreads(phase);

    std::printf("\ntictactoe-bench (its \"server CPU\" is this whole process: server, GUI and render threads):\n");
    const QList<QByteArray> benchLines = benchOutput.trimmed().split('\n');
    for (const QByteArray &line : benchLines)
        std::printf("  %s\n", line.constData());
    const bool benchClean = benchFinished && bench.exitStatus() == QProcess::NormalExit && bench.exitCode() == 0;
    if (!benchFinished)
        std::printf("tictactoe-bench did not finish in time and was killed\n");
    else if (!benchClean)
        std::printf("tictactoe-bench failed (exit code %d)\n", bench.exitCode());
    if (!producedFrames)
        std::printf("a phase produced fewer than 2 frames: nothing was measured there\n");
    if (!gamesStarted)
        std::printf("tictactoe-bench never said its games started: no figures under load\n");
    return benchClean && producedFrames && gamesStarted ? 0 : 1;
}
