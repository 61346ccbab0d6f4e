// SPDX-License-Identifier: GPL-3.0-or-later
// Migrations against a real server: apply, rehearse, roll back, drift, failures that must leave the
// schema and the tracking table exactly as they were, live lint facts and the advisory lock.
#include "TestSandbox.h"

#include "db/Connection.h"
#include "migrate/MigrationDiscovery.h"
#include "migrate/MigrationLinter.h"
#include "migrate/MigrationPlanner.h"
#include "migrate/MigrationRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace sg;

namespace {

const QString kShop = QStringLiteral(SG_MIGRATIONS "/shop");

} // namespace

class tst_MigrationRunner : public QObject
{
    Q_OBJECT

    int m_db = 0;
    QString m_dbname;
    std::unique_ptr<QTemporaryDir> m_dir;
    Connection m_admin; ///< on the test's database, as another session would be

    ConnectionOptions options() const { return test::sandboxOptions(m_dbname); }

    ResultSet exec(const QString& sql)
    {
        DbRequest r;
        r.sql = sql;
        DbError e;
        const ResultSet rs = m_admin.execute(r, &e);
        if (e.isError())
            qWarning("%s: %s", qPrintable(sql), qPrintable(e.userMessage()));
        return rs;
    }

    // A fresh database and a copy of the shop migrations per test, so tests never see each other.
    void fresh()
    {
        m_dbname = QStringLiteral("mig \"%1\"").arg(++m_db);
        Connection c;
        DbError e;
        QVERIFY(c.open(test::sandboxOptions(), &e));
        DbRequest r;
        r.sql = QStringLiteral("CREATE DATABASE %1").arg(c.escapeIdentifier(m_dbname));
        c.execute(r, &e);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        QVERIFY(m_admin.open(options(), &e));
        m_dir = std::make_unique<QTemporaryDir>();
        for (const QString& f : QDir(kShop).entryList(QDir::Files))
            QVERIFY(QFile::copy(kShop + QLatin1Char('/') + f, m_dir->filePath(f)));
    }

    void addFile(const QString& name, const QByteArray& content)
    {
        QFile f(m_dir->filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }

    MigrationPlan plan(MigrationPlanner::Options o = {})
    {
        Connection c;
        DbError e;
        if (!c.open(options(), &e))
            qWarning("%s", qPrintable(e.userMessage()));
        return MigrationPlanner::prepare(&c, m_dir->path(), o);
    }

    MigrationRunResult apply(const MigrationPlan& p, MigrationRunner::Options o = {})
    {
        Connection c;
        DbError e;
        c.open(options(), &e);
        return MigrationRunner(c, o).apply(p.scripts);
    }

    // The schema as the catalogs describe it: every relation with its columns, indexes,
    // constraints, views, sequences, functions, triggers and types, outside the system schemas.
    // pg_dump would do, but only Debian's 15 is here and it refuses a newer server.
    QString schemaDump()
    {
        const ResultSet rs = exec(QStringLiteral(R"(
SELECT string_agg(line, E'\n' ORDER BY line) FROM (
  SELECT format('rel %s.%s %s', n.nspname, c.relname, c.relkind) AS line
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
  UNION ALL
  SELECT format('col %s.%s %s %s %s %s', a.attrelid::regclass, a.attnum, a.attname,
                format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid))
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE a.attnum > 0 AND NOT a.attisdropped
     AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
  UNION ALL
  SELECT format('idx %s', pg_get_indexdef(i.indexrelid)) FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
  UNION ALL
  SELECT format('con %s %s %s', co.conrelid::regclass, co.conname, pg_get_constraintdef(co.oid))
    FROM pg_constraint co JOIN pg_namespace n ON n.oid = co.connamespace
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  UNION ALL
  SELECT format('view %s %s', c.oid::regclass, pg_get_viewdef(c.oid)) FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  UNION ALL
  SELECT format('fn %s', pg_get_functiondef(p.oid)) FROM pg_proc p
    JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE p.prokind IN ('f', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  UNION ALL
  SELECT format('trg %s', pg_get_triggerdef(t.oid)) FROM pg_trigger t WHERE NOT t.tgisinternal
  UNION ALL
  SELECT format('type %s %s', t.oid::regtype, t.typtype) FROM pg_type t
    JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE t.typtype IN ('e', 'd', 'c') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  UNION ALL
  SELECT format('schema %s', nspname) FROM pg_namespace
   WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg_t%'
) lines)"));
        return rs.value(0, 0).toString();
    }

    int trackingRows(const QString& table = QStringLiteral("sightglass.schema_migrations"))
    {
        const ResultSet rs =
            exec(QStringLiteral("SELECT CASE WHEN to_regclass('%1') IS NULL THEN -1 ELSE "
                                "(xpath('/row/n/text()', query_to_xml('SELECT count(*) AS n FROM %1', "
                                "false, true, '')))[1]::text::int END")
                     .arg(table));
        return rs.value(0, 0).toInt();
    }

    QList<MigrationStatus::State> states(const MigrationPlan& p)
    {
        QList<MigrationStatus::State> out;
        for (const auto& s : p.statuses)
            out << s.state;
        return out;
    }

    static bool hasFinding(const MigrationPlan& p, const QString& rule)
    {
        for (const LintFinding& f : p.lint.findings) {
            if (f.rule == rule)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void init() { fresh(); }
    void cleanup() { m_admin.close(); }

    void appliesEverythingAndTracksIt()
    {
        MigrationPlan p = plan();
        QVERIFY2(p.blockers.isEmpty(), qPrintable(p.blockers.join(QLatin1Char('\n'))));
        QCOMPARE(p.scripts.size(), 4);
        // No history yet, said so with where it will be (not "history in none yet").
        QVERIFY2(p.trackingSource.startsWith(QLatin1String("none yet (")) &&
                     p.trackingSource.contains(QLatin1String("schema_migrations")),
                 qPrintable(p.trackingSource));
        const MigrationRunResult r = apply(p);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.versions, (QStringList{"001", "002", "003", "004"}));
        QCOMPARE(exec("SELECT count(*) FROM public.customers").value(0, 0).toInt(), 3); // the COPY data
        QCOMPARE(exec("SELECT count(*) FROM public.orders WHERE note = 'first; order'").value(0, 0).toInt(),
                 6);
        QCOMPARE(exec("SELECT public.order_label(o) FROM public.orders o ORDER BY id LIMIT 1")
                     .value(0, 0)
                     .toString(),
                 QStringLiteral("R-1: new"));
        QVERIFY(
            exec("SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.orders_status_idx'::regclass")
                .value(0, 0)
                .toBool());
        const ResultSet rows =
            exec("SELECT version, success, transactional, execution_ms >= 0, applied_by, checksum "
                 "FROM sightglass.schema_migrations ORDER BY version");
        QCOMPARE(rows.rowCount(), 4);
        QCOMPARE(rows.value(3, 2).toBool(),
                 false); // 004 runs CREATE INDEX CONCURRENTLY outside a transaction
        QCOMPARE(rows.value(0, 4).toString(), QStringLiteral("sightglass"));
        QCOMPARE(rows.value(0, 5).toString(), p.scripts.first().migration.checksum);

        p = plan();
        QCOMPARE(states(p), QList<MigrationStatus::State>(4, MigrationStatus::State::Applied));
        QVERIFY(p.scripts.isEmpty());
    }

    void rehearsalLeavesNothingBehind()
    {
        const QString before = schemaDump();
        QVERIFY(!before.isEmpty());
        Connection c;
        DbError e;
        QVERIFY(c.open(options(), &e));
        const MigrationRunResult r = MigrationRunner(c, {}).rehearse(plan().scripts);
        QVERIFY2(r.ok, qPrintable(r.message));
        int notRehearsable = 0;
        for (const auto& s : r.statements)
            notRehearsable += s.state == StatementOutcome::State::NotRehearsable ? 1 : 0;
        QCOMPARE(notRehearsable, 1); // the CONCURRENTLY index
        QCOMPARE(schemaDump(), before);
        QCOMPARE(trackingRows(), -1);
    }

    void rehearsalKeepsItsShortLockTimeoutOverTheFilesOwn()
    {
        QVERIFY(apply(plan()).ok);
        // Right for applying, wrong for a rehearsal on a busy server: the file raises lock_timeout.
        addFile("005_long_wait.sql", "SET lock_timeout = '60s';\nCREATE INDEX orders_note_idx ON public.orders (note);\n");
        Connection holder;
        DbError e;
        QVERIFY(holder.open(options(), &e));
        DbRequest r;
        r.sql = QStringLiteral("BEGIN; LOCK TABLE public.orders IN ACCESS EXCLUSIVE MODE");
        holder.execute(r, &e);
        QVERIFY(!e.isError());
        Connection c;
        QVERIFY(c.open(options(), &e));
        QElapsedTimer clock;
        clock.start();
        const MigrationRunResult result = MigrationRunner(c, {}).rehearse(plan().scripts);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("lock timeout")), qPrintable(result.message));
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed()))); // not the file's 60 s
        r.sql = QStringLiteral("ROLLBACK");
        holder.execute(r, &e);
    }

    void rehearsalSaysWhichWritesItBlockedAndForHowLong()
    {
        QVERIFY(apply(plan()).ok);
        addFile("005_note_index.sql", "CREATE INDEX orders_note_idx ON public.orders (note);\n"
                                      "CREATE TABLE public.audit (id int);\n"
                                      "CREATE INDEX audit_id_idx ON public.audit (id);\n"
                                      "SELECT pg_sleep(0.3);\n");
        Connection writer;
        DbError e;
        QVERIFY(writer.open(options(), &e));
        Connection c;
        QVERIFY(c.open(options(), &e));
        MigrationRunner runner(c, {});
        // While the rehearsal is still open, after its CREATE INDEX: a write really waits.
        QString writeError;
        runner.setProgress([&](const StatementOutcome& o, int, int) {
            if (o.label != QLatin1String("SELECT"))
                return;
            DbRequest r;
            r.sql = QStringLiteral("SET lock_timeout = '200ms'; INSERT INTO public.orders (customer_id) VALUES (1)");
            DbError w;
            writer.execute(r, &w);
            writeError = w.sqlState;
        });
        const MigrationRunResult r = runner.rehearse(plan().scripts);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(writeError, QStringLiteral("55P03"));
        QString indexNote, auditNote;
        for (const StatementOutcome& o : r.statements) {
            if (o.line == 1)
                indexNote = o.note;
            if (o.line == 3)
                auditNote = o.note;
        }
        QVERIFY2(indexNote.contains(QLatin1String("SHARE on public.orders")) &&
                     indexNote.contains(QLatin1String("blocks writes")),
                 qPrintable(indexNote));
        QVERIFY2(auditNote.isEmpty(), qPrintable(auditNote)); // a table no one else can see yet
        QVERIFY2(r.message.contains(QLatin1String("blocked writes while it held SHARE on public.orders for")),
                 qPrintable(r.message));
        QVERIFY2(!r.message.contains(QLatin1String("audit")), qPrintable(r.message));
    }

    void newerSyntaxIsLeftToTheServerThatAcceptsIt()
    {
        // SET EXPRESSION is PostgreSQL 17's; the parser has 15's grammar. On 17 and 18 it must not
        // block; on 16 the server itself says no during the rehearsal; on 13-15 it is an error.
        QVERIFY(apply(plan()).ok);
        QByteArray sql = "ALTER TABLE public.orders ADD COLUMN doubled bigint GENERATED ALWAYS AS (id * 2) STORED;\n"
                         "ALTER TABLE public.orders ALTER COLUMN doubled SET EXPRESSION AS (id * 3);\n";
        const int major = test::serverMajor();
        if (major >= 18) // virtual generated columns and NOT ENFORCED constraints
            sql += "ALTER TABLE public.orders ADD COLUMN cents bigint GENERATED ALWAYS AS (id * 100) VIRTUAL;\n"
                   "ALTER TABLE public.orders ADD CONSTRAINT orders_id_small CHECK (id < 0) NOT ENFORCED;\n";
        addFile("005_newer_syntax.sql", sql);
        exec("INSERT INTO public.orders (customer_id) VALUES (1)");
        const MigrationPlan p = plan();
        QStringList rules;
        for (const LintFinding& f : p.lint.findings)
            if (f.line == 2)
                rules << f.rule;
        if (major <= MigrationLinter::kGrammarMajor) {
            QVERIFY2(rules.contains(QLatin1String("parse-error")), qPrintable(rules.join(' ')));
            QVERIFY(!p.blockers.isEmpty());
            return;
        }
        QVERIFY2(rules.contains(QLatin1String("newer-syntax")), qPrintable(rules.join(' ')));
        QVERIFY2(p.blockers.isEmpty(), qPrintable(p.blockers.join('\n')));
        Connection c;
        DbError e;
        QVERIFY(c.open(options(), &e));
        const MigrationRunResult rehearsal = MigrationRunner(c, {}).rehearse(p.scripts);
        if (major < 17) { // 16 does not know SET EXPRESSION: its own parser is the check
            QVERIFY(!rehearsal.ok);
            QVERIFY2(rehearsal.message.contains(QLatin1String("line 2")) &&
                         rehearsal.message.contains(QLatin1String("syntax error")),
                     qPrintable(rehearsal.message));
            return;
        }
        QVERIFY2(rehearsal.ok, qPrintable(rehearsal.message));
        const MigrationRunResult applied = apply(p);
        QVERIFY2(applied.ok, qPrintable(applied.message));
        QCOMPARE(exec("SELECT doubled - id * 3 FROM public.orders LIMIT 1").value(0, 0).toLongLong(), 0);
        if (major >= 18)
            QCOMPARE(exec("SELECT cents - id * 100 FROM public.orders LIMIT 1").value(0, 0).toLongLong(), 0);
    }

    void failureHalfWayLeavesSchemaAndTrackingAsBefore()
    {
        QVERIFY(apply(plan()).ok);
        addFile("005_ship_orders.sql",
                "SET lock_timeout = '5s';\n"
                "ALTER TABLE public.orders ADD COLUMN IF NOT EXISTS shipped_at timestamptz;\n"
                "CREATE INDEX IF NOT EXISTS orders_shipped_idx ON public.orders (shipped_at);\n"
                "INSERT INTO public.orders (customer_id) VALUES (424242);\n"
                "ALTER TABLE public.orders DROP COLUMN note;\n");
        const QString before = schemaDump();
        const int rowsBefore = trackingRows();
        const MigrationRunResult r = apply(plan());
        QVERIFY(!r.ok);
        QCOMPARE(r.failedVersion, QStringLiteral("005"));
        QVERIFY2(r.message.contains(QLatin1String("line 4")) &&
                     r.message.contains(QLatin1String("rolled back")),
                 qPrintable(r.message));
        QVERIFY(r.message.contains(QLatin1String("foreign key")));
        QVERIFY(!r.partial);
        QCOMPARE(schemaDump(), before);
        QCOMPARE(trackingRows(), rowsBefore);
        QCOMPARE(plan().statuses.last().state, MigrationStatus::State::Pending);
    }

    void setNotNullWithNullsIsStoppedBeforeAnythingRuns()
    {
        QVERIFY(apply(plan()).ok);
        exec("INSERT INTO public.orders (customer_id, note) VALUES (1, NULL), (2, NULL)");
        addFile("005_require_note.sql", "SET lock_timeout = '5s';\n"
                                        "ALTER TABLE public.orders ADD COLUMN IF NOT EXISTS flag int;\n"
                                        "ALTER TABLE public.orders ALTER COLUMN note SET NOT NULL;\n");
        const MigrationPlan p = plan();
        bool found = false;
        for (const LintFinding& f : p.lint.findings) {
            if (f.rule == QLatin1String("set-not-null-has-nulls")) {
                found = true;
                QCOMPARE(f.severity, LintFinding::Severity::Error);
                QVERIFY2(f.message.contains(QLatin1String(": 2 row(s) with NULL")), qPrintable(f.message));
                QCOMPARE(f.line, 3);
                QVERIFY(f.live);
            }
        }
        QVERIFY(found);
        QVERIFY(!p.blockers.isEmpty()); // the CLI and the wizard refuse to apply: nothing is touched
        // Rehearsal shows the same failure for real, and still changes nothing.
        const QString before = schemaDump();
        Connection c;
        DbError e;
        QVERIFY(c.open(options(), &e));
        const MigrationRunResult r = MigrationRunner(c, {}).rehearse(p.scripts);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("line 3")), qPrintable(r.message));
        QCOMPARE(schemaDump(), before);
    }

    void aNullCountThatCannotFinishIsReportedNotGuessed()
    {
        QVERIFY(apply(plan()).ok);
        addFile("005_require_note.sql",
                "SET lock_timeout = '5s';\nALTER TABLE public.orders ALTER COLUMN note SET NOT NULL;\n");
        // Another session holds the table exclusively: the count would wait behind it.
        Connection holder;
        DbError e;
        QVERIFY(holder.open(options(), &e));
        DbRequest r;
        r.sql = QStringLiteral("BEGIN; LOCK TABLE public.orders IN ACCESS EXCLUSIVE MODE");
        holder.execute(r, &e);
        QVERIFY(!e.isError());
        Connection c;
        QVERIFY(c.open(options(), &e));
        const MigrationSet files = MigrationDiscovery::discover(m_dir->path());
        const QList<MigrationScript> scripts{
            MigrationScript::load(*files.find(QStringLiteral("005")), false)};
        MigrationLinter::Result lint = MigrationLinter::lint(scripts);
        // Not queued behind the holder (the count's own limit is a minute): skipped, naming it.
        QElapsedTimer clock;
        clock.start();
        const MigrationInspector::Report report = MigrationInspector::inspect(c, scripts, &lint, 60000);
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(report.ok(), qPrintable(report.error));
        DbRequest pid;
        pid.sql = QStringLiteral("SELECT pg_backend_pid()");
        const QString holderPid = holder.execute(pid, &e).value(0, 0).toString();
        bool found = false;
        for (const LintFinding& f : lint.findings) {
            QVERIFY(f.rule != QLatin1String("set-not-null-has-nulls"));
            if (f.rule == QLatin1String("set-not-null-not-counted")) {
                found = true;
                QCOMPARE(f.severity, LintFinding::Severity::Warning);
                QVERIFY(f.rewrite.contains(QLatin1String("count(*)")));
                QVERIFY2(f.message.contains(QStringLiteral("pid %1").arg(holderPid)) &&
                             f.message.contains(QLatin1String("ACCESS EXCLUSIVE")),
                         qPrintable(f.message));
            }
        }
        QVERIFY(found);
        r.sql = QStringLiteral("ROLLBACK");
        holder.execute(r, &e);
    }

    void addNotNullColumnToTableWithRowsIsAnError()
    {
        QVERIFY(apply(plan()).ok);
        addFile("005_priority.sql",
                "SET lock_timeout = '5s';\nALTER TABLE public.orders ADD COLUMN priority int NOT NULL;\n");
        QVERIFY(hasFinding(plan(), QStringLiteral("add-column-not-null-has-rows")));
    }

    void failedConcurrentIndexIsReportedWithItsInvalidIndex()
    {
        QVERIFY(apply(plan()).ok);
        addFile("005_unique_status.sql",
                "SET lock_timeout = '5s';\n"
                "CREATE UNIQUE INDEX CONCURRENTLY orders_status_key ON public.orders (status);\n");
        const MigrationRunResult r = apply(plan());
        QVERIFY(!r.ok);
        QVERIFY(r.partial);
        QCOMPARE(r.invalidIndexes, QStringList{QStringLiteral("orders_status_key")});
        QVERIFY2(r.message.contains(QLatin1String("INVALID index orders_status_key")), qPrintable(r.message));
        const MigrationPlan after = plan();
        QCOMPARE(after.statuses.last().state, MigrationStatus::State::Failed);
        QVERIFY(after.statuses.last().nextStep(after.trackingTable).contains(QLatin1String("DELETE FROM")));
        QVERIFY(!after.blockers.isEmpty());
    }

    void driftMissingAndOutOfOrderAreShown()
    {
        QVERIFY(apply(plan()).ok);
        // A line-ending change is not drift; an edit is.
        QFile f1(m_dir->filePath("001_create_orders.sql"));
        QVERIFY(f1.open(QIODevice::ReadOnly));
        const QByteArray crlf = f1.readAll().replace("\n", "\r\n");
        f1.close();
        addFile("001_create_orders.sql", "\xEF\xBB\xBF" + crlf);
        addFile("002_add_composite_indexes.sql", "CREATE INDEX orders_other_idx ON public.orders (note);\n");
        QVERIFY(QFile::remove(m_dir->filePath("003_order_total_function.sql")));
        QVERIFY(QFile::remove(m_dir->filePath("003_order_total_function_rollback.sql")));
        addFile("000_late_branch.sql", "SELECT 1;\n");
        MigrationPlan p = plan();
        using S = MigrationStatus::State;
        QCOMPARE(states(p), (QList<S>{S::OutOfOrder, S::Applied, S::Changed, S::MissingFile, S::Applied}));
        QVERIFY(p.blockers.size() >= 2);
        MigrationPlanner::Options o;
        o.allowOutOfOrder = true;
        p = plan(o);
        QCOMPARE(p.scripts.size(), 1);
        QCOMPARE(p.scripts.first().migration.version, QStringLiteral("000"));
    }

    void rollsBackTheLastMigrations()
    {
        QVERIFY(apply(plan()).ok);
        MigrationPlanner::Options o;
        o.rollbackSteps = 2;
        const MigrationPlan p = plan(o);
        QVERIFY2(p.blockers.isEmpty(), qPrintable(p.blockers.join(QLatin1Char('\n'))));
        QCOMPARE(p.scripts.size(), 2);
        QCOMPARE(p.scripts.first().migration.version, QStringLiteral("004"));
        Connection c;
        DbError e;
        QVERIFY(c.open(options(), &e));
        const MigrationRunResult r = MigrationRunner(c, {}).rollback(p.scripts);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.versions, (QStringList{"004", "003"}));
        QVERIFY(exec("SELECT to_regclass('public.orders_status_idx') IS NULL").value(0, 0).toBool());
        QVERIFY(
            exec("SELECT to_regprocedure('public.order_label(public.orders)') IS NULL").value(0, 0).toBool());
        QCOMPARE(trackingRows(), 2);
        using S = MigrationStatus::State;
        QCOMPARE(states(plan()), (QList<S>{S::Applied, S::Applied, S::Pending, S::Pending}));
        // And forward again.
        QVERIFY(apply(plan()).ok);
    }

    void aMigrationWithoutRollbackFileCannotBeRolledBack()
    {
        addFile("005_no_way_back.sql", "CREATE TABLE IF NOT EXISTS public.audit (id int);\n");
        QVERIFY(apply(plan()).ok);
        MigrationPlanner::Options o;
        o.rollbackSteps = 1;
        const MigrationPlan p = plan(o);
        QVERIFY(!p.blockers.isEmpty());
        QVERIFY(p.blockers.first().contains(QLatin1String("no rollback file")));
    }

    void advisoryLockKeepsTwoRunsApart()
    {
        exec("SELECT pg_advisory_lock(21319, hashtext('sightglass'))");
        const MigrationRunResult r = apply(plan());
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("Another migration run")), qPrintable(r.message));
        QCOMPARE(trackingRows(), -1);
        exec("SELECT pg_advisory_unlock_all()");
        QVERIFY(apply(plan()).ok);
    }

    void liveLocksNameTheBlockingSession()
    {
        QVERIFY(apply(plan()).ok);
        Connection other;
        DbError e;
        QVERIFY(other.open(options(), &e));
        DbRequest r;
        r.sql = QStringLiteral("BEGIN; SELECT count(*) FROM public.orders");
        other.execute(r, &e);
        QVERIFY(!e.isError());
        addFile("005_add_column.sql",
                "SET lock_timeout = '5s';\nALTER TABLE public.orders ADD COLUMN IF NOT EXISTS x int;\n");
        MigrationPlan p = plan();
        const LiveTable t = p.live.tables.value(QStringLiteral("public.orders"));
        QVERIFY(t.exists);
        QVERIFY(t.bytes > 0);
        const auto conflicts = t.conflictsWith(LockMode::AccessExclusive);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().mode, LockMode::AccessShare);
        QCOMPARE(conflicts.first().state, QStringLiteral("idle in transaction"));
        QVERIFY(t.conflictsWith(LockMode::ShareUpdateExclusive).isEmpty());
        const QString described =
            MigrationInspector::describeLocks(p.scripts.first().statements.at(1).info, p.live, true)
                .join('\n');
        QVERIFY2(described.contains(QLatin1String("would wait for pid")), qPrintable(described));

        // Applied now, the lock_timeout ends the wait and nothing changes.
        MigrationRunner::Options o;
        o.lockTimeoutMs = 300;
        addFile("005_add_column.sql", "ALTER TABLE public.orders ADD COLUMN IF NOT EXISTS x int;\n");
        const QString before = schemaDump();
        const MigrationRunResult run = apply(plan(), o);
        QVERIFY(!run.ok);
        QVERIFY2(run.message.contains(QLatin1String("lock")), qPrintable(run.message));
        QCOMPARE(schemaDump(), before);
        r.sql = QStringLiteral("ROLLBACK");
        other.execute(r, &e);
        QVERIFY(apply(plan(), o).ok);
    }

    void foreignKeyIndexIsCheckedOnTheServer()
    {
        QVERIFY(apply(plan()).ok);
        // orders(customer_id, created_at) exists: customer_id is covered. note is not.
        addFile("005_fks.sql",
                "SET lock_timeout = '5s';\n"
                "ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk2 FOREIGN KEY (customer_id) "
                "REFERENCES public.customers (id) NOT VALID;\n"
                "ALTER TABLE public.orders ADD CONSTRAINT orders_note_fk FOREIGN KEY (note) "
                "REFERENCES public.customers (email) NOT VALID;\n");
        const MigrationPlan p = plan();
        QList<int> lines;
        for (const LintFinding& f : p.lint.findings) {
            if (f.rule == QLatin1String("foreign-key-without-index"))
                lines << f.line;
        }
        QCOMPARE(lines, QList<int>{3});
    }

    void readsFlywayAndGolangMigrateHistoriesReadOnly()
    {
        exec("CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version text, description "
             "text, "
             "type text, script text, checksum int, installed_by text, installed_on timestamp DEFAULT now(), "
             "execution_time int, success boolean)");
        exec("INSERT INTO flyway_schema_history VALUES (1, '1', 'create orders', 'SQL', "
             "'V1__create_orders.sql', 123, "
             "'flyway', now(), 5, true), (2, '2', 'indexes', 'SQL', 'V2__x.sql', 456, 'flyway', now(), 5, "
             "true)");
        MigrationPlan p = plan();
        using S = MigrationStatus::State;
        QCOMPARE(states(p), (QList<S>{S::Applied, S::Applied, S::Pending, S::Pending}));
        QVERIFY(p.foreignTracking);
        QVERIFY(p.blockers.join(' ').contains(QLatin1String("flyway_schema_history")));

        exec("DROP TABLE flyway_schema_history");
        exec("CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)");
        exec("INSERT INTO schema_migrations VALUES (3, true)");
        p = plan();
        QCOMPARE(states(p), (QList<S>{S::Applied, S::Applied, S::Failed, S::Pending}));
        QVERIFY(p.trackingSource.contains(QLatin1String("golang-migrate")));
        QCOMPARE(trackingRows("public.schema_migrations"), 1); // read, never written
    }

    void serverGoneOrCancelledMidMigrationLosesNothing()
    {
        QVERIFY(apply(plan()).ok);
        addFile("005_slow.sql", "ALTER TABLE public.orders ADD COLUMN IF NOT EXISTS slow int;\n"
                                "SELECT pg_sleep(30);\n");
        const QString before = schemaDump();
        const MigrationPlan p = plan();
        for (const bool terminate : {false, true}) {
            Connection c;
            DbError e;
            QVERIFY(c.open(options(), &e));
            std::atomic<bool> stop = false;
            // From another thread while the sleep runs: cancel it, or kill the session.
            std::thread interrupter([&] {
                Connection killer;
                DbError ke;
                killer.open(options(), &ke);
                for (int i = 0; i < 100 && !stop; ++i) {
                    DbRequest r;
                    r.sql =
                        QStringLiteral("SELECT pid FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)' "
                                       "AND state = 'active'");
                    const ResultSet rs = killer.execute(r, &ke);
                    if (rs.rowCount() > 0) {
                        if (terminate) {
                            r.sql =
                                QStringLiteral("SELECT pg_terminate_backend(%1)").arg(rs.value(0, 0).toInt());
                            killer.execute(r, &ke);
                        } else {
                            c.cancel();
                        }
                        return;
                    }
                    QThread::msleep(50);
                }
            });
            const MigrationRunResult r = MigrationRunner(c, {}).apply(p.scripts);
            stop = true;
            interrupter.join();
            QVERIFY(!r.ok);
            QCOMPARE(r.failedVersion, QStringLiteral("005"));
            QVERIFY2(r.message.contains(terminate ? QLatin1String("connection") : QLatin1String("cancel"),
                                        Qt::CaseInsensitive),
                     qPrintable(r.message));
            QCOMPARE(schemaDump(), before);
            QCOMPARE(trackingRows(), 4);
        }
    }

    void hostileNamesStayNames()
    {
        exec("CREATE TABLE x (id int)");
        addFile("005_hostile.sql",
                "SET lock_timeout = '5s';\n"
                "CREATE TABLE public.\"a\"\"; DROP TABLE x; --\" (\"Order Ref\" text);\n"
                "CREATE INDEX CONCURRENTLY \"idx; DROP TABLE x\" ON public.\"a\"\"; DROP TABLE x; --\" "
                "(\"Order Ref\");\n");
        MigrationRunner::Options o;
        o.schema = QStringLiteral("Mig\"rations; DROP TABLE x");
        MigrationPlanner::Options po;
        po.schema = o.schema;
        const MigrationRunResult r = apply(plan(po), o);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(exec("SELECT to_regclass('x') IS NOT NULL").value(0, 0).toBool());
        QCOMPARE(trackingRows(QStringLiteral("\"Mig\"\"rations; DROP TABLE x\".schema_migrations")), 5);
        QCOMPARE(states(plan(po)).count(MigrationStatus::State::Applied), 5);
    }
};

QTEST_GUILESS_MAIN(tst_MigrationRunner)
#include "tst_MigrationRunner.moc"
