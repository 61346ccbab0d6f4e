// SPDX-License-Identifier: GPL-3.0-or-later
// Foundation benchmarks, printed as "name: value unit (budget)". Run: build/dev/tests/bench/bench_foundation
//  1. longest UI-thread stall while a 10 s query runs and a chart and a table update at 1 Hz
//  2. cancel latency of a running query: cancel() to the worker's reply (the worker is idle again)
//  3. start to a shown window (whole process, and as measured inside it)
//  4. cancel of a lock holder while the interactive worker waits on that lock: click to landed
#include "TestSandbox.h"

#include "db/Connection.h"
#include "db/DbClient.h"
#include "db/ServerSession.h"
#include "monitor/ActivityMonitor.h"
#include "db/LiveQuery.h"
#include "db/ResultTableModel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace sg;

namespace {

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin(qsizetype(v.size() - 1), qsizetype(p * double(v.size()))));
}

void waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

void benchUiStall()
{
    DbClient interactive(QStringLiteral("interactive"));
    DbClient monitor(QStringLiteral("monitor"));
    interactive.open(test::sandboxOptions());
    monitor.open(test::sandboxOptions());
    waitFor(
        [&] {
            return interactive.state() == ConnectionState::Connected &&
                   monitor.state() == ConnectionState::Connected;
        },
        15000);

    LiveQuery sessions(&monitor, QStringLiteral("activity_sessions"), {QStringLiteral("pid")});
    sessions.setIntervalMs(1000);
    QTableView table;
    table.setModel(sessions.model());
    table.resize(1000, 400);
    table.show();

    auto* series = new QLineSeries;
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    QChartView view(chart);
    view.resize(800, 300);
    view.show();
    int sample = 0;
    QObject::connect(&sessions, &LiveQuery::updated, &view, [&] {
        series->append(sample++, sessions.model()->rowCount());
        chart->axes(Qt::Horizontal).first()->setRange(qMax(0, sample - 60), sample);
        chart->axes(Qt::Vertical).first()->setRange(0, 10);
    });
    sessions.start();

    bool done = false;
    QObject::connect(&interactive, &DbClient::replied, &view, [&](const DbReply&) { done = true; });
    QElapsedTimer clock;
    clock.start();
    interactive.submit(QStringLiteral("bench"), QStringLiteral("SELECT pg_sleep(10)"));

    QList<double> gaps;
    qint64 last = clock.nsecsElapsed();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps << double(now - last) / 1e6;
        if (qEnvironmentVariableIsSet("SG_BENCH_VERBOSE") && now - last > 5000000)
            std::printf("  stall %.2f ms at %.3f s\n", double(now - last) / 1e6, double(now) / 1e9);
        last = now;
    });
    tick.start();
    waitFor([&] { return done; }, 20000);
    tick.stop();
    std::printf("ui_stall_max: %.2f ms (budget < 16 ms; 1 ms timer, %lld ticks, %d chart+table updates "
                "during a 10 s query)\n",
                *std::max_element(gaps.begin(), gaps.end()), qlonglong(gaps.size()), sample);
    std::printf("ui_stall_p99: %.2f ms\n", percentile(gaps, 0.99));
}

void benchCancel()
{
    DbClient client(QStringLiteral("interactive"));
    client.open(test::sandboxOptions());
    waitFor([&] { return client.state() == ConnectionState::Connected; }, 15000);
    QList<double> latencies;
    for (int i = 0; i < 10; ++i) {
        bool replied = false;
        auto c = QObject::connect(&client, &DbClient::replied, [&](const DbReply&) { replied = true; });
        const quint64 id = client.submit(QStringLiteral("bench"), QStringLiteral("SELECT pg_sleep(60)"));
        waitFor([] { return false; }, 300);
        QElapsedTimer t;
        t.start();
        client.cancel(id);
        waitFor([&] { return replied; }, 10000);
        latencies << double(t.nsecsElapsed()) / 1e6;
        QObject::disconnect(c);
    }
    std::printf("cancel_latency_median: %.2f ms (budget < 200 ms; 10 cancels of pg_sleep(60))\n",
                percentile(latencies, 0.5));
    std::printf("cancel_latency_max: %.2f ms\n", percentile(latencies, 1.0));
}

void benchEmergencyCancel()
{
    ServerSession session;
    session.open(test::sandboxOptions());
    ActivityMonitor monitor(&session);
    waitFor([&] { return session.admin()->state() == ConnectionState::Connected; }, 15000);
    Connection setup;
    DbError e;
    setup.open(test::sandboxOptions(), &e);
    DbRequest create;
    create.sql = QStringLiteral("CREATE TABLE IF NOT EXISTS bench_locked (id int)");
    setup.execute(create, &e);
    QList<double> landed;
    for (int i = 0; i < 10; ++i) {
        std::jthread blocker([] {
            ConnectionOptions o = test::sandboxOptions();
            o.session.applicationName = QStringLiteral("bench-blocker");
            o.session.statementTimeoutMs = 0;
            Connection c;
            DbError ignored;
            if (!c.open(o, &ignored))
                return;
            DbRequest r;
            r.sql = QStringLiteral("BEGIN; LOCK TABLE bench_locked IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(60)");
            c.execute(r, &ignored);
        });
        DbRequest find;
        find.sql = QStringLiteral("SELECT pid FROM pg_stat_activity WHERE application_name = 'bench-blocker' "
                                  "AND query LIKE '%pg_sleep%'");
        int pid = 0;
        waitFor([&] { return (pid = setup.execute(find, &e).value(0, 0).toInt()) > 0; }, 10000);
        // The interactive worker now waits on that lock, as a catalog read would.
        session.interactive()->submit(QStringLiteral("bench"), QStringLiteral("SELECT count(*) FROM bench_locked"));
        waitFor([] { return false; }, 200);
        bool done = false;
        auto c = QObject::connect(&monitor, &ActivityMonitor::actionFinished, [&](bool, const QString&) { done = true; });
        QElapsedTimer t;
        t.start();
        monitor.runAction(ActivityMonitor::SessionAction::Cancel, pid);
        waitFor([&] { return done; }, 30000);
        landed << double(t.nsecsElapsed()) / 1e6;
        QObject::disconnect(c);
        blocker.join();
    }
    std::printf("emergency_cancel_median: %.2f ms (budget < 200 ms; cancel of a lock holder while the "
                "interactive worker waits on its lock, click to landed, 10 times)\n",
                percentile(landed, 0.5));
    std::printf("emergency_cancel_max: %.2f ms\n", percentile(landed, 1.0));
}

void benchStartup()
{
    QList<double> wall, inside;
    for (int i = 0; i < 5; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(SG_BINARY), {QStringLiteral("--quit-after-show")});
        p.waitForFinished(30000);
        wall << double(t.nsecsElapsed()) / 1e6;
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const auto m = QRegularExpression(QStringLiteral("shown after (\\d+) ms")).match(out);
        if (m.hasMatch())
            inside << m.captured(1).toDouble();
    }
    std::printf("startup_to_window_median: %.1f ms (budget < 500 ms; process start to shown window and exit, "
                "5 runs, offscreen)\n",
                percentile(wall, 0.5));
    std::printf("startup_inside_process_median: %.1f ms (runGui entry to shown window)\n",
                percentile(inside, 0.5));
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    test::sandbox(); // start it before timing anything
    benchUiStall();
    benchCancel();
    benchEmergencyCancel();
    benchStartup();
    std::fflush(stdout);
    return 0;
}
