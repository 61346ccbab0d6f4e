// SPDX-License-Identifier: GPL-3.0-or-later
// Advisor at scale: 10,000 tables with 30,000 indexes and 10,000 foreign keys in the sandbox.
// Prints each catalog query's time, the time from refresh to both panels filled and sorted, and
// the longest UI-thread stall meanwhile. Run: build/dev/tests/bench/bench_advisor
#include "advisor/Advisor.h"
#include "db/Connection.h"
#include "db/DbClient.h"
#include "db/ResultTableModel.h"
#include "db/SandboxServer.h"
#include "db/ServerSession.h"
#include "db/SqlLibrary.h"
#include "ui/advisor/AdvisorPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <ctime>

#include <cstdio>

using namespace sg;

namespace {

/// CPU time of the calling thread: tells a stall the UI thread spent working from one it spent
/// waiting for a core (2 cores here, shared with the server and the analysis thread).
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

bool exec(Connection& c, const QString& sql)
{
    DbRequest r;
    r.sql = sql;
    DbError e;
    c.execute(r, &e);
    if (e.isError())
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
    return !e.isError();
}

void waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int tables = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;

    SandboxServer server;
    server.setSetting(QStringLiteral("max_locks_per_transaction"), QStringLiteral("1024"));
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Connection admin;
    DbError e;
    ConnectionOptions o = server.options();
    o.session.statementTimeoutMs = 0;
    admin.open(o, &e);
    QElapsedTimer build;
    build.start();
    exec(admin, QStringLiteral("CREATE TABLE public.parent (id int PRIMARY KEY)"));
    const int batch = 250;
    for (int first = 0; first < tables; first += batch) {
        exec(admin, QStringLiteral(R"(
            DO $$ BEGIN
              FOR i IN %1..%2 LOOP
                EXECUTE format('CREATE SCHEMA IF NOT EXISTS s%3');
                EXECUTE format('CREATE TABLE s%3.t%s (id int PRIMARY KEY, a int, b int, parent_id int REFERENCES public.parent (id))', i);
                EXECUTE format('CREATE INDEX ON s%3.t%s (a)', i);
                EXECUTE format('CREATE INDEX ON s%3.t%s (b, a)', i);
              END LOOP;
            END $$)")
                            .arg(first)
                            .arg(qMin(first + batch, tables) - 1)
                            .arg(first / 1000));
    }
    exec(admin, QStringLiteral("ANALYZE"));
    std::printf("schema: %d tables, %d indexes, %d foreign keys built in %.1f s\n", tables, 3 * tables, tables,
                double(build.elapsed()) / 1000.0);

    ServerSession session;
    session.open(server.options());
    waitFor([&] {
        return session.interactive()->state() == ConnectionState::Connected
               && session.catalog()->state() == ConnectionState::Connected;
    }, 15000);
    Advisor advisor(session.interactive(), session.catalog()); // as the window sets it up
    ui::AdvisorPanel indexes(ui::AdvisorPanel::Variant::Indexes, &advisor, &session);
    ui::AdvisorPanel bloat(ui::AdvisorPanel::Variant::Bloat, &advisor, &session);
    indexes.resize(1200, 700);
    bloat.resize(1200, 700);
    indexes.show();
    bloat.show();

    for (int round = 0; round < 3; ++round) {
        QElapsedTimer clock;
        clock.start();
        double maxGap = 0, maxGapCpu = 0;
        qint64 last = clock.nsecsElapsed(), lastCpu = threadCpuNs();
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed(), cpu = threadCpuNs();
            if (double(now - last) / 1e6 > maxGap) {
                maxGap = double(now - last) / 1e6;
                maxGapCpu = double(cpu - lastCpu) / 1e6; // how much of it the UI thread ran
            }
            last = now;
            lastCpu = cpu;
        });
        tick.start();
        bool updated = false;
        auto c = QObject::connect(&advisor, &Advisor::updated, [&] { updated = true; });
        advisor.refresh();
        waitFor([&] { return updated; }, 120000);
        const double toModels = double(clock.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents(); // what the update queued for the views (relayout, paint)
        if (double(clock.nsecsElapsed() - last) / 1e6 > maxGap) {
            maxGap = double(clock.nsecsElapsed() - last) / 1e6;
            maxGapCpu = double(threadCpuNs() - lastCpu) / 1e6;
        }
        const double refreshGap = maxGap;
        QElapsedTimer sortClock;
        sortClock.start();
        // filled and sorted: sort both tables by size, as a user clicking the header would
        auto column = [](const ResultTableModel* m, const char* name) {
            return qMax(0, m->result().columnIndex(QString::fromLatin1(name)));
        };
        indexes.objects()->sortByColumn(column(advisor.indexModel(), "size_bytes"), Qt::DescendingOrder);
        bloat.objects()->sortByColumn(column(advisor.tableModel(), "dead_tuples"), Qt::DescendingOrder);
        QCoreApplication::processEvents();
        const double sortMs = double(sortClock.nsecsElapsed()) / 1e6;
        const double toSorted = double(clock.nsecsElapsed()) / 1e6;
        tick.stop();
        QObject::disconnect(c);
        const AdvisorSnapshot& s = advisor.snapshot();
        std::printf("round %d: catalog queries %.0f ms (server round trips, summed; two run in parallel), refresh to filled models %.0f ms, "
                    "to both panels sorted %.0f ms (budget < 2000 ms); %lld index rows, %lld table rows, %lld findings; "
                    "longest UI-thread stall %.1f ms during the refresh (%.1f ms of it on the CPU), %.1f ms with the two header-click sorts\n",
                    round + 1, double(s.queryUs) / 1000.0, toModels, toSorted, qlonglong(s.indexes.rowCount()),
                    qlonglong(s.tables.rowCount()), qlonglong(s.findings.size()), refreshGap, maxGapCpu, sortMs);
        for (const auto& [name, rs] : {std::pair{"advisor_indexes", s.indexes}, std::pair{"advisor_foreign_keys", s.foreignKeys},
                                       std::pair{"advisor_tables", s.tables}})
            std::printf("  %s: %.0f ms\n", name, double(rs.elapsedUs()) / 1000.0);
    }

    // The production-health queries at the same scale, with 100 sequences (a third of them feeding
    // an integer column): median of five, as round trips on a local socket (budget < 20 ms of
    // server time per refresh).
    exec(admin, QStringLiteral(R"(
        DO $$ BEGIN
          FOR i IN 0..99 LOOP
            EXECUTE format('CREATE SEQUENCE s0.seq%s', i);
            EXECUTE format('SELECT setval(''s0.seq%s'', %s)', i, 1000000 * (i + 1));
            IF i % 3 = 0 THEN
              EXECUTE format('ALTER SEQUENCE s0.seq%s OWNED BY s0.t%s.a', i, i);
            END IF;
          END LOOP;
        END $$)"));
    const int major = admin.serverVersion() / 10000;
    // The Production health panel's queries, by how often it runs them: the light ones every 10 s
    // (progress every second while a command runs), the three that rank every table every minute.
    struct Query
    {
        const char* name;
        bool everyMinute;
    };
    double light = 0, heavy = 0;
    for (const Query q :
         {Query{"health_wraparound", false}, Query{"health_xmin_holders", false},
          Query{"health_autovacuum", false}, Query{"health_progress", false},
          Query{"report_checkpoints", false}, Query{"report_io", false}, Query{"health_replicas", false},
          Query{"health_slots", false}, Query{"health_wal", false}, Query{"health_oldest_tables", true},
          Query{"health_sequences", true}, Query{"health_vacuum_queue", true}}) {
        const QString sql = SqlLibrary::load(QString::fromLatin1(q.name), major);
        if (sql.isEmpty()) { // pg_stat_io before 16: the panel does not run it
            std::printf("  %s: not on this version\n", q.name);
            continue;
        }
        QList<double> ms;
        qlonglong rows = 0;
        for (int i = 0; i < 5; ++i) {
            const ResultSet rs = admin.execute(sql, {}, &e);
            if (e.isError()) {
                std::fprintf(stderr, "%s: %s\n", q.name, qPrintable(e.userMessage()));
                return 1;
            }
            ms << double(rs.elapsedUs()) / 1000.0;
            rows = rs.rowCount();
        }
        std::sort(ms.begin(), ms.end());
        (q.everyMinute ? heavy : light) += ms.at(2);
        std::printf("  %s: %.1f ms median of 5 (%lld rows)%s\n", q.name, ms.at(2), rows,
                    q.everyMinute ? " [every 60 s]" : " [every 10 s]");
    }
    std::printf("production health: %.1f ms per 10 s refresh (budget < 20 ms), %.1f ms more once a minute; "
                "%.2f ms of server time per second on average\n",
                light, heavy, light / 10.0 + heavy / 60.0);
    return 0;
}
