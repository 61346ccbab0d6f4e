// SPDX-License-Identifier: GPL-3.0-or-later
// `sightglass report` on the demo data: every planted problem is in it, in every format.
#include "TestSandbox.h"

#include "db/Connection.h"
#include "db/DemoEnvironment.h"
#include "db/SandboxServer.h"
#include "monitor/HistoryStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace sg;

class tst_ReportCommand : public QObject
{
    Q_OBJECT
    QString m_conninfo;

    static int report(const QStringList& args, QString* out, QString* err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(SG_BINARY), QStringList{QStringLiteral("report")} + args);
        if (!p.waitForFinished(120000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(DemoEnvironment::load(test::sandbox(), &error), qPrintable(error));
        m_conninfo = test::sandbox().conninfo(QString::fromLatin1(DemoEnvironment::DatabaseName));
    }

    void jsonHasEveryPlantedProblem()
    {
        QString out, err;
        QCOMPARE(report({QStringLiteral("--connect"), m_conninfo, QStringLiteral("--format"), QStringLiteral("json")}, &out, &err), 0);
        QJsonParseError pe;
        const QJsonObject j = QJsonDocument::fromJson(out.toUtf8(), &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        QVERIFY(j.value(QStringLiteral("server")).toObject().value(QStringLiteral("version")).toString().startsWith(QLatin1String("1")));
        QVERIFY(j.value(QStringLiteral("settings")).toObject().contains(QStringLiteral("shared_buffers")));
        QVERIFY(j.value(QStringLiteral("pg_stat_statements")).toObject().value(QStringLiteral("installed")).toBool());
        QVERIFY(j.value(QStringLiteral("connections")).toObject().value(QStringLiteral("usable")).toInt() > 0);
        QSet<QString> found;
        for (const QJsonValue& f : j.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject o = f.toObject();
            found << o.value(QStringLiteral("kind")).toString() + QLatin1Char(':') + o.value(QStringLiteral("table")).toString()
                         + QLatin1Char(':') + o.value(QStringLiteral("object")).toString();
        }
        const QStringList expected = {
            QStringLiteral("unused_index:pgbench_history:pgbench_history_mtime_idx"),
            QStringLiteral("duplicate_index:pgbench_tellers:pgbench_tellers_bid_idx"),
            QStringLiteral("redundant_index:pgbench_branches:pgbench_branches_bid_idx"),
            QStringLiteral("unindexed_foreign_key:pgbench_accounts:pgbench_accounts_bid_fkey"),
            QStringLiteral("table_bloat:demo_bloat:"),
            QStringLiteral("vacuum_due:demo_bloat:"),
            QStringLiteral("unused_index:a\"; DROP TABLE x; --:idx \"Customer Name\" ünused"),
        };
        for (const QString& e : expected)
            QVERIFY2(found.contains(e), qPrintable(e + QStringLiteral(" missing from ") + QStringList(found.values()).join(QStringLiteral(" | "))));
        // The demo's sequence near its limit leads the sequences, narrowed by its integer column.
        const QJsonObject nearest = j.value(QStringLiteral("sequences")).toArray().first().toObject();
        QCOMPARE(nearest.value(QStringLiteral("sequence")).toString(), QStringLiteral("demo_tickets_id_seq"));
        QCOMPARE(nearest.value(QStringLiteral("limit_value")).toInteger(), 2147483647);
        QVERIFY(nearest.value(QStringLiteral("used_pct")).toDouble() > 91.9);
    }

    void checkpointsAndIoFromEachVersionsViews()
    {
        // pg_stat_bgwriter up to 16, pg_stat_checkpointer from 17 on; pg_stat_io from 16 on.
        const int major = test::serverMajor();
        Connection c;
        DbError e;
        QVERIFY(c.open(test::sandboxOptions(), &e));
        DbRequest r;
        r.sql = QStringLiteral("CHECKPOINT"); // a requested one
        c.execute(r, &e);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        r.sql = major >= 17 ? QStringLiteral("SELECT num_requested FROM pg_stat_checkpointer")
                            : QStringLiteral("SELECT checkpoints_req FROM pg_stat_bgwriter");
        // Up to 14 the checkpointer reports through the statistics collector, a moment later.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                Connection fresh; // a new session: no statistics snapshot of its own yet
                return fresh.open(test::sandboxOptions(), &e) && fresh.execute(r, &e).value(0, 0).toLongLong() >= 1;
            }(),
            10000);
        QString out;
        QCOMPARE(report({QStringLiteral("--connect"), m_conninfo, QStringLiteral("--format"), QStringLiteral("json")}, &out), 0);
        const QJsonObject j = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonObject cp = j.value(QStringLiteral("checkpoints")).toObject();
        QVERIFY2(cp.value(QStringLiteral("requested")).toDouble() >= 1, qPrintable(out.left(2000)));
        QVERIFY(cp.value(QStringLiteral("timed")).toDouble() >= 0);
        QVERIFY(!cp.value(QStringLiteral("max_wal_size")).toString().isEmpty());
        QCOMPARE(cp.value(QStringLiteral("source")).toString().startsWith(QLatin1String("pg_stat_checkpointer")), major >= 17);
        QVERIFY(cp.value(QStringLiteral("buffers_written")).toObject().contains(QStringLiteral("backends")));
        const QJsonValue io = j.value(QStringLiteral("io"));
        if (major >= 16) {
            QVERIFY(io.isArray() && !io.toArray().isEmpty());
            QVERIFY(!io.toArray().first().toObject().value(QStringLiteral("backend_type")).toString().isEmpty());
        } else {
            QVERIFY(io.isNull());
        }
        QCOMPARE(report({QStringLiteral("--connect"), m_conninfo}, &out), 0);
        QVERIFY2(out.contains(QLatin1String("## Checkpoints and I/O")), qPrintable(out.left(3000)));
        QCOMPARE(out.contains(QLatin1String("pg_stat_io needs PostgreSQL 16")), major < 16);
        QCOMPARE(out.contains(QLatin1String("| backend_type |")), major >= 16);
    }

    void markdownAndHtmlToFiles()
    {
        QTemporaryDir dir;
        QString out;
        const QString md = dir.filePath(QStringLiteral("report.md"));
        QCOMPARE(report({QStringLiteral("--connect"), m_conninfo, QStringLiteral("--output"), md}, &out), 0);
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString mdText = QString::fromUtf8(mdFile.readAll());
        QVERIFY(mdText.startsWith(QStringLiteral("# Health report")));
        QVERIFY(mdText.contains(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS public.pgbench_history_mtime_idx;")));
        QVERIFY(mdText.contains(QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS pgbench_accounts_bid_fk_idx ON public.pgbench_accounts (bid);")));

        const QString html = dir.filePath(QStringLiteral("report.html")); // format from the extension
        QCOMPARE(report({QStringLiteral("--connect"), m_conninfo, QStringLiteral("-o"), html}, &out), 0);
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString h = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(h.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(h.contains(QStringLiteral("&quot;Order Ref&quot;"))); // escaped, not markup
        QVERIFY(!h.contains(QStringLiteral("\"Order Ref\"")));
    }

    void wraparoundHorizonAndSequencesFromARealServer()
    {
        // A server of its own: prepared transactions need max_prepared_transactions, a logical
        // slot wal_level = logical.
        SandboxServer server(test::sandbox().binDir());
        server.setSetting(QStringLiteral("max_prepared_transactions"), QStringLiteral("2"));
        server.setSetting(QStringLiteral("wal_level"), QStringLiteral("logical"));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Connection c;
        DbError e;
        QVERIFY(c.open(server.options(), &e));
        // A serial column near its end, and an integer column fed by a bigint sequence: that one
        // ends at 2^31 - 1 with "integer out of range", long before the sequence's own maximum.
        SG_VERIFY_EXEC(c, QStringLiteral("CREATE TABLE \"Order Ref\" (id serial PRIMARY KEY, note text)"));
        SG_VERIFY_EXEC(
            c, QStringLiteral("SELECT setval(pg_get_serial_sequence('\"Order Ref\"', 'id'), 2147000000)"));
        SG_VERIFY_EXEC(c,
                       QStringLiteral("INSERT INTO \"Order Ref\" (note) VALUES ('a\"; DROP TABLE x; --')"));
        SG_VERIFY_EXEC(
            c,
            QStringLiteral(
                "CREATE SEQUENCE \"wide|seq\"; CREATE TABLE narrow (id int DEFAULT nextval('\"wide|seq\"')); "
                "ALTER SEQUENCE \"wide|seq\" OWNED BY narrow.id; SELECT setval('\"wide|seq\"', 1500000000); "
                "INSERT INTO narrow DEFAULT VALUES"));
        // What holds the horizon back: a logical slot (created first: it waits for running
        // transactions), an open repeatable-read snapshot, a prepared transaction.
        SG_VERIFY_EXEC(
            c, QStringLiteral("SELECT pg_create_logical_replication_slot('sg_report_slot', 'pgoutput')"));
        // A table autovacuum owes work to and will never do: 12 dead rows past its own threshold of 5.
        SG_VERIFY_EXEC(
            c, QStringLiteral("CREATE TABLE \"Vac Me\" (id int) WITH (autovacuum_enabled = false, "
                              "autovacuum_vacuum_threshold = 5, autovacuum_vacuum_scale_factor = 0)"));
        SG_VERIFY_EXEC(c, QStringLiteral("INSERT INTO \"Vac Me\" SELECT generate_series(1, 20)"));
        SG_VERIFY_EXEC(c, QStringLiteral("DELETE FROM \"Vac Me\" WHERE id <= 12"));
        test::flushStatistics(c);
        Connection snapshot;
        QVERIFY(snapshot.open(server.options(), &e));
        SG_VERIFY_EXEC(snapshot, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        SG_VERIFY_EXEC(snapshot, QStringLiteral("SELECT count(*) FROM pg_class"));
        SG_VERIFY_EXEC(
            c,
            QStringLiteral("BEGIN; CREATE TABLE prepared_t (x int); PREPARE TRANSACTION 'pay''day \"1\"'"));
        for (int i = 0; i < 5; ++i)
            SG_VERIFY_EXEC(c,
                           QStringLiteral("SELECT txid_current()")); // five more transaction IDs: ages grow
        const qint64 nextXid =
            c.execute(QStringLiteral("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint"), {}, &e)
                .value(0, 0)
                .toLongLong();
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));

        // The window's local history of this server, where the CLI finds it: ten minutes ago the
        // next transaction ID was half what it is (a fresh server has used only a few hundred).
        QCoreApplication::setOrganizationName(QStringLiteral("Sightglass"));
        QCoreApplication::setApplicationName(QStringLiteral("sightglass"));
        {
            QFile::remove(HistoryStore::defaultPath()); // no points of an earlier run under the same name
            HistoryStore history;
            QVERIFY2(history.open(), qPrintable(history.lastError()));
            const QString key = ConnectionOptions::parse(server.conninfo(), &e).displayName();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const auto& [at, xid] :
                 {std::pair<qint64, qint64>{now - 600 * 1000, nextXid - nextXid / 2}, {now, nextXid}}) {
                ActivityPoint p;
                std::fill(std::begin(p.values), std::end(p.values), std::numeric_limits<double>::quiet_NaN());
                p.timeMs = at;
                p.values[ActivityPoint::NextXid] = double(xid);
                history.append(key, p);
            }
            QVERIFY2(history.flush(), qPrintable(history.lastError()));
        }

        QString out, err;
        QCOMPARE(report({QStringLiteral("--connect"), server.conninfo(), QStringLiteral("--format"),
                         QStringLiteral("json")},
                        &out, &err),
                 0);
        const QJsonObject j = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonObject w = j.value(QStringLiteral("wraparound")).toObject();
        const qint64 freezeMaxAge =
            c.execute(QStringLiteral("SELECT current_setting('autovacuum_freeze_max_age')::bigint"), {}, &e)
                .value(0, 0)
                .toLongLong();
        QCOMPARE(w.value(QStringLiteral("freeze_max_age")).toInteger(), freezeMaxAge);
        const QJsonArray databases = w.value(QStringLiteral("databases")).toArray();
        QVERIFY(databases.size() >= 3); // postgres, template0, template1
        const qint64 oldestAge = databases.first().toObject().value(QStringLiteral("xid_age")).toInteger();
        QVERIFY(oldestAge >= 5);
        for (const QJsonValue& d : databases)
            QVERIFY(d.toObject().value(QStringLiteral("xid_age")).toInteger() <= oldestAge);
        QVERIFY(!w.value(QStringLiteral("oldest_tables")).toArray().isEmpty());

        QMap<QString, QJsonObject> holders;
        for (const QJsonValue& v : w.value(QStringLiteral("horizon_held_by")).toArray())
            holders.insert(v.toObject().value(QStringLiteral("kind")).toString(), v.toObject());
        QVERIFY2(holders.contains(QStringLiteral("session")) &&
                     holders.contains(QStringLiteral("prepared")) && holders.contains(QStringLiteral("slot")),
                 qPrintable(QStringList(holders.keys()).join(QLatin1Char(','))));
        QCOMPARE(holders.value(QStringLiteral("prepared")).value(QStringLiteral("name")).toString(),
                 QStringLiteral("pay'day \"1\""));
        QCOMPARE(holders.value(QStringLiteral("slot")).value(QStringLiteral("name")).toString(),
                 QStringLiteral("sg_report_slot"));
        for (const QJsonObject& h : holders)
            QVERIFY2(h.value(QStringLiteral("xmin_age")).toInteger() >= 5,
                     qPrintable(h.value(QStringLiteral("kind")).toString()));

        QMap<QString, QJsonObject> sequences;
        for (const QJsonValue& v : j.value(QStringLiteral("sequences")).toArray())
            sequences.insert(v.toObject().value(QStringLiteral("sequence")).toString(), v.toObject());
        const QJsonObject serial = sequences.value(QStringLiteral("Order Ref_id_seq"));
        QCOMPARE(serial.value(QStringLiteral("limit_value")).toInteger(), 2147483647);
        QCOMPARE(serial.value(QStringLiteral("values_left")).toInteger(), 2147483647 - 2147000001);
        QCOMPARE(serial.value(QStringLiteral("table")).toString(), QStringLiteral("Order Ref"));
        const QJsonObject wide = sequences.value(QStringLiteral("wide|seq"));
        QCOMPARE(wide.value(QStringLiteral("sequence_type")).toString(), QStringLiteral("bigint"));
        QCOMPARE(wide.value(QStringLiteral("column_type")).toString(), QStringLiteral("integer"));
        QCOMPARE(wide.value(QStringLiteral("limit_value")).toInteger(), 2147483647); // not 2^63 - 1
        QVERIFY(qAbs(wide.value(QStringLiteral("used_pct")).toDouble() - 69.85) < 0.01);

        const QJsonObject f = w.value(QStringLiteral("forecast")).toObject();
        QVERIFY2(f.value(QStringLiteral("known")).toBool(),
                 qPrintable(f.value(QStringLiteral("basis")).toString()));
        QCOMPARE(f.value(QStringLiteral("samples")).toInt(), 2);
        const double rate = double(nextXid / 2) / 600;
        QVERIFY(qAbs(f.value(QStringLiteral("xids_per_second")).toDouble() - rate) < rate * 0.01);
        const double toFreeze = double(freezeMaxAge - oldestAge) / rate;
        QVERIFY(qAbs(f.value(QStringLiteral("seconds_to_freeze_max_age")).toDouble() - toFreeze) <
                toFreeze * 0.01);

        const QJsonObject vacuum = j.value(QStringLiteral("vacuum")).toObject();
        QVERIFY(vacuum.value(QStringLiteral("workers_max")).toInt() >= 1);
        QJsonObject vacMe;
        for (const QJsonValue& v : vacuum.value(QStringLiteral("queue")).toArray())
            if (v.toObject().value(QStringLiteral("table")).toString() == QLatin1String("Vac Me"))
                vacMe = v.toObject();
        QCOMPARE(vacMe.value(QStringLiteral("reason")).toString(), QStringLiteral("autovacuum off"));
        QCOMPARE(vacMe.value(QStringLiteral("dead_rows")).toInteger(), 12);
        QCOMPARE(vacMe.value(QStringLiteral("vacuum_threshold")).toInteger(), 5);
        QCOMPARE(vacMe.value(QStringLiteral("autovacuum_enabled")).toBool(true), false);
        QVERIFY(vacuum.value(QStringLiteral("in_progress")).isArray());

        QCOMPARE(report({QStringLiteral("--connect"), server.conninfo()}, &out, &err), 0);
        QVERIFY2(out.contains(QLatin1String("Forecast: autovacuum must freeze in ")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("## Vacuum and commands in progress")));
        QVERIFY(out.contains(QLatin1String("| public.Vac Me | autovacuum off | 2.40 | 12 / 5 |")));
        QVERIFY(out.contains(
            QLatin1String("| public.wide\\|seq | public.narrow.id integer | 69.85 % |"))); // the | escaped
        QVERIFY(out.contains(QLatin1String("public.Order Ref_id_seq is running out")));
        QVERIFY(out.contains(QLatin1String("| prepared | pay'day \"1\" |")));
        SG_VERIFY_EXEC(c, QStringLiteral("ROLLBACK PREPARED 'pay''day \"1\"'"));
        SG_VERIFY_EXEC(c, QStringLiteral("SELECT pg_drop_replication_slot('sg_report_slot')"));
    }

    void badInput()
    {
        QString out, err;
        QCOMPARE(report({QStringLiteral("--format"), QStringLiteral("pdf")}, &out, &err), 2);
        QVERIFY(err.contains(QStringLiteral("md, html or json")));
        QCOMPARE(report({QStringLiteral("--connect"), QStringLiteral("host=127.0.0.1 port=1")}, &out, &err), 1);
        QVERIFY(err.contains(QStringLiteral("Could not connect")));
        QCOMPARE(report({QStringLiteral("--connect"), m_conninfo, QStringLiteral("-o"), QStringLiteral("/proc/nope/r.md")}, &out, &err), 1);
        QVERIFY(err.contains(QStringLiteral("Cannot write")));
    }

    void statementsInstalledButNotPreloadedIsSaid()
    {
        // A server whose pg_stat_statements extension exists but whose library is not loaded: its
        // views raise an error, so "installed" alone would send the reader looking in vain.
        SandboxServer bare(test::sandbox().binDir());
        bare.setSetting(QStringLiteral("shared_preload_libraries"), QString());
        QString error;
        QVERIFY2(bare.start(&error), qPrintable(error));
        Connection c;
        DbError e;
        QVERIFY(c.open(bare.options(), &e));
        DbRequest r;
        r.sql = QStringLiteral("CREATE EXTENSION pg_stat_statements");
        c.execute(r, &e);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        QString out, err;
        QCOMPARE(report({QStringLiteral("--connect"), bare.conninfo()}, &out, &err), 0);
        QVERIFY2(out.contains(QLatin1String("pg_stat_statements: installed but not loaded")), qPrintable(out + err));
        QCOMPARE(report({QStringLiteral("--connect"), bare.conninfo(), QStringLiteral("--format"),
                         QStringLiteral("html")},
                        &out, &err),
                 0);
        QVERIFY(out.contains(QLatin1String("installed but not loaded")));
        QCOMPARE(report({QStringLiteral("--connect"), m_conninfo}, &out, &err), 0);
        QVERIFY2(out.contains(QLatin1String("pg_stat_statements: installed and loaded")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(tst_ReportCommand)
#include "tst_ReportCommand.moc"
