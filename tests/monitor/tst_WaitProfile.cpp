// SPDX-License-Identifier: GPL-3.0-or-later
// The wait profile against a real server with planted load: sessions blocked on a row lock, in
// pg_sleep, on the CPU, one waiting for its client in a COPY, idle transactions that are no load,
// and a scan of a table whose pages were just dropped from the cache (IO). Then the local history
// and the incident recorder: what they keep reads back the same.
#include "TestSandbox.h"

#include "db/Connection.h"
#include "db/DbClient.h"
#include "monitor/ActivityMonitor.h"
#include "monitor/HistoryStore.h"
#include "monitor/WaitProfiler.h"
#include "monitor/WaitRecorder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace sg;

namespace {

ConnectionOptions appOptions(const QString& app)
{
    ConnectionOptions o = test::sandboxOptions();
    o.session.applicationName = app;
    return o;
}

ResultSet rows(const QStringList& columns, const QList<QList<QVariant>>& values)
{
    ResultSet::Data d;
    for (const QString& c : columns)
        d.columns.append({c, 0});
    d.rows = values;
    return ResultSet(std::move(d));
}

ResultSet sessions(const QList<QStringList>& classEventApp)
{
    QList<QList<QVariant>> values;
    for (const QStringList& s : classEventApp)
        values.append({QStringLiteral("client backend"), s.at(0), s.at(1), QVariant(),
                       QStringLiteral("SELECT 1"), s.at(2), QStringLiteral("u"), QStringLiteral("d")});
    return rows({QStringLiteral("backend_type"), QStringLiteral("wait_class"), QStringLiteral("wait_event"),
                 QStringLiteral("query_id"), QStringLiteral("query"), QStringLiteral("application"),
                 QStringLiteral("usr"), QStringLiteral("db")},
                values);
}

const WaitProfile::Top* find(const QList<WaitProfile::Top>& tops, const QString& name)
{
    for (const WaitProfile::Top& t : tops)
        if (t.name == name)
            return &t;
    return nullptr;
}

double aasOf(const WaitProfile::Summary& s, WaitProfile::Dimension d, const QString& name)
{
    const WaitProfile::Top* t = find(s.tops[d], name);
    return t ? t->aas : 0.0;
}

WaitProfile::Summary everything(const WaitProfile& p)
{
    return p.summarize(0, std::numeric_limits<qint64>::max(), 100);
}

// Two summaries of the same seconds: the same load, class by class and name by name.
void compareSummaries(const WaitProfile::Summary& a, const WaitProfile::Summary& b)
{
    QCOMPARE(a.seconds, b.seconds);
    QCOMPARE(a.samples, b.samples);
    for (int c = 0; c < WaitProfile::ClassCount; ++c)
        QCOMPARE(a.perClass[c], b.perClass[c]);
    for (int d = 0; d < WaitProfile::DimensionCount; ++d) {
        QCOMPARE(a.tops[d].size(), b.tops[d].size());
        for (qsizetype i = 0; i < a.tops[d].size(); ++i) {
            QCOMPARE(a.tops[d][i].name, b.tops[d][i].name);
            QCOMPARE(a.tops[d][i].aas, b.tops[d][i].aas);
            QCOMPARE(a.tops[d][i].queryId, b.tops[d][i].queryId);
            QCOMPARE(a.tops[d][i].waitClass, b.tops[d][i].waitClass);
        }
    }
}

} // namespace

class tst_WaitProfile : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_admin, m_holder, m_idleTx;
    std::vector<std::unique_ptr<DbClient>> m_load;
    QProcess m_copy;

    DbClient* run(const QString& app, const QString& sql)
    {
        auto client = std::make_unique<DbClient>(app);
        client->open(appOptions(app));
        if (!QTest::qWaitFor([&] { return client->state() == ConnectionState::Connected; }, 10000))
            qFatal("%s did not connect", qPrintable(app));
        client->submit(QStringLiteral("load"), sql);
        m_load.push_back(std::move(client));
        return m_load.back().get();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_admin = std::make_unique<Connection>();
        DbError e;
        QVERIFY2(m_admin->open(appOptions(QStringLiteral("tst-admin")), &e), qPrintable(e.userMessage()));
        SG_VERIFY_EXEC(*m_admin, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
        SG_VERIFY_EXEC(*m_admin, QStringLiteral("CREATE TABLE \"Order Ref\" (id int PRIMARY KEY, v int);"
                                                "INSERT INTO \"Order Ref\" VALUES (1, 0)"));
        // The row lock: its holder is idle in a transaction (no load), its two waiters are Lock.
        m_holder = std::make_unique<Connection>();
        QVERIFY(m_holder->open(appOptions(QStringLiteral("tst-holder")), &e));
        SG_VERIFY_EXEC(*m_holder, QStringLiteral("BEGIN; UPDATE \"Order Ref\" SET v = 1 WHERE id = 1"));
        m_idleTx = std::make_unique<Connection>();
        QVERIFY(m_idleTx->open(appOptions(QStringLiteral("tst-idle-tx")), &e));
        SG_VERIFY_EXEC(*m_idleTx, QStringLiteral("BEGIN; SELECT 1"));
        for (int i = 0; i < 2; ++i)
            run(QStringLiteral("tst-lock"), QStringLiteral("UPDATE \"Order Ref\" SET v = 2 WHERE id = 1"));
        for (int i = 0; i < 3; ++i)
            run(QStringLiteral("tst-sleep"), QStringLiteral("SELECT pg_sleep(120)"));
        run(QStringLiteral("tst-cpu"), QStringLiteral("DO $$ BEGIN LOOP PERFORM 1; END LOOP; END $$"));
        // COPY FROM STDIN from a psql whose input never comes: active, waiting on its client.
        QProcessEnvironment env = test::sandbox().clientEnvironment();
        env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("tst-copy"));
        m_copy.setProcessEnvironment(env);
        m_copy.start(QStandardPaths::findExecutable(QStringLiteral("psql")),
                     {QStringLiteral("-X"), QStringLiteral("-d"), QStringLiteral("postgres"),
                      QStringLiteral("-c"), QStringLiteral("COPY \"Order Ref\" FROM STDIN")});
        QVERIFY(m_copy.waitForStarted());
        QVERIFY2(
            test::waitForSession(QStringLiteral("application_name = 'tst-copy' AND wait_event = 'ClientRead' "
                                                "AND state = 'active'")),
            m_copy.readAllStandardError().constData());
        auto all = [](const char* app, const char* condition, int n) {
            return test::waitForSession(QStringLiteral("(SELECT count(*) FROM pg_stat_activity WHERE "
                                                       "application_name = '%1' AND %2) = %3")
                                            .arg(QLatin1String(app), QLatin1String(condition))
                                            .arg(n));
        };
        QVERIFY(all("tst-lock", "wait_event_type = 'Lock'", 2));
        QVERIFY(all("tst-sleep", "wait_event = 'PgSleep'", 3));
        QVERIFY(test::waitForSession(QStringLiteral("application_name = 'tst-cpu' AND state = 'active'")));
    }

    void cleanupTestCase()
    {
        if (m_admin)
            test::execute(*m_admin,
                          QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                         "WHERE application_name LIKE 'tst-%' AND pid <> pg_backend_pid()"));
        m_copy.kill();
        m_copy.waitForFinished();
        m_load.clear();
        m_holder.reset();
        m_idleTx.reset();
        if (m_admin)
            test::execute(*m_admin, QStringLiteral("DROP TABLE IF EXISTS \"Order Ref\""));
    }

    void theProfileCountsWhatWasPlanted()
    {
        DbClient monitor(QStringLiteral("monitor"));
        monitor.open(test::sandboxOptions());
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionState::Connected, 10000);
        WaitProfiler profiler(&monitor);
        profiler.setRateHz(10);
        QCOMPARE(profiler.rateHz(), 10);
        QSignalSpy seconds(&profiler, &WaitProfiler::secondClosed);
        profiler.start();
        QTRY_VERIFY_WITH_TIMEOUT(seconds.count() >= 3, 10000);
        profiler.stop();
        QVERIFY(profiler.sampleCount() >= 10);

        const WaitProfile::Summary s = profiler.profile().summarize(0, std::numeric_limits<qint64>::max());
        QVERIFY(s.seconds >= 3);
        // Applications are exact: each planted session is in every sample.
        const auto& apps = s.tops[WaitProfile::Application];
        auto appAas = [&](const QString& name) {
            const WaitProfile::Top* t = find(apps, name);
            return t ? t->aas : 0.0;
        };
        QCOMPARE(appAas(QStringLiteral("tst-lock")), 2.0);
        QCOMPARE(appAas(QStringLiteral("tst-sleep")), 3.0);
        QCOMPARE(appAas(QStringLiteral("tst-cpu")), 1.0);
        QCOMPARE(appAas(QStringLiteral("tst-copy")), 1.0);
        // Idle in a transaction waits for its client between statements: no load.
        QVERIFY(!find(apps, QStringLiteral("tst-holder")));
        QVERIFY(!find(apps, QStringLiteral("tst-idle-tx")));
        // Classes: the server's own work (autovacuum) may add a little, never take away.
        auto near = [](double v, double planted) { return v >= planted && v < planted + 0.5; };
        QVERIFY2(near(s.perClass[WaitProfile::Lock], 2),
                 qPrintable(QString::number(s.perClass[WaitProfile::Lock])));
        QVERIFY(near(s.perClass[WaitProfile::Timeout], 3));
        QVERIFY(near(s.perClass[WaitProfile::Client], 1));
        QVERIFY(near(s.perClass[WaitProfile::Cpu], 1));
        const auto& waits = s.tops[WaitProfile::WaitEvent];
        QVERIFY(find(waits, QStringLiteral("PgSleep")));
        QCOMPARE(find(waits, QStringLiteral("PgSleep"))->waitClass, WaitProfile::Timeout);
        QCOMPARE(find(waits, QStringLiteral("transactionid"))->waitClass, WaitProfile::Lock);
        QCOMPARE(find(waits, QStringLiteral("ClientRead"))->waitClass, WaitProfile::Client);
        QVERIFY(std::abs(find(waits, QStringLiteral("PgSleep"))->sharePct - 100.0 * 3 / s.aas) < 1e-9);
        QVERIFY(std::abs(s.aas - (s.perClass[WaitProfile::Lock] + s.perClass[WaitProfile::Timeout] +
                                  s.perClass[WaitProfile::Client] + s.perClass[WaitProfile::Cpu] +
                                  s.perClass[WaitProfile::IO] + s.perClass[WaitProfile::LWLock] +
                                  s.perClass[WaitProfile::IPC] + s.perClass[WaitProfile::Other] +
                                  s.perClass[WaitProfile::BufferPin] + s.perClass[WaitProfile::Extension])) <
                1e-9);
        const auto& users = s.tops[WaitProfile::User];
        QVERIFY(!users.isEmpty());
        QCOMPARE(users.first().name, QStringLiteral("sightglass")); // the sandbox role
        QCOMPARE(s.tops[WaitProfile::Database].first().name, QStringLiteral("postgres"));
    }

    void queriesGoByQueryIdFrom14()
    {
        DbClient monitor(QStringLiteral("monitor"));
        monitor.open(test::sandboxOptions());
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionState::Connected, 10000);
        WaitProfiler profiler(&monitor);
        QSignalSpy seconds(&profiler, &WaitProfiler::secondClosed);
        profiler.start();
        QTRY_VERIFY_WITH_TIMEOUT(seconds.count() >= 1, 10000);
        profiler.stop();
        const WaitProfile::Summary s = profiler.profile().summarize(0, std::numeric_limits<qint64>::max());
        const WaitProfile::Top* sleep =
            find(s.tops[WaitProfile::Query], QStringLiteral("SELECT pg_sleep(120)"));
        QVERIFY(sleep);
        QCOMPARE(sleep->aas, 3.0); // three sessions, one statement
        if (test::serverMajor() < 14) {
            QCOMPARE(sleep->queryId, 0); // 13 has none: the text is the key
            return;
        }
        DbRequest r;
        r.sql = QStringLiteral(
            "SELECT DISTINCT query_id FROM pg_stat_activity WHERE application_name = 'tst-sleep'");
        DbError e;
        const ResultSet ids = m_admin->execute(r, &e);
        QCOMPARE(ids.rowCount(), 1);
        QVERIFY(sleep->queryId != 0);
        QCOMPARE(sleep->queryId, ids.value(0, 0).toLongLong());
        // The lock waiters' statement is the holder's with other constants: one query_id, whose
        // pg_stat_statements row the holder's finished UPDATE made.
        const WaitProfile::Top* update =
            find(s.tops[WaitProfile::Query], QStringLiteral("UPDATE \"Order Ref\" SET v = 2 WHERE id = 1"));
        QVERIFY(update);
        QCOMPARE(update->aas, 2.0);
        QSignalSpy read(&profiler, &WaitProfiler::statementsRead);
        profiler.readStatements({update->queryId, 42});
        QVERIFY(read.wait(10000));
        const ResultSet statements = read.first().first().value<ResultSet>();
        QCOMPARE(statements.rowCount(), 1);
        QCOMPARE(statements.value(0, QStringLiteral("query_id")).toLongLong(), update->queryId);
        QCOMPARE(statements.value(0, QStringLiteral("query")).toString(),
                 QStringLiteral("UPDATE \"Order Ref\" SET v = $1 WHERE id = $2"));
        QVERIFY(statements.value(0, QStringLiteral("calls")).toLongLong() >= 1);
    }

    void aColdScanIsIo()
    {
#ifndef Q_OS_LINUX
        QSKIP("drops the table's pages from the cache with posix_fadvise (Linux)");
#else
        // Larger than a quarter of shared_buffers, so a scan goes through a small ring and reads
        // its pages from the file, whose cached pages are dropped before each scan.
        SG_VERIFY_EXEC(*m_admin, QStringLiteral("CREATE TABLE cold AS SELECT g, repeat('x', 500) AS v "
                                                "FROM generate_series(1, 200000) g"));
        DbRequest r;
        r.sql =
            QStringLiteral("SELECT current_setting('data_directory') || '/' || pg_relation_filepath('cold')");
        DbError e;
        const QString file = m_admin->execute(r, &e).value(0, 0).toString();
        QVERIFY2(QFile::exists(file), qPrintable(file));
        DbClient monitor(QStringLiteral("monitor"));
        monitor.open(test::sandboxOptions());
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionState::Connected, 10000);
        WaitProfiler profiler(&monitor);
        profiler.setRateHz(10);
        profiler.start();
        DbClient scanner(QStringLiteral("tst-io"));
        scanner.open(appOptions(QStringLiteral("tst-io")));
        QTRY_COMPARE_WITH_TIMEOUT(scanner.state(), ConnectionState::Connected, 10000);
        // A fast disk serves a cold page in microseconds: scan until a sample caught a read.
        int scans = 0;
        auto ioSeen = [&] {
            return profiler.profile()
                       .summarize(0, std::numeric_limits<qint64>::max(), 10, true)
                       .perClass[WaitProfile::IO] > 0;
        };
        for (; scans < 60 && !ioSeen(); ++scans) {
            const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
            QVERIFY(fd >= 0);
            ::fdatasync(fd);
            QCOMPARE(::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED), 0);
            ::close(fd);
            QSignalSpy done(&scanner, &DbClient::replied);
            scanner.submit(QStringLiteral("scan"), QStringLiteral("SELECT count(*) FROM cold WHERE v <> ''"));
            QVERIFY(done.wait(30000));
            QVERIFY(done.first().first().value<DbReply>().ok());
            QTest::qWait(120); // a sample after the scan
        }
        profiler.stop();
        SG_VERIFY_EXEC(*m_admin, QStringLiteral("DROP TABLE cold"));
        const WaitProfile::Summary s = everything(profiler.profile());
        QVERIFY2(s.perClass[WaitProfile::IO] > 0,
                 qPrintable(QStringLiteral("no IO sampled in %1 scans").arg(scans)));
        bool readEvent = false;
        for (const WaitProfile::Top& t : s.tops[WaitProfile::WaitEvent])
            readEvent |= t.waitClass == WaitProfile::IO;
        QVERIFY(readEvent);
        // The planted sessions are still there, unchanged.
        QCOMPARE(aasOf(s, WaitProfile::Application, QStringLiteral("tst-sleep")), 3.0);
#endif
    }

    void theHistoryKeepsTheProfileAcrossARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const QString server = QStringLiteral("sandbox \"Order Ref\"");
        WaitProfile::Summary before;
        {
            HistoryStore store;
            QVERIFY2(store.open(path), qPrintable(store.lastError()));
            DbClient monitor(QStringLiteral("monitor"));
            monitor.open(test::sandboxOptions());
            QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionState::Connected, 10000);
            WaitProfiler profiler(&monitor);
            profiler.attachHistory(&store, server);
            QCOMPARE(profiler.profile().seconds().size(), 0);
            QSignalSpy seconds(&profiler, &WaitProfiler::secondClosed);
            profiler.setRateHz(10);
            profiler.start();
            QTRY_VERIFY_WITH_TIMEOUT(seconds.count() >= 3, 10000);
            profiler.stop(); // closes the last second and writes what is pending
            QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
            before = everything(profiler.profile());
        }
        // A restart: a new store on the same file, a new profiler with nothing sampled yet.
        HistoryStore store;
        QVERIFY(store.open(path));
        DbClient offline(QStringLiteral("monitor"));
        WaitProfiler restored(&offline);
        restored.attachHistory(&store, server);
        const WaitProfile::Summary after = everything(restored.profile());
        compareSummaries(before, after);
        QCOMPARE(aasOf(after, WaitProfile::Application, QStringLiteral("tst-lock")), 2.0);
        // The queries' texts and ids came back too (kept once per query, not once per second).
        const WaitProfile::Top* sleep =
            find(after.tops[WaitProfile::Query], QStringLiteral("SELECT pg_sleep(120)"));
        QVERIFY(sleep);
        QCOMPARE(sleep->queryId != 0, test::serverMajor() >= 14);
        // Another server's history is not this one's; a second attach adds nothing twice.
        WaitProfiler other(&offline);
        other.attachHistory(&store, QStringLiteral("another"));
        QCOMPARE(other.profile().seconds().size(), 0);
        restored.attachHistory(&store, server);
        QCOMPARE(everything(restored.profile()).seconds, before.seconds);
        // Past the retention, pruning removes the seconds and the texts no second names any more.
        store.setRetentionMs(0);
        QVERIFY(store.prune(QDateTime::currentMSecsSinceEpoch() + 1000));
        QCOMPARE(store.loadWaits(server, 0).size(), 0);
        QCOMPARE(store.loadWaitQueries(server).size(), 0);
    }

    void theRecorderWritesAFileThatReadsBack()
    {
        DbClient monitor(QStringLiteral("monitor"));
        monitor.open(test::sandboxOptions());
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionState::Connected, 10000);
        WaitProfiler profiler(&monitor);
        profiler.setRateHz(2);
        WaitRecorder recorder(&profiler);
        QSignalSpy finished(&recorder, &WaitRecorder::finished);
        recorder.start(2, QStringLiteral("sandbox"), monitor.capabilities().serverVersionNum, 8);
        QCOMPARE(profiler.rateHz(), WaitRecording::RateHz); // 10 a second while recording
        profiler.start();
        QVERIFY(finished.wait(10000)); // its limit ends it
        QVERIFY(!recorder.isRecording());
        QCOMPARE(profiler.rateHz(), 2); // and the profiler's own rate comes back
        profiler.stop();
        const WaitRecording& recording = recorder.recording();
        QVERIFY2(recording.sampleCount() >= 12, qPrintable(QString::number(recording.sampleCount())));
        QVERIFY(recording.lastMs() - recording.firstMs() < 2000);
        // Seven planted sessions in every sample (two lock waiters, three sleepers, the loop, the COPY).
        QVERIFY(recording.sessionSamples() >= 7LL * recording.sampleCount());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("incident \"Order Ref\".sgrec"));
        QString error;
        // Nowhere to write: a clear message, and the recording is still there to save elsewhere.
        QVERIFY(!recording.save(dir.filePath(QStringLiteral("missing/dir/x.sgrec")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing/dir")), qPrintable(error));
        QVERIFY2(recording.save(path, &error), qPrintable(error));

        WaitRecording read;
        QVERIFY2(WaitRecording::load(path, &read, &error), qPrintable(error));
        QCOMPARE(read.server(), QStringLiteral("sandbox"));
        QCOMPARE(read.serverVersionNum(), monitor.capabilities().serverVersionNum);
        QCOMPARE(read.serverCpus(), 8);
        QCOMPARE(read.sampleCount(), recording.sampleCount());
        QCOMPARE(read.sessionSamples(), recording.sessionSamples());
        QCOMPARE(read.firstMs(), recording.firstMs());
        WaitProfile live, replayed;
        recording.replay(&live);
        read.replay(&replayed);
        compareSummaries(everything(live), everything(replayed));
        const WaitProfile::Summary s = everything(replayed);
        QCOMPARE(aasOf(s, WaitProfile::Application, QStringLiteral("tst-lock")), 2.0);
        QCOMPARE(aasOf(s, WaitProfile::Application, QStringLiteral("tst-sleep")), 3.0);
        QVERIFY(s.perClass[WaitProfile::Lock] >= 2.0);
        if (test::serverMajor() >= 14) { // 64-bit query ids survive the file (JSON numbers do not)
            const WaitProfile::Top* sleep =
                find(s.tops[WaitProfile::Query], QStringLiteral("SELECT pg_sleep(120)"));
            QVERIFY(sleep && sleep->queryId != 0);
            QCOMPARE(sleep->queryId,
                     find(everything(live).tops[WaitProfile::Query], QStringLiteral("SELECT pg_sleep(120)"))
                         ->queryId);
        }
        // Each query text is in the file once, however many samples name it.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("SELECT pg_sleep(120)"), 1);
    }

    void aDamagedRecordingIsRefusedWithAReason()
    {
        QTemporaryDir dir;
        auto write = [&](const QString& name, const QByteArray& bytes) {
            const QString path = dir.filePath(name);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(path));
            return path;
        };
        WaitRecording r;
        r.setSource(QStringLiteral("s"), 150000);
        r.add(1'700'000'000'000,
              sessions({{QStringLiteral("Lock"), QStringLiteral("tuple"), QStringLiteral("a")}}));
        r.add(1'700'000'000'100, sessions({}));
        const QString good = dir.filePath(QStringLiteral("good.sgrec"));
        QString error;
        QVERIFY(r.save(good, &error));
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const struct
        {
            const char* name;
            QByteArray content;
            const char* says;
        } cases[] = {
            {"truncated", bytes.left(bytes.size() / 2), "damaged"},
            {"text", "SELECT 1;\n", "is not a Sightglass recording"},
            {"other json", R"({"format": "something else"})", "is not a Sightglass recording"},
            {"newer", QByteArray(bytes).replace("\"version\":1", "\"version\":9"), "newer Sightglass"},
            {"text index", QByteArray(bytes).replace("\"texts\":[\"SELECT 1\"]", "\"texts\":[]"),
             "query text that is not there"},
            {"short row", QByteArray(bytes).replace("\"tuple\",", ""), "values for"},
        };
        for (const auto& c : cases) {
            QVERIFY2(c.content != bytes, c.name);
            WaitRecording out;
            QVERIFY2(!WaitRecording::load(write(QString::fromLatin1(c.name), c.content), &out, &error),
                     c.name);
            QVERIFY2(error.contains(QLatin1String(c.says)),
                     qPrintable(QLatin1String(c.name) + QStringLiteral(": ") + error));
        }
        WaitRecording out;
        QVERIFY(!WaitRecording::load(dir.filePath(QStringLiteral("absent.sgrec")), &out, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
        QVERIFY(WaitRecording::load(good, &out, &error));
        QCOMPARE(out.sampleCount(), 2);
    }

    void aFailedHistoryWriteIsReportedAndTheNextOneWorks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        HistoryStore store;
        QVERIFY(store.open(path));
        WaitProfile p;
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60'000;
        auto secondAt = [&](qint64 t) {
            p.addSample(t,
                        sessions({{QStringLiteral("Lock"), QStringLiteral("tuple"), QStringLiteral("a")}}));
            p.flush();
            store.appendWaits(QStringLiteral("srv"), t, p.packSecond(p.latest()), p.queriesOf(p.latest()));
        };
        // Another process took the table away (a full disk fails the same way: the write, not the panel).
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("ALTER TABLE waits RENAME TO gone")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        for (int i = 0; i < 10; ++i)
            secondAt(t0 + i * 1000);
        QVERIFY2(store.lastError().contains(QStringLiteral("could not write the history")),
                 qPrintable(store.lastError()));
        QVERIFY(store.flush()); // nothing pending: the failed batch was dropped, memory stays bounded
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("ALTER TABLE gone RENAME TO waits")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        for (int i = 10; i < 20; ++i)
            secondAt(t0 + i * 1000);
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        QCOMPARE(store.loadWaits(QStringLiteral("srv"), 0).size(), 10);
        QCOMPARE(store.loadWaitQueries(QStringLiteral("srv")).size(), 1); // once, however many seconds
    }

    void aPackedSecondReadsBackAndADamagedOneIsSkipped()
    {
        WaitProfile p;
        const qint64 t0 = 1'700'000'000'000;
        p.addSample(t0, sessions({{QStringLiteral("Lock"), QStringLiteral("tuple"),
                                   QStringLiteral("a\"; DROP TABLE x; --")},
                                  {QStringLiteral("CPU"), QStringLiteral("CPU"), QStringLiteral("中文")}}));
        p.addSample(t0 + 500,
                    sessions({{QStringLiteral("CPU"), QStringLiteral("CPU"), QStringLiteral("中文")}}));
        p.flush();
        const QByteArray packed = p.packSecond(p.latest());
        WaitProfile back;
        for (const WaitProfile::StoredQuery& q : p.queriesOf(p.latest()))
            back.restoreQuery(q);
        QVERIFY(back.restoreSecond(t0, packed));
        compareSummaries(everything(p), everything(back));
        QVERIFY(!back.restoreSecond(t0, packed)); // not newer than the newest: once only
        // Cut anywhere, or from a newer format: skipped, nothing half-read.
        for (qsizetype cut = 1; cut < packed.size(); ++cut)
            QVERIFY2(!back.restoreSecond(t0 + 1000, packed.left(cut)), qPrintable(QString::number(cut)));
        QByteArray newer = packed;
        newer[0] = char(99);
        QVERIFY(!back.restoreSecond(t0 + 1000, newer));
        QCOMPARE(back.seconds().size(), 1);
    }

    void theCpuLineIsThisMachinesOnlyForALocalServer()
    {
        auto cpus = [](const QString& conninfo) {
            DbError e;
            return ActivityMonitor::localServerCpus(ConnectionOptions::parse(conninfo, &e));
        };
        const int here = QThread::idealThreadCount();
        QCOMPARE(cpus(QStringLiteral("host=127.0.0.1 dbname=x")), here);
        QCOMPARE(cpus(QStringLiteral("host=/run/postgresql dbname=x")), here);
        QCOMPARE(cpus(QStringLiteral("host=db.example.com dbname=x")), 0);
        QCOMPARE(cpus(QStringLiteral("host=localhost hostaddr=10.0.0.5 dbname=x")), 0);
        // No host in the string: libpq takes PGHOST.
        const QByteArray saved = qgetenv("PGHOST");
        qputenv("PGHOST", "db.example.com");
        QCOMPARE(cpus(QStringLiteral("dbname=x")), 0);
        qputenv("PGHOST", "/tmp");
        QCOMPARE(cpus(QStringLiteral("dbname=x")), here);
        if (saved.isNull())
            qunsetenv("PGHOST");
        else
            qputenv("PGHOST", saved);
    }

    void secondsAverageTheirSamplesAndTheRingIsBounded()
    {
        WaitProfile p(3);
        const qint64 t0 = 1'700'000'000'000;
        // One second with two samples: one session on CPU, then three (two on a lock): AAS 2.
        p.addSample(t0, sessions({{QStringLiteral("CPU"), QStringLiteral("CPU"), QStringLiteral("a")}}));
        p.addSample(t0 + 500,
                    sessions({{QStringLiteral("CPU"), QStringLiteral("CPU"), QStringLiteral("a")},
                              {QStringLiteral("Lock"), QStringLiteral("tuple"), QStringLiteral("b")},
                              {QStringLiteral("Lock"), QStringLiteral("tuple"), QStringLiteral("b")}}));
        QCOMPARE(p.seconds().size(), 0); // still open
        p.addSample(t0 + 1000, sessions({}));
        QCOMPARE(p.seconds().size(), 1);
        QCOMPARE(WaitProfile::aas(p.seconds().at(0), WaitProfile::Cpu), 1.0);
        QCOMPARE(WaitProfile::aas(p.seconds().at(0), WaitProfile::Lock), 1.0);
        p.flush(); // the empty second counts: sampled, nothing active
        const WaitProfile::Summary s = p.summarize(t0, t0 + 1000);
        QCOMPARE(s.seconds, 2);
        QCOMPARE(s.samples, 3);
        QCOMPARE(s.aas, 1.0); // (2 + 0) / 2
        QCOMPARE(s.tops[WaitProfile::Application].first().name, QStringLiteral("a"));
        QCOMPARE(s.tops[WaitProfile::Application].first().sharePct, 50.0);
        QCOMPARE(WaitProfile::classOf(QStringLiteral("InjectionPoint")), WaitProfile::Other);
        // Outside the range: nothing.
        QCOMPARE(p.summarize(t0 + 5000, t0 + 9000).seconds, 0);
        for (int i = 2; i < 10; ++i)
            p.addSample(t0 + i * 1000, sessions({}));
        p.flush();
        QCOMPARE(p.seconds().size(), 3);
        QCOMPARE(p.seconds().at(0).startMs, t0 + 7000);
    }

    void theChartSeriesAveragesBucketsAndDropsToZeroInAGap()
    {
        WaitProfile p;
        const qint64 t0 = 1'700'000'000'000;
        const ResultSet oneCpuOneLock =
            sessions({{QStringLiteral("CPU"), QStringLiteral("CPU"), QStringLiteral("a")},
                      {QStringLiteral("Lock"), QStringLiteral("tuple"), QStringLiteral("a")}});
        for (int i = 0; i < 10; ++i)
            p.addSample(t0 + i * 1000, oneCpuOneLock);
        p.flush();
        const QList<QList<QPointF>> five = p.stackedSeries(t0, 5);
        QCOMPARE(five.size(), int(WaitProfile::ClassCount));
        QCOMPARE(five[WaitProfile::Cpu].size(), 5); // ten seconds, two per point
        QCOMPARE(five[WaitProfile::Cpu].at(0), QPointF(double(t0), 1.0));
        QCOMPARE(five[WaitProfile::Lock].at(4), QPointF(double(t0 + 8000), 2.0)); // cumulative: CPU + Lock
        QCOMPARE(five[WaitProfile::Other].at(4).y(), 2.0);
        // Sampling stopped for a minute, then went on: the chart drops to zero across the gap.
        for (int i = 70; i < 73; ++i)
            p.addSample(t0 + i * 1000, oneCpuOneLock);
        p.flush();
        const QList<QPointF> cpu = p.stackedSeries(t0, 1200)[WaitProfile::Cpu];
        QCOMPARE(cpu.size(), 10 + 2 + 3);
        QCOMPARE(cpu.at(10), QPointF(double(t0 + 10000), 0.0));
        QCOMPARE(cpu.at(11), QPointF(double(t0 + 69000), 0.0));
        QCOMPARE(cpu.at(12), QPointF(double(t0 + 70000), 1.0));
    }
};

QTEST_GUILESS_MAIN(tst_WaitProfile)
#include "tst_WaitProfile.moc"
