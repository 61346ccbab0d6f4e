// SPDX-License-Identifier: GPL-3.0-or-later
// Activity benchmarks, printed as "name: value unit (budget)". Run: build/dev/tests/bench/bench_activity
//  1. server-side time of one activity sample with 500 client connections open (pg_stat_statements
//     mean_exec_time over 200 samples), and pg_activity's server time per refresh on the same server
//  2. chart redraw: 5 series x 3,600 points, replace + render (and the stacked connections chart)
//  4. the wait profile: 24 h of it charted and summarised (the sample's server cost is in 1.)
//  3. resident memory while a simulated day and more of 1 Hz samples flows through the ring and charts
//  5. "window" (only when asked): the real window's CPU watching that server, one view in front
//     at a time; needs a display: QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" …
//  6. "hold N": that server for N seconds, its connection string on stdout, to measure by hand
#include "db/Connection.h"
#include "db/SandboxServer.h"
#include "db/SqlLibrary.h"
#include "monitor/ActivitySampler.h"
#include "monitor/ActivitySeries.h"
#include "monitor/HistoryStore.h"
#include "monitor/WaitProfile.h"
#include "ui/activity/TimeSeriesChart.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPixmap>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

#include <unistd.h>

using namespace sg;

namespace {

ResultSet exec(Connection& c, const QString& sql)
{
    DbRequest r;
    r.sql = sql;
    DbError e;
    ResultSet rs = c.execute(r, &e);
    if (e.isError())
        std::fprintf(stderr, "query failed: %s\n", qPrintable(e.message));
    return rs;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    f.open(QIODevice::ReadOnly);
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

// A server of realistic size for the activity figures: 10,000 tables, each with a primary key
// index, and 510 client sessions (450 idle, 40 idle in a transaction, 10 running pg_sleep).
struct LoadedServer
{
    SandboxServer server;
    Connection admin;
    int tables = 0;
    std::vector<std::unique_ptr<Connection>> sessions;
    QList<QThread*> sleepers;
    int sleepSeconds = 60;

    bool start()
    {
        server.setSetting(QStringLiteral("max_connections"), QStringLiteral("600"));
        QString error;
        if (!server.start(&error)) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
            return false;
        }
        DbError e;
        admin.open(server.options(), &e);
        exec(admin, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
        QElapsedTimer creating;
        creating.start();
        for (int batch = 0; batch < 20; ++batch)
            exec(admin,
                 QStringLiteral("DO $$ BEGIN FOR i IN %1..%2 LOOP "
                                "EXECUTE format('CREATE TABLE bench_t%s (id int PRIMARY KEY, v text)', i); "
                                "END LOOP; END $$")
                     .arg(batch * 500)
                     .arg(batch * 500 + 499));
        tables = exec(admin, QStringLiteral("SELECT count(*) FROM pg_stat_user_tables")).value(0, 0).toInt();
        std::fprintf(stderr, "%d tables created in %.1f s\n", tables, double(creating.elapsed()) / 1000.0);

        ConnectionOptions appOptions = server.options();
        appOptions.session.applicationName = QStringLiteral("bench-app");
        for (int i = 0; i < 500; ++i) {
            auto c = std::make_unique<Connection>();
            if (!c->open(appOptions, &e)) {
                std::fprintf(stderr, "connection %d: %s\n", i, qPrintable(e.message));
                break;
            }
            if (i >= 450 && i < 490)
                exec(*c, QStringLiteral("BEGIN; SELECT 1"));
            sessions.push_back(std::move(c));
        }
        const QString sleep = QStringLiteral("SELECT pg_sleep(%1)").arg(sleepSeconds);
        for (int i = 0; i < 10; ++i) {
            sleepers << QThread::create([appOptions, sleep] {
                Connection c;
                DbError err;
                DbRequest r;
                r.sql = sleep;
                if (c.open(appOptions, &err))
                    c.execute(r, &err); // ends when the benchmark terminates it
            });
            sleepers.last()->start();
        }
        QThread::msleep(1500);
        return true;
    }

    int sessionCount() const { return int(sessions.size()) + int(sleepers.size()); }

    ~LoadedServer()
    {
        for (auto& s : sessions)
            s->close();
        exec(admin, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                   "WHERE application_name = 'bench-app'"));
        for (QThread* t : sleepers) {
            t->wait();
            delete t;
        }
    }
};

void benchSample()
{
    LoadedServer loaded;
    if (!loaded.start())
        return;
    Connection& admin = loaded.admin;
    SandboxServer& server = loaded.server;
    const int tables = loaded.tables;
    DbError e;

    const QString sample = SqlLibrary::load(QStringLiteral("activity_sample"));
    exec(admin, QStringLiteral("SELECT pg_stat_statements_reset()"));
    QList<double> roundTrips;
    ResultSet last;
    for (int i = 0; i < 200; ++i) {
        DbRequest r;
        r.sql = sample;
        last = admin.execute(r, &e);
        if (e.isError()) {
            std::fprintf(stderr, "the sample failed: %s\n", qPrintable(e.userMessage()));
            return;
        }
        roundTrips << double(last.elapsedUs()) / 1000.0;
        // The floor, alternating with the sample so both find the server's caches alike: what
        // reading pg_stat_activity at all costs the server with these sessions.
        exec(admin, QStringLiteral("SELECT count(*) FROM pg_stat_activity /* bench:floor */"));
    }
    const ResultSet stats =
        exec(admin, QStringLiteral("SELECT calls, mean_exec_time, max_exec_time FROM pg_stat_statements "
                                   "WHERE query LIKE '%/* sightglass:activity_sample */%'"));
    std::printf("activity_sample_server_mean: %.2f ms (budget < 5 ms; %lld calls, %d client sessions open, "
                "pg_stat_statements mean_exec_time)\n",
                stats.value(0, 1).toDouble(), stats.value(0, 0).toLongLong(), loaded.sessionCount());
    std::printf("activity_sample_server_max: %.2f ms\n", stats.value(0, 2).toDouble());
    std::printf("activity_sample_round_trip_median: %.2f ms (client-side, loopback)\n", median(roundTrips));
    std::printf("pg_stat_activity_count_server_mean: %.2f ms (the floor: SELECT count(*) FROM "
                "pg_stat_activity, alternating with the sample)\n",
                exec(admin, QStringLiteral("SELECT mean_exec_time FROM pg_stat_statements "
                                           "WHERE query LIKE '%bench:floor%'"))
                    .value(0, 0)
                    .toDouble());

    // The table I/O read, every minute: its cost spread over the seconds between two reads.
    const QString tableIo = SqlLibrary::load(QStringLiteral("activity_table_io"));
    exec(admin, QStringLiteral("SELECT pg_stat_statements_reset()"));
    for (int i = 0; i < 20; ++i)
        exec(admin, tableIo);
    const double tableIoMs =
        exec(admin, QStringLiteral("SELECT mean_exec_time FROM pg_stat_statements "
                                   "WHERE query LIKE '%/* sightglass:activity_table_io */%'"))
            .value(0, 0)
            .toDouble();
    const double perSecondMs =
        stats.value(0, 1).toDouble() + tableIoMs * 1000.0 / ActivitySampler::TableIoIntervalMs;
    std::printf("activity_table_io_server_mean: %.2f ms (%d user tables, mean of 20, read every %d s)\n",
                tableIoMs, tables, ActivitySampler::TableIoIntervalMs / 1000);
    std::printf(
        "activity_sampler_server_per_second: %.2f ms (budget < 1 ms: the sample plus 1/%d of the table "
        "read)\n",
        perSecondMs, ActivitySampler::TableIoIntervalMs / 1000);

    // The wait profile's sample, as the profiler sends it up to 10 times a second.
    const QString waitSample = SqlLibrary::load(QStringLiteral("wait_sample"), 15);
    exec(admin, QStringLiteral("SELECT pg_stat_statements_reset()"));
    QList<double> waitTrips;
    for (int i = 0; i < 200; ++i) {
        DbRequest r;
        r.sql = waitSample;
        const ResultSet rows = admin.execute(r, &e);
        waitTrips << double(rows.elapsedUs()) / 1000.0;
    }
    const double waitMs = exec(admin, QStringLiteral("SELECT mean_exec_time FROM pg_stat_statements "
                                                     "WHERE query LIKE '%sightglass:wait_sample%'"))
                              .value(0, 0)
                              .toDouble();
    std::printf("wait_sample_server_mean: %.2f ms (mean of 200; 10 active of %d sessions)\n", waitMs,
                loaded.sessionCount());
    std::printf("wait_profile_server_per_second_at_10hz: %.1f ms (%.1f %% of one server core)\n", waitMs * 10,
                waitMs);
    std::printf("wait_sample_round_trip_median: %.2f ms\n", median(waitTrips));

    // pg_activity at 1 s refresh against the same server, for 20 s, under a pseudo terminal.
    exec(admin, QStringLiteral("SELECT pg_stat_statements_reset()"));
    QProcess pgActivity;
    QProcessEnvironment env = server.clientEnvironment();
    env.insert(QStringLiteral("TERM"), QStringLiteral("xterm"));
    env.insert(QStringLiteral("COLUMNS"), QStringLiteral("200"));
    env.insert(QStringLiteral("LINES"), QStringLiteral("50"));
    pgActivity.setProcessEnvironment(env);
    pgActivity.setStandardOutputFile(QProcess::nullDevice());
    const int seconds = 20;
    pgActivity.start(
        QStringLiteral("timeout"),
        {QStringLiteral("-s"), QStringLiteral("INT"), QString::number(seconds), QStringLiteral("script"),
         QStringLiteral("-qfec"),
         QStringLiteral(
             "stty cols 200 rows 50; pg_activity --refresh 1 --no-sys-info --no-proc-info -d postgres"),
         QStringLiteral("/dev/null")});
    if (!pgActivity.waitForStarted() || !pgActivity.waitForFinished((seconds + 20) * 1000)) {
        std::printf("pg_activity: did not run (%s)\n", qPrintable(pgActivity.errorString()));
    } else {
        const ResultSet peer =
            exec(admin, QStringLiteral("SELECT coalesce(sum(total_exec_time), 0), coalesce(sum(calls), 0), "
                                       "count(*) FROM pg_stat_statements "
                                       "WHERE query NOT LIKE '%pg_stat_statements%' AND query NOT LIKE "
                                       "'BEGIN%' AND query NOT LIKE 'SELECT 1%'"));
        const double total = peer.value(0, 0).toDouble();
        std::printf("pg_activity_server_per_refresh: %.2f ms (%lld statements in %d s at --refresh 1, "
                    "%lld distinct; same server, same sessions)\n",
                    total / seconds, peer.value(0, 1).toLongLong(), seconds, peer.value(0, 2).toLongLong());
        std::printf("ratio_sightglass_to_pg_activity_server_time: %.2f (the sampler's per second figure; "
                    "budget <= 0.10)\n",
                    perSecondMs / std::max(1e-9, total / seconds));
    }
}

// Holds the loaded server for a person to measure by hand (psql, perf, the window): prints its
// connection string, then waits the given seconds.
void holdLoadedServer(int seconds)
{
    LoadedServer loaded;
    loaded.sleepSeconds = seconds;
    if (!loaded.start())
        return;
    std::printf("%s\n", qPrintable(loaded.server.conninfo()));
    std::fflush(stdout);
    QThread::sleep(seconds);
}

// CPU time (user + system) of a process so far, in seconds, from /proc/PID/stat.
double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    // The command name may hold spaces: the fields that follow start after its closing parenthesis.
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    // Fields 14 and 15 of the line (utime, stime); the list starts at field 3.
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// The window's own CPU, watching the loaded server with one panel in front: the real binary,
// started the way a user starts it, measured from outside over a minute after a warm-up.
void benchWindow()
{
    LoadedServer loaded;
    loaded.sleepSeconds = 900;
    if (!loaded.start())
        return;
    const int warmUpS = 15;
    const int measureS = 60;
    struct View
    {
        const char* name;
        QStringList args;
    };
    const QList<View> views = {
        {"activity_sessions", {}},
        {"activity_load_by_wait",
         {QStringLiteral("--panel"), QStringLiteral("activityDock"), QStringLiteral("--tab"),
          QStringLiteral("waitProfileTab")}},
        {"slow_queries_in_front", {QStringLiteral("--panel"), QStringLiteral("statementsDock")}},
    };
    for (const View& view : views) {
        // A profile of its own: no settings, layout or history from an earlier run.
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        QProcess window;
        window.setProcessEnvironment(env);
        window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        window.setStandardOutputFile(QProcess::nullDevice());
        window.start(QStringLiteral(SG_BINARY),
                     QStringList{QStringLiteral("--connect"), loaded.server.conninfo()} + view.args);
        if (!window.waitForStarted()) {
            std::printf("window_%s: did not start (%s)\n", view.name, qPrintable(window.errorString()));
            continue;
        }
        QThread::sleep(warmUpS);
        const double before = processCpuSeconds(window.processId());
        QThread::sleep(measureS);
        const double after = processCpuSeconds(window.processId());
        if (before < 0 || after < 0 || window.state() != QProcess::Running)
            std::printf("window_%s: the window ended before the measurement did\n", view.name);
        else
            std::printf("window_cpu_%s: %.2f %% of a core (budget <= 1 %%; %d s after %d s of warm-up, "
                        "%d sessions, %d tables, QT_QPA_PLATFORM=%s)\n",
                        view.name, 100.0 * (after - before) / measureS, measureS, warmUpS,
                        loaded.sessionCount(), loaded.tables, qgetenv("QT_QPA_PLATFORM").constData());
        std::fflush(stdout);
        window.terminate();
        if (!window.waitForFinished(10000))
            window.kill();
        window.waitForFinished(5000);
    }
}

ActivityPoint syntheticPoint(qint64 t, int i)
{
    ActivityPoint p;
    p.timeMs = t;
    for (int f = 0; f < ActivityPoint::FieldCount; ++f)
        p.values[f] = 10 + 5 * std::sin(i / 30.0 + f);
    return p;
}

void benchChart()
{
    ui::TimeSeriesChart chart(QStringLiteral("bench"));
    for (int s = 0; s < 5; ++s)
        chart.addLine(QStringLiteral("series %1").arg(s), QColor::fromHsv(s * 60, 200, 200));
    chart.resize(800, 300);
    chart.show();
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    QList<QList<QPointF>> data(5);
    for (int s = 0; s < 5; ++s)
        for (int i = 0; i < 3600; ++i)
            data[s] << QPointF(double(start + i * 1000), 50 + 40 * std::sin(i / (20.0 + s)));
    chart.setTimeWindow(start, start + 3600 * 1000);
    QList<double> times;
    QPixmap target(chart.size());
    for (int round = 0; round < 21; ++round) {
        QElapsedTimer t;
        t.start();
        for (int s = 0; s < 5; ++s)
            chart.setLineData(s, data[s]);
        chart.QWidget::render(&target);
        if (round > 0) // the first includes one-off layout
            times << double(t.nsecsElapsed()) / 1e6;
    }
    if (qEnvironmentVariableIsSet("SG_BENCH_VERBOSE")) {
        QElapsedTimer t;
        t.start();
        for (int s = 0; s < 5; ++s)
            chart.setLineData(s, data[s]);
        const double replaceMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        chart.QWidget::render(&target);
        std::printf("  replace %.2f ms, render %.2f ms\n", replaceMs, double(t.nsecsElapsed()) / 1e6);
    }
    std::printf(
        "chart_redraw_5x3600_median: %.2f ms (budget < 16 ms; replace 5 series + render 800x300, 20 runs)\n",
        median(times));
    std::printf("chart_redraw_5x3600_max: %.2f ms\n", *std::max_element(times.begin(), times.end()));

    // The connections chart as the panel draws it: 8 stacked layers over 3,600 samples.
    ui::TimeSeriesChart stacked(QStringLiteral("stacked"));
    for (int s = 0; s < 8; ++s)
        stacked.addArea(QStringLiteral("layer %1").arg(s), QColor::fromHsv(s * 40, 200, 200));
    stacked.resize(800, 300);
    stacked.show();
    RingBuffer<ActivityPoint> ring(86400);
    for (int i = 0; i < 3600; ++i)
        ring.push(syntheticPoint(start + i * 1000, i));
    QList<QList<ActivityPoint::Field>> layers;
    for (int f = 0; f < 8; ++f)
        layers << QList<ActivityPoint::Field>{ActivityPoint::Field(f)};
    stacked.setTimeWindow(start, start + 3600 * 1000);
    times.clear();
    for (int round = 0; round < 21; ++round) {
        QElapsedTimer t;
        t.start();
        stacked.setStackedData(ActivitySeries::stacked(ring, layers, start));
        stacked.QWidget::render(&target);
        if (round > 0)
            times << double(t.nsecsElapsed()) / 1e6;
    }
    if (qEnvironmentVariableIsSet("SG_BENCH_VERBOSE")) {
        QElapsedTimer t;
        t.start();
        const auto built = ActivitySeries::stacked(ring, layers, start);
        const double buildMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        stacked.setStackedData(built);
        const double setMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        stacked.QWidget::render(&target);
        std::printf("  stacked: build %.2f ms, set %.2f ms, render %.2f ms\n", buildMs, setMs,
                    double(t.nsecsElapsed()) / 1e6);
        stacked.setRenderHint(QPainter::Antialiasing, false);
        t.restart();
        stacked.QWidget::render(&target);
        std::printf("  stacked render without antialiasing %.2f ms\n", double(t.nsecsElapsed()) / 1e6);
    }
    std::printf(
        "stacked_chart_8x3600_median: %.2f ms (1 h window downsampled to 1,200 buckets, build + render)\n",
        median(times));
}

ResultSet syntheticActive(int i)
{
    ResultSet::Data d;
    for (const char* c :
         {"backend_type", "wait_class", "wait_event", "query_id", "query", "application", "usr", "db"})
        d.columns.append({QString::fromLatin1(c), 0});
    const char* classes[] = {"CPU", "Lock", "IO", "LWLock", "Timeout", "Client"};
    const char* events[] = {"CPU", "transactionid", "DataFileRead", "WALWrite", "PgSleep", "ClientRead"};
    for (int s = 0; s < 3 + i % 5; ++s) {
        const int k = (i + s) % 6;
        d.rows.append({QStringLiteral("client backend"), QString::fromLatin1(classes[k]),
                       QString::fromLatin1(events[k]), qint64(1000 + (i + s) % 40),
                       QStringLiteral("SELECT %1").arg((i + s) % 40), QStringLiteral("app-%1").arg(s % 4),
                       QStringLiteral("user"), QStringLiteral("db")});
    }
    return ResultSet(std::move(d));
}

void benchWaitProfile()
{
    // 24 h of profile at 5 samples a second, then the tab's work: the chart's series over the day,
    // set and rendered, and the summary of the whole day for the tables.
    WaitProfile profile;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 24LL * 3600 * 1000;
    QElapsedTimer filling;
    filling.start();
    const long before = rssKb();
    for (int i = 0; i < 24 * 3600; ++i) {
        const ResultSet rows = syntheticActive(i);
        for (int k = 0; k < 5; ++k)
            profile.addSample(start + qint64(i) * 1000 + k * 200, rows);
    }
    profile.flush();
    std::printf(
        "wait_profile_add_sample_mean: %.1f us (432,000 samples of 3-7 sessions; profile memory %.1f MB)\n",
        double(filling.nsecsElapsed()) / 1e3 / (24 * 3600 * 5), double(rssKb() - before) / 1024.0);
    ui::TimeSeriesChart chart(QStringLiteral("waits"));
    for (int c = 0; c < WaitProfile::ClassCount; ++c)
        chart.addArea(WaitProfile::className(WaitProfile::Class(c)), QColor::fromHsv(c * 36, 200, 200));
    chart.resize(800, 300);
    chart.show();
    QPixmap target(chart.size());
    chart.setTimeWindow(start, start + 24LL * 3600 * 1000);
    QList<double> times, summaries;
    for (int round = 0; round < 11; ++round) {
        QElapsedTimer t;
        t.start();
        chart.setStackedData(profile.stackedSeries(start, 600));
        chart.QWidget::render(&target);
        if (round > 0)
            times << double(t.nsecsElapsed()) / 1e6;
        t.restart();
        const WaitProfile::Summary s = profile.summarize(start, start + 24LL * 3600 * 1000, 25);
        summaries << double(t.nsecsElapsed()) / 1e6;
        if (s.seconds != 24 * 3600)
            std::fprintf(stderr, "summary covers %d seconds\n", s.seconds);
    }
    std::printf("wait_chart_redraw_24h_median: %.2f ms (budget < 16 ms; 10 stacked classes, 86,400 seconds "
                "into 600 points, build + set + render 800x300)\n",
                median(times));
    std::printf("wait_summary_24h_median: %.1f ms (the tables' top lists over the whole day)\n",
                median(summaries));

    // The day in the local history: written as the profiler writes it (ten seconds a flush), then
    // read back into a new profile as the window does at start.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QElapsedTimer writing;
    {
        HistoryStore store;
        store.open(path);
        writing.start();
        for (qsizetype i = 0; i < profile.seconds().size(); ++i) {
            const WaitProfile::Second& second = profile.seconds().at(i);
            store.appendWaits(QStringLiteral("bench"), second.startMs, profile.packSecond(second),
                              profile.queriesOf(second));
        }
        store.flush();
    }
    const double writeUs = double(writing.nsecsElapsed()) / 1e3 / double(profile.seconds().size());
    HistoryStore store;
    store.open(path);
    QElapsedTimer restoring;
    restoring.start();
    WaitProfile restored;
    for (const WaitProfile::StoredQuery& q : store.loadWaitQueries(QStringLiteral("bench")))
        restored.restoreQuery(q);
    const auto stored = store.loadWaits(QStringLiteral("bench"), 0);
    const double readMs = double(restoring.nsecsElapsed()) / 1e6;
    for (const auto& [startMs, packed] : stored)
        restored.restoreSecond(startMs, packed);
    const double restoreMs = double(restoring.nsecsElapsed()) / 1e6;
    std::printf("wait_history_read_24h: %.0f ms of it reading SQLite\n", readMs);
    std::printf(
        "wait_history_write_per_second: %.1f us (pack + insert, batched by ten; file %.1f MB for 24 h)\n",
        writeUs, double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1e6);
    std::printf("wait_history_restore_24h: %.0f ms (%lld seconds read back at start; same summary: %s)\n",
                restoreMs, qlonglong(restored.seconds().size()),
                restored.summarize(start, start + 24LL * 3600 * 1000).aas ==
                        profile.summarize(start, start + 24LL * 3600 * 1000).aas
                    ? "yes"
                    : "NO");
}

void benchMemory()
{
    // What the panel holds and does per sample: the 24 h ring, and charts redrawn over the window.
    RingBuffer<ActivityPoint> ring(24 * 3600);
    ui::TimeSeriesChart chart(QStringLiteral("memory"));
    for (int s = 0; s < 5; ++s)
        chart.addLine(QStringLiteral("s%1").arg(s), Qt::blue);
    chart.resize(800, 300);
    chart.show();
    QPixmap target(chart.size());
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 48LL * 3600 * 1000;
    const long before = rssKb();
    QStringList report;
    for (int hour = 1; hour <= 48; ++hour) {
        for (int s = 0; s < 3600; ++s) {
            const int i = (hour - 1) * 3600 + s;
            ring.push(syntheticPoint(start + qint64(i) * 1000, i));
            if (s % 60 == 0) { // a redraw per simulated minute keeps the run short; each is the same work
                const qint64 now = start + qint64(i) * 1000;
                for (int f = 0; f < 5; ++f)
                    chart.setLineData(
                        f, ActivitySeries::series(ring, ActivityPoint::Field(f), now - 3600 * 1000));
                chart.QWidget::render(&target);
            }
        }
        if (hour == 1 || hour == 6 || hour == 12 || hour == 24 || hour == 36 || hour == 48)
            report << QStringLiteral("%1 h: %2 MB").arg(hour).arg(double(rssKb()) / 1024.0, 0, 'f', 1);
    }
    std::printf("rss_simulated_hours: %s (start %.1f MB; budget < 150 MB, flat; ring of 86,400 points)\n",
                qPrintable(report.join(QStringLiteral(", "))), double(before) / 1024.0);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool all = args.size() == 1;
    if (all || args.contains(QStringLiteral("sample")))
        benchSample();
    if (all || args.contains(QStringLiteral("chart")))
        benchChart();
    if (all || args.contains(QStringLiteral("waits")))
        benchWaitProfile();
    if (all || args.contains(QStringLiteral("memory")))
        benchMemory();
    // Not part of "all": it needs a display (run under xvfb-run with QT_QPA_PLATFORM=xcb).
    if (args.contains(QStringLiteral("window")))
        benchWindow();
    // "hold N": the same server for N seconds, by hand.
    if (const qsizetype hold = args.indexOf(QStringLiteral("hold")); hold > 0 && hold + 1 < args.size())
        holdLoadedServer(args.at(hold + 1).toInt());
    std::fflush(stdout);
    return 0;
}
