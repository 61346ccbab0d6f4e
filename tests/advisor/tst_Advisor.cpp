// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor against schemas that hold each finding and the look-alikes that must not be flagged.
#include "TestRows.h"
#include "TestSandbox.h"

#include "advisor/Advisor.h"
#include "advisor/FixRunner.h"
#include "migrate/SqlSplitter.h"
#include "advisor/TableAdvisor.h"
#include "db/Connection.h"
#include "db/DbClient.h"
#include "db/ResultTableModel.h"
#include "db/SqlLibrary.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace sg;

namespace {

// Each case says in its name what it is; "ok_" objects must never be flagged.
const char* kSchema = R"SQL(
CREATE SCHEMA adv;
CREATE SCHEMA "Other Schema";
CREATE TABLE adv.parent (id int PRIMARY KEY, a int, b int, UNIQUE (a, b));
-- duplicates: same columns and definition
CREATE TABLE adv.dup (id int PRIMARY KEY, x int, y int, z text);
CREATE INDEX dup_x_1 ON adv.dup (x);
CREATE INDEX dup_x_2 ON adv.dup (x);
-- look-alikes: other column order, other predicate, expression, INCLUDE, other method
CREATE INDEX ok_dup_xy ON adv.dup (x, y);
CREATE INDEX ok_dup_yx ON adv.dup (y, x);
CREATE INDEX ok_dup_x_partial ON adv.dup (x) WHERE y > 0;
CREATE INDEX ok_dup_lower_z ON adv.dup (lower(z));
CREATE INDEX ok_dup_x_incl ON adv.dup (x) INCLUDE (z);
CREATE INDEX ok_dup_x_hash ON adv.dup USING hash (x);
-- redundant: a single-column index on the primary key column, and a prefix of a wider index
CREATE TABLE adv.red (id int PRIMARY KEY, p int, q int);
CREATE INDEX red_on_pk ON adv.red (id);
CREATE INDEX red_p ON adv.red (p);
CREATE INDEX ok_red_pq ON adv.red (p, q);
CREATE INDEX ok_red_q_partial ON adv.red (q) WHERE p IS NOT NULL;
-- foreign keys: covered in another column order, not covered (a key column missing), single column
CREATE TABLE adv.child_covered (id int PRIMARY KEY, b int, a int, FOREIGN KEY (a, b) REFERENCES adv.parent (a, b));
CREATE INDEX ok_child_covered_ba ON adv.child_covered (b, a);
CREATE TABLE adv.child_missing (id int PRIMARY KEY, a int, b int, FOREIGN KEY (a, b) REFERENCES adv.parent (a, b) ON DELETE CASCADE);
CREATE INDEX child_missing_a_only ON adv.child_missing (a);
CREATE TABLE adv.child_behind (id int PRIMARY KEY, a int, b int, c int, FOREIGN KEY (a, b) REFERENCES adv.parent (a, b));
CREATE INDEX child_behind_cab ON adv.child_behind (c, a, b);
CREATE TABLE adv.child_single (id int PRIMARY KEY, parent_id int REFERENCES adv.parent (id));
CREATE TABLE adv.child_partial (id int PRIMARY KEY, parent_id int REFERENCES adv.parent (id));
CREATE INDEX child_partial_idx ON adv.child_partial (parent_id) WHERE parent_id > 10;
CREATE TABLE adv.ok_child_indexed (id int PRIMARY KEY, parent_id int REFERENCES adv.parent (id));
CREATE INDEX ok_child_indexed_idx ON adv.ok_child_indexed (parent_id);
-- partitioned: a foreign key on the parent, covered by a partitioned index
CREATE TABLE adv.events (id int, parent_id int REFERENCES adv.parent (id), at date) PARTITION BY RANGE (at);
CREATE TABLE adv.events_2026 PARTITION OF adv.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX ok_events_parent ON adv.events (parent_id);
CREATE TABLE adv.logs (id int, parent_id int REFERENCES adv.parent (id), at date) PARTITION BY RANGE (at);
CREATE TABLE adv.logs_2026 PARTITION OF adv.logs FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
-- quoted, mixed-case and hostile names in another schema
CREATE TABLE "Other Schema"."Order Ref" ("Id" int PRIMARY KEY, "Parent Id" int REFERENCES adv.parent (id));
CREATE TABLE "Other Schema"."a""; DROP TABLE x; --" (id int PRIMARY KEY, "Größe" int);
CREATE INDEX "Dup ""One""" ON "Other Schema"."a""; DROP TABLE x; --" ("Größe");
CREATE INDEX "Dup ""Two""" ON "Other Schema"."a""; DROP TABLE x; --" ("Größe");
-- a foreign key whose index name must be cut by bytes, not characters (81 bytes, 73 characters)
CREATE TABLE "Other Schema"."größenänderungsprotokoll_für_bestellungen"
    (id int PRIMARY KEY, "übergeordnete_größenänderung_id" int REFERENCES adv.parent (id));
-- bloat: most rows deleted, autovacuum off
CREATE TABLE adv.bloated (id int PRIMARY KEY, payload text) WITH (autovacuum_enabled = off);
INSERT INTO adv.bloated SELECT g, repeat('x', 200) FROM generate_series(1, 50000) g;
ANALYZE adv.bloated;
)SQL";

} // namespace

class tst_Advisor : public QObject
{
    Q_OBJECT
    Connection m_conn;
    std::unique_ptr<DbClient> m_client;
    std::unique_ptr<Advisor> m_advisor;

    bool refresh()
    {
        QSignalSpy done(m_advisor.get(), &Advisor::updated);
        const auto c = connect(m_advisor.get(), &Advisor::failed, this,
                               [](const DbError& e) { qWarning("advisor failed: %s", qPrintable(e.userMessage())); });
        m_advisor->refresh();
        const bool ok = done.wait(30000);
        disconnect(c);
        return ok;
    }
    QList<Finding> findingsFor(const QString& object) const
    {
        QList<Finding> out;
        for (const Finding& f : m_advisor->snapshot().findings) {
            if (f.object == object || (f.object.isEmpty() && f.table == object))
                out << f;
        }
        return out;
    }
    Finding::Kind kindOf(const QString& object) const
    {
        const auto f = findingsFor(object);
        if (f.size() != 1)
            qWarning("%s has %d findings", qPrintable(object), int(f.size()));
        return f.value(0).kind;
    }

    ResultSet statsSince()
    {
        DbRequest r;
        r.sql = SqlLibrary::load(QStringLiteral("advisor_stats_since"));
        DbError e;
        return m_conn.execute(r, &e);
    }

private Q_SLOTS:
    void initTestCase()
    {
        DbError e;
        QVERIFY(m_conn.open(test::sandboxOptions(), &e));
        SG_VERIFY_EXEC(m_conn, QString::fromUtf8(kSchema));
        m_client = std::make_unique<DbClient>(QStringLiteral("advisor"));
        m_client->open(test::sandboxOptions());
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), ConnectionState::Connected, 10000);
        m_advisor = std::make_unique<Advisor>(m_client.get());
        QVERIFY(refresh());
    }

    void duplicates()
    {
        QCOMPARE(kindOf(QStringLiteral("dup_x_2")), Finding::Kind::DuplicateIndex);
        QCOMPARE(kindOf(QStringLiteral("Dup \"Two\"")), Finding::Kind::DuplicateIndex);
        // the one kept is "unused" (no scans) but not a duplicate of itself
        for (const Finding& f : findingsFor(QStringLiteral("dup_x_1")))
            QVERIFY(f.kind != Finding::Kind::DuplicateIndex);
        const Finding two = findingsFor(QStringLiteral("Dup \"Two\"")).value(0);
        QCOMPARE(two.fixSql, QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS \"Other Schema\".\"Dup \"\"Two\"\"\";"));
    }

    void lookAlikesAreNotDuplicatesOrRedundant()
    {
        for (const Finding& f : m_advisor->snapshot().findings) {
            if (f.object.startsWith(QLatin1String("ok_")) || f.table.startsWith(QLatin1String("ok_")))
                QVERIFY2(f.kind == Finding::Kind::UnusedIndex,
                         qPrintable(f.object + QStringLiteral(": ") + Finding::kindName(f.kind)));
        }
    }

    void redundant()
    {
        QCOMPARE(kindOf(QStringLiteral("red_on_pk")), Finding::Kind::RedundantIndex);
        const Finding p = findingsFor(QStringLiteral("red_p")).value(0);
        QCOMPARE(p.kind, Finding::Kind::RedundantIndex);
        QVERIFY(p.detail.contains(QStringLiteral("ok_red_pq")));
    }

    void unusedSaysSinceWhenStatisticsCount()
    {
        const Finding f = findingsFor(QStringLiteral("ok_red_q_partial")).value(0);
        QCOMPARE(f.kind, Finding::Kind::UnusedIndex);
        QVERIFY2(f.detail.contains(QStringLiteral("usage statistics started")), qPrintable(f.detail));
        // constraint and unique indexes are never "unused"
        for (const Finding& x : m_advisor->snapshot().findings)
            QVERIFY2(!(x.kind == Finding::Kind::UnusedIndex && x.object.endsWith(QLatin1String("_pkey"))), qPrintable(x.object));
    }

    void invalidIndex()
    {
        // A unique index that cannot be built concurrently stays behind, invalid.
        SG_VERIFY_EXEC(m_conn,
                       QStringLiteral("CREATE TABLE adv.inv (v int); INSERT INTO adv.inv VALUES (1), (1)"));
        DbRequest r;
        r.sql = QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY inv_v ON adv.inv (v)");
        DbError e;
        m_conn.execute(r, &e);
        QCOMPARE(e.sqlState, QStringLiteral("23505"));
        QVERIFY(refresh());
        const Finding f = findingsFor(QStringLiteral("inv_v")).value(0);
        QCOMPARE(f.kind, Finding::Kind::InvalidIndex);
        QCOMPARE(f.fixSql, QStringLiteral("REINDEX INDEX CONCURRENTLY adv.inv_v;"));
    }

    void foreignKeys()
    {
        QStringList uncovered;
        for (const Finding& f : m_advisor->snapshot().findings) {
            if (f.kind == Finding::Kind::UnindexedForeignKey)
                uncovered << f.table;
        }
        uncovered.sort();
        QCOMPARE(uncovered, (QStringList{QStringLiteral("Order Ref"), QStringLiteral("child_behind"),
                                         QStringLiteral("child_missing"), QStringLiteral("child_partial"),
                                         QStringLiteral("child_single"),
                                         QStringLiteral("größenänderungsprotokoll_für_bestellungen"),
                                         QStringLiteral("logs")}));
        for (const Finding& f : m_advisor->snapshot().findings) {
            if (f.kind != Finding::Kind::UnindexedForeignKey)
                continue;
            if (f.table == QLatin1String("child_missing")) {
                QVERIFY(f.detail.contains(QStringLiteral("ON DELETE CASCADE")));
                QVERIFY(f.detail.contains(QStringLiteral("adv.parent")));
                QCOMPARE(f.fixSql, QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS child_missing_a_b_fk_idx "
                                                  "ON adv.child_missing (a, b);"));
            }
            if (f.table == QLatin1String("Order Ref"))
                QCOMPARE(f.fixSql, QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS \"Order Ref_Parent Id_fk_idx\" "
                                                  "ON \"Other Schema\".\"Order Ref\" (\"Parent Id\");"));
            if (f.table == QLatin1String("logs"))
                QVERIFY(f.fixSql.contains(QStringLiteral("CREATE INDEX IF NOT EXISTS logs_parent_id_fk_idx ON adv.logs")));
        }
    }

    void fixesRunAsWritten()
    {
        // Every suggested statement is valid SQL that does what it says.
        for (const Finding& f : m_advisor->snapshot().findings) {
            if (f.fixSql.isEmpty() || f.schema != QLatin1String("Other Schema"))
                continue;
            SG_VERIFY_EXEC(m_conn, f.fixSql);
        }
        QVERIFY(refresh());
        for (const Finding& f : m_advisor->snapshot().findings) {
            QVERIFY2(!(f.schema == QLatin1String("Other Schema") && (f.kind == Finding::Kind::DuplicateIndex
                                                                    || f.kind == Finding::Kind::UnindexedForeignKey)),
                     qPrintable(f.subject()));
        }
    }

    void longMultibyteIndexNameIsTheOneCreated()
    {
        // fixesRunAsWritten ran the fix; the index has exactly the name the fix showed.
        const QString table = QStringLiteral("größenänderungsprotokoll_für_bestellungen");
        DbRequest r;
        r.sql = QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = $1 AND indexname LIKE '%fk_idx'");
        r.params = {table};
        DbError e;
        const ResultSet rs = m_conn.execute(r, &e);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        QCOMPARE(rs.rowCount(), 1);
        const QString name = rs.value(0, 0).toString();
        QVERIFY(name.toUtf8().size() <= 63);
        QVERIFY2(name.endsWith(QLatin1String("_fk_idx")), qPrintable(name)); // not cut by the server
        QVERIFY(name.startsWith(table + QLatin1Char('_')));
    }

    void applyingEveryFixKeepsEachForeignKeyIndexed()
    {
        SG_VERIFY_EXEC(m_conn, QStringLiteral(R"SQL(
CREATE SCHEMA fix;
CREATE TABLE fix.parent (id int PRIMARY KEY);
CREATE TABLE fix.dups (id int PRIMARY KEY, parent_id int REFERENCES fix.parent (id));
CREATE INDEX dups_a ON fix.dups (parent_id);
CREATE INDEX dups_b ON fix.dups (parent_id);
CREATE TABLE fix.red (id int PRIMARY KEY, parent_id int REFERENCES fix.parent (id), at int);
CREATE INDEX red_p ON fix.red (parent_id);
CREATE INDEX red_p_at ON fix.red (parent_id, at);
CREATE TABLE fix.lone (id int PRIMARY KEY, parent_id int REFERENCES fix.parent (id));
CREATE INDEX lone_p ON fix.lone (parent_id);
CREATE TABLE fix.bare (id int PRIMARY KEY, parent_id int REFERENCES fix.parent (id));
CREATE TABLE fix.junk (id int PRIMARY KEY, v int);
CREATE INDEX junk_v ON fix.junk (v);
)SQL"));
        QVERIFY(refresh());
        auto fixFindings = [&] {
            QMap<QString, Finding::Kind> kinds;
            for (const Finding& f : m_advisor->snapshot().findings)
                if (f.schema == QLatin1String("fix"))
                    kinds.insert(f.object.isEmpty() ? f.table : f.object, f.kind);
            return kinds;
        };
        const auto before = fixFindings();
        QCOMPARE(before.value(QStringLiteral("dups_b")), Finding::Kind::DuplicateIndex);
        QVERIFY(!before.contains(QStringLiteral("dups_a"))); // the copy to keep is not "unused" too
        QCOMPARE(before.value(QStringLiteral("red_p")), Finding::Kind::RedundantIndex);
        QVERIFY(!before.contains(QStringLiteral("red_p_at"))); // it serves red_p's lookups
        QVERIFY(!before.contains(QStringLiteral("lone_p")));   // no scans, but the key's only index
        QCOMPARE(before.value(QStringLiteral("junk_v")), Finding::Kind::UnusedIndex);
        QCOMPARE(before.value(QStringLiteral("bare_parent_id_fkey")), Finding::Kind::UnindexedForeignKey);

        // Apply every fix shown, as a DBA trusting the report would: copied as one migration and run
        // statement by statement, as psql -f runs a file.
        QList<Finding> shown;
        for (const Finding& f : m_advisor->snapshot().findings)
            if (f.schema == QLatin1String("fix"))
                shown << f;
        const QString migration = FixRunner::migrationText(shown);
        QVERIFY(migration.indexOf(QLatin1String("CREATE INDEX")) < migration.indexOf(QLatin1String("DROP INDEX")));
        const SqlSplitter::Result pieces = SqlSplitter::split(migration);
        QVERIFY2(pieces.error.isEmpty(), qPrintable(pieces.error));
        int statements = 0;
        for (const SqlSplitter::Piece& piece : pieces.pieces) {
            DbRequest run;
            run.sql = piece.text;
            DbError error;
            m_conn.execute(run, &error);
            QVERIFY2(!error.isError(), qPrintable(piece.text + QStringLiteral(": ") + error.userMessage()));
            ++statements;
        }
        QCOMPARE(statements, int(std::count_if(shown.cbegin(), shown.cend(),
                                               [](const Finding& f) { return !f.fixSql.isEmpty(); })));
        DbRequest q;
        q.sql = QStringLiteral(R"SQL(
SELECT count(*) FROM pg_constraint k
 WHERE k.contype = 'f' AND k.connamespace = 'fix'::regnamespace
   AND NOT EXISTS (SELECT 1 FROM pg_index i
                    WHERE i.indrelid = k.conrelid AND i.indisvalid AND i.indpred IS NULL
                      AND (i.indkey::int2[])[0:array_length(k.conkey, 1) - 1] @> k.conkey
                      AND (i.indkey::int2[])[0:array_length(k.conkey, 1) - 1] <@ k.conkey))SQL");
        DbError e;
        QCOMPARE(m_conn.execute(q, &e).value(0, 0).toInt(), 0); // every foreign key has an index
        q.sql = QStringLiteral("SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes "
                               "WHERE schemaname = 'fix' AND indexname NOT LIKE '%pkey'");
        QCOMPARE(m_conn.execute(q, &e).value(0, 0).toString(),
                 QStringLiteral("bare_parent_id_fk_idx,dups_a,lone_p,red_p_at"));
        // And the next report has nothing more to drop there: no advice undoes the last one.
        QVERIFY(refresh());
        QCOMPARE(fixFindings().size(), 0);
    }

    void aLockHolderNeitherStallsNorHidesTheReport()
    {
        // A session holding ACCESS EXCLUSIVE on a table (a long ALTER, an ETL job's LOCK TABLE):
        // the refresh must not queue behind it, and must say whose lock it went around.
        Connection holder;
        DbError e;
        ConnectionOptions o = test::sandboxOptions();
        o.session.applicationName = QStringLiteral("etl-nightly");
        QVERIFY(holder.open(o, &e));
        SG_VERIFY_EXEC(holder, QStringLiteral("BEGIN; LOCK TABLE adv.dup IN ACCESS EXCLUSIVE MODE"));
        DbRequest pid;
        pid.sql = QStringLiteral("SELECT pg_backend_pid()");
        const QString holderPid = holder.execute(pid, &e).value(0, 0).toString();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(refresh()); // it waited 30 s for the statement timeout before
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        const QStringList notes = m_advisor->snapshot().lockNotes;
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QStringLiteral("pid %1 (etl-nightly)").arg(holderPid)) &&
                     notes.first().contains(QStringLiteral("adv.dup")),
                 qPrintable(notes.first()));
        QCOMPARE(kindOf(QStringLiteral("dup_x_2")), Finding::Kind::DuplicateIndex); // the findings are all there
        SG_VERIFY_EXEC(holder, QStringLiteral("ROLLBACK"));
        QVERIFY(refresh());
        QVERIFY(m_advisor->snapshot().lockNotes.isEmpty());
    }

    void bloatMovesWithDeletes()
    {
        const auto deadOf = [this] {
            const ResultSet& t = m_advisor->snapshot().tables;
            const int r = test::findRow(t, QStringLiteral("table"), QStringLiteral("bloated"));
            if (r < 0)
                return std::make_pair(qint64(-1), qint64(-1));
            return std::make_pair(t.value(r, QStringLiteral("dead_tuples")).toLongLong(),
                                  t.value(r, QStringLiteral("bloat_bytes")).toLongLong());
        };
        const auto before = deadOf();
        QVERIFY(findingsFor(QStringLiteral("bloated")).isEmpty());
        SG_VERIFY_EXEC(m_conn,
                       QStringLiteral("DELETE FROM adv.bloated WHERE id % 10 <> 0; ANALYZE adv.bloated"));
        test::flushStatistics(m_conn);
        SG_VERIFY_EXEC(m_conn, QStringLiteral("SELECT 1"));
        QVERIFY(refresh());
        const auto after = deadOf();
        QVERIFY2(after.first >= 40000, qPrintable(QString::number(after.first)));
        QVERIFY2(after.second > before.second + 5 * 1024 * 1024, qPrintable(QStringLiteral("%1 -> %2").arg(before.second).arg(after.second)));
        QList<Finding::Kind> kinds;
        for (const Finding& f : findingsFor(QStringLiteral("bloated")))
            kinds << f.kind;
        QVERIFY(kinds.contains(Finding::Kind::TableBloat));
        QVERIFY(kinds.contains(Finding::Kind::VacuumDue));
        const Finding bloat = findingsFor(QStringLiteral("bloated")).value(0);
        QCOMPARE(bloat.fixSql, QStringLiteral("VACUUM (ANALYZE) adv.bloated;"));

        // pgstattuple's exact figures agree with the estimate's order of magnitude.
        SG_VERIFY_EXEC(m_conn, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pgstattuple"));
        DbRequest r;
        r.sql = QStringLiteral("SELECT dead_tuple_count, free_space + dead_tuple_len AS reclaimable FROM pgstattuple('adv.bloated')");
        DbError e;
        const ResultSet exact = m_conn.execute(r, &e);
        QVERIFY(!e.isError());
        QCOMPARE(exact.value(0, 0).toLongLong(), 45000);
        const double ratio = double(after.second) / exact.value(0, 1).toDouble();
        QVERIFY2(ratio > 0.5 && ratio < 2.0, qPrintable(QString::number(ratio)));
    }

    void deadTuplesHeldBackByASnapshotNameWhoNotVacuum()
    {
        // A long report keeps a snapshot open; rows deleted after it cannot be vacuumed away.
        Connection report;
        DbError e;
        ConnectionOptions o = test::sandboxOptions();
        o.session.applicationName = QStringLiteral("long-report");
        QVERIFY(report.open(o, &e));
        SG_VERIFY_EXEC(
            report, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM adv.parent"));
        SG_VERIFY_EXEC(
            m_conn,
            QStringLiteral("CREATE TABLE adv.churn WITH (autovacuum_enabled = off) AS "
                           "SELECT g AS id, repeat('x', 200) AS payload FROM generate_series(1, 20000) g; "
                           "ANALYZE adv.churn"));
        SG_VERIFY_EXEC(m_conn, QStringLiteral("DELETE FROM adv.churn WHERE id % 10 <> 0"));
        SG_VERIFY_EXEC(
            m_conn, QStringLiteral("VACUUM adv.churn")); // removes nothing: the report still sees those rows
        test::flushStatistics(m_conn);
        QVERIFY(refresh());
        DbRequest pid;
        pid.sql = QStringLiteral("SELECT pg_backend_pid()");
        const QString reportPid = report.execute(pid, &e).value(0, 0).toString();
        const TableAdvisor::Horizon h = TableAdvisor::Horizon::fromResult(
            statsSince());
        QCOMPARE(h.kind, QStringLiteral("session"));
        QCOMPARE(h.who, reportPid);
        QCOMPARE(h.application, QStringLiteral("long-report"));
        TableAdvisor::Limits limits;
        limits.horizonSeconds = 0; // the test cannot wait the minute a real report would have run
        Finding churn;
        for (const Finding& f : TableAdvisor::analyze(m_advisor->snapshot().tables, {}, h, limits))
            if (f.table == QLatin1String("churn") && f.kind == Finding::Kind::TableBloat)
                churn = f;
        QVERIFY2(churn.detail.contains(QStringLiteral("VACUUM cannot remove")) &&
                     churn.detail.contains(QStringLiteral("pid %1 (long-report)").arg(reportPid)),
                 qPrintable(churn.detail));
        QVERIFY(churn.fixSql.isEmpty()); // no VACUUM that would do nothing
        // Once the report ends, the advice is VACUUM again, and VACUUM really removes them.
        SG_VERIFY_EXEC(report, QStringLiteral("COMMIT"));
        const TableAdvisor::Horizon gone = TableAdvisor::Horizon::fromResult(
            statsSince());
        QVERIFY(!gone.holdsBack(limits) || gone.who != reportPid);
        for (const Finding& f : TableAdvisor::analyze(m_advisor->snapshot().tables, {}, TableAdvisor::Horizon(), limits))
            if (f.table == QLatin1String("churn") && f.kind == Finding::Kind::TableBloat)
                QCOMPARE(f.fixSql, QStringLiteral("VACUUM (ANALYZE) adv.churn;"));
        SG_VERIFY_EXEC(m_conn, QStringLiteral("VACUUM adv.churn"));
        DbRequest dead;
        dead.sql = QStringLiteral("SELECT n_dead_tup FROM pg_stat_user_tables WHERE relname = 'churn'");
        test::flushStatistics(m_conn);
        QCOMPARE(m_conn.execute(dead, &e).value(0, 0).toLongLong(), 0);
    }

    void modelsCarryFindings()
    {
        QAbstractItemModelTester t1(m_advisor->indexModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(m_advisor->findingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(refresh());
        const ResultSet& idx = m_advisor->indexModel()->result();
        QCOMPARE(idx.columnName(0), QStringLiteral("finding"));
        QVERIFY(test::findRow(idx, QStringLiteral("finding"), QStringLiteral("duplicate"), Qt::MatchContains) >= 0);
        QCOMPARE(m_advisor->findingModel()->rowCount(), int(m_advisor->snapshot().findings.size()));
    }
};

QTEST_GUILESS_MAIN(tst_Advisor)
#include "tst_Advisor.moc"
