// SPDX-License-Identifier: GPL-3.0-or-later
// Plans: the arithmetic on hand-made plans with known figures, then real plans from the sandbox
// (parallel, CTE, InitPlan/SubPlan, partitions, nested loops, spilled sorts, stale statistics),
// and the explain/plan commands (data-changing statements leave the data as it was).
#include "TestSandbox.h"

#include "db/Connection.h"
#include "db/SqlLibrary.h"
#include "plan/Explain.h"
#include "plan/Plan.h"
#include "plan/PlanDiff.h"
#include "plan/PlanReport.h"
#include "plan/SqlText.h"
#include "plan/WhatIf.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>
#include <QSettings>
#include <QTest>

using namespace sg;

namespace {

Connection& db()
{
    static Connection c;
    if (!c.isOpen()) {
        DbError e;
        ConnectionOptions o = test::sandboxOptions();
        o.session.statementTimeoutMs = 0;
        if (!c.open(o, &e))
            qFatal("%s", qPrintable(e.userMessage()));
    }
    return c;
}

ResultSet run(const QString& sql)
{
    DbRequest r;
    r.sql = sql;
    DbError e;
    const ResultSet rs = db().execute(r, &e);
    if (e.isError())
        qFatal("%s: %s", qPrintable(sql.left(120)), qPrintable(e.userMessage()));
    return rs;
}

Plan explainAnalyze(const QString& sql)
{
    Explain x;
    x.analyze = true;
    ResultSet rs;
    const QStringList steps = x.statements(sql, db().serverVersion());
    for (int i = 0; i < steps.size(); ++i) {
        const ResultSet r = run(steps.at(i));
        if (i == x.explainIndex())
            rs = r;
    }
    QString error;
    auto plan = Plan::parse(rs.value(0, 0).toString(), &error);
    if (!plan)
        qFatal("%s", qPrintable(error));
    plan->analyse();
    return *plan;
}

const PlanNode* find(const Plan& p, const QString& nodeType)
{
    for (const PlanNode& n : p.nodes) {
        if (n.nodeType == nodeType)
            return &n;
    }
    return nullptr;
}

bool anyWarning(const Plan& p, const QString& part)
{
    for (const PlanNode& n : p.nodes) {
        for (const QString& w : n.warnings) {
            if (w.contains(part))
                return true;
        }
    }
    return false;
}

QString node(const char* type, double total, double loops, const QString& extra = {},
             const QString& plans = {})
{
    return QStringLiteral(
               R"({"Node Type": "%1", "Startup Cost": 0, "Total Cost": 10, "Plan Rows": 100, "Plan Width": 4,
        "Actual Startup Time": 0.1, "Actual Total Time": %2, "Actual Rows": 100, "Actual Loops": %3 %4 %5})")
        .arg(QLatin1String(type))
        .arg(total)
        .arg(loops)
        .arg(extra.isEmpty() ? QString() : QStringLiteral(", ") + extra)
        .arg(plans.isEmpty() ? QString() : QStringLiteral(", \"Plans\": [") + plans + QLatin1Char(']'));
}

void makeTables()
{
    run(QStringLiteral(R"(
        DROP TABLE IF EXISTS big, small, parted, stale CASCADE;
        CREATE TABLE big (id int, grp int, payload text);
        INSERT INTO big SELECT g, g % 100, md5(g::text) FROM generate_series(1, 200000) g;
        CREATE TABLE small (id int, grp int);
        INSERT INTO small SELECT g, g % 100 FROM generate_series(1, 2000) g;
        CREATE TABLE parted (id int, d date) PARTITION BY RANGE (d);
        CREATE TABLE parted_1 PARTITION OF parted FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
        CREATE TABLE parted_2 PARTITION OF parted FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
        INSERT INTO parted SELECT g, date '2026-01-01' + (g % 59) FROM generate_series(1, 5000) g;
        CREATE TABLE stale (id int, v int) WITH (autovacuum_enabled = false);
        INSERT INTO stale VALUES (1, 1);
        ANALYZE big, small, parted, stale;
        INSERT INTO stale SELECT g, 7 FROM generate_series(2, 50000) g;
    )"));
}

} // namespace

class tst_Plan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parallelTimesAreDividedAcrossProcesses()
    {
        const QString json =
            QStringLiteral(R"([{"Plan": %1, "Planning Time": 0.5, "Execution Time": 31.0}])")
                .arg(node("Gather", 30, 1, QStringLiteral(R"("Workers Planned": 2, "Workers Launched": 2)"),
                          node("Seq Scan", 24, 3,
                               QStringLiteral(R"("Parent Relationship": "Outer", "Parallel Aware": true,
                                                   "Relation Name": "t", "Schema": "public", "Alias": "t", "Plan Rows": 4)"))));
        QString error;
        auto p = Plan::parse(json, &error);
        QVERIFY2(p, qPrintable(error));
        p->analyse();
        QCOMPARE(p->nodes.size(), 2);
        const PlanNode& gather = p->nodes.at(0);
        const PlanNode& scan = p->nodes.at(1);
        QCOMPARE(scan.inclusiveMs, 24.0); // 24 ms per process x 3 loops / 3 processes
        QCOMPARE(scan.exclusiveMs, 24.0);
        QCOMPARE(gather.inclusiveMs, 30.0);
        QCOMPARE(gather.exclusiveMs, 6.0);
        QCOMPARE(qRound(scan.percentOfTotal * 10), 774); // 24 / 31
        QCOMPARE(scan.title(), QStringLiteral("Parallel Seq Scan on public.t"));
        // "Plan Rows" 4 here overrides the 100 of the template: 100 came, 4 expected -> 25x under
        QCOMPARE(scan.misestimate, 25.0);
        QVERIFY(scan.underestimated);
        QVERIFY(anyWarning(*p, QStringLiteral("25× too low")));
    }

    void cteInitPlanAndSubPlanArithmetic()
    {
        const QString cte =
            node("Seq Scan", 20, 1,
                 QStringLiteral(R"("Parent Relationship": "InitPlan", "Subplan Name": "CTE w")"));
        const QString cteScan =
            node("CTE Scan", 25, 1,
                 QStringLiteral(R"("Parent Relationship": "Outer", "CTE Name": "w", "Alias": "w")"));
        const QString sub = node(
            "Index Scan", 0.01, 1000,
            QStringLiteral(
                R"("Parent Relationship": "SubPlan", "Subplan Name": "SubPlan 1", "Index Name": "i", "Relation Name": "x")"));
        const QString hash =
            node("Hash", 10, 1, QStringLiteral(R"("Parent Relationship": "Inner")"),
                 node("Seq Scan", 15, 1,
                      QStringLiteral(R"("Parent Relationship": "Outer", "Relation Name": "b")"), sub));
        const QString never =
            node("Seq Scan", 0, 0,
                 QStringLiteral(
                     R"x("Parent Relationship": "InitPlan", "Subplan Name": "InitPlan 2 (returns $1)")x"));
        const QString json = QStringLiteral(R"({"Query Text": "select …", "Plan": %1})")
                                 .arg(node("Hash Join", 50, 1, {},
                                           cte + QLatin1Char(',') + cteScan + QLatin1Char(',') + hash +
                                               QLatin1Char(',') + never));
        QString error;
        auto p = Plan::parse(json, &error); // auto_explain's shape: an object with "Query Text"
        QVERIFY2(p, qPrintable(error));
        p->analyse();
        QCOMPARE(p->queryText, QStringLiteral("select …"));
        QCOMPARE(p->executionMs, 50.0); // no "Execution Time": the root's time
        auto byType = [&](const char* type, const char* rel = nullptr) -> const PlanNode& {
            for (const PlanNode& n : p->nodes) {
                if (n.nodeType == QLatin1String(type) &&
                    (!rel || n.raw.value(QStringLiteral("Relation Name")).toString() == QLatin1String(rel)))
                    return n;
            }
            qFatal("no %s", type);
        };
        QCOMPARE(p->nodes.at(0).exclusiveMs, 15.0); // 50 - CTE Scan 25 - Hash 10 (the CTE is inside the scan)
        QCOMPARE(byType("CTE Scan").exclusiveMs, 5.0);      // 25 - the CTE's 20
        QCOMPARE(byType("Hash").exclusiveMs, 0.0);          // 10 - 15 clamps at 0
        QCOMPARE(byType("Index Scan").inclusiveMs, 10.0);   // 0.01 x 1000 loops
        QCOMPARE(byType("Seq Scan", "b").exclusiveMs, 5.0); // 15 - its SubPlan's 10
        QVERIFY(p->nodes.last().neverExecuted);
        QCOMPARE(p->nodes.last().inclusiveMs, 0.0);
        QVERIFY(p->toText().contains(QStringLiteral("(never executed)")));
        QVERIFY(p->toText().contains(QStringLiteral("CTE w")));
    }

    void comparesTwoPlans()
    {
        auto scan = [](const char* type, const char* rel, const QString& extra = {}) {
            return node(
                type, 5, 1,
                QStringLiteral(R"x("Relation Name": "%1", "Schema": "public", "Alias": "%1" %2)x")
                    .arg(QLatin1String(rel), extra.isEmpty() ? QString() : QStringLiteral(", ") + extra));
        };
        const QString before =
            QStringLiteral(R"({"Plan": %1, "Execution Time": 40})")
                .arg(node(
                    "Hash Join", 40, 1, {},
                    scan("Seq Scan", "a", QStringLiteral(R"("Parent Relationship": "Outer")")) +
                        QLatin1Char(',') +
                        node("Hash", 10, 1, QStringLiteral(R"("Parent Relationship": "Inner")"),
                             scan("Seq Scan", "b", QStringLiteral(R"("Parent Relationship": "Outer")")))));
        const QString after =
            QStringLiteral(R"({"Plan": %1, "Execution Time": 4})")
                .arg(node(
                    "Nested Loop", 4, 1, {},
                    scan("Seq Scan", "b", QStringLiteral(R"("Parent Relationship": "Outer")")) +
                        QLatin1Char(',') +
                        scan("Index Scan", "a",
                             QStringLiteral(R"("Parent Relationship": "Inner", "Index Name": "a_pkey")"))));
        QString error;
        auto a = Plan::parse(before, &error), b = Plan::parse(after, &error);
        QVERIFY(a && b);
        a->analyse();
        b->analyse();
        const PlanDiff::Result d = PlanDiff::compare(*a, *b);
        QCOMPARE(d.rows.first().change, QStringLiteral("Hash Join → Nested Loop"));
        bool scanChanged = false, hashGone = false, bOnlyAfter = false;
        for (const PlanDiff::Row& r : d.rows) {
            scanChanged |= r.change == QStringLiteral("Seq Scan → Index Scan") &&
                           a->nodes.at(r.before).relation == QLatin1String("public.a");
            hashGone |=
                r.before >= 0 && r.after < 0 && a->nodes.at(r.before).nodeType == QLatin1String("Hash");
            bOnlyAfter |= r.before < 0 && b->nodes.at(r.after).relation == QLatin1String("public.b");
        }
        QVERIFY(scanChanged && hashGone && bOnlyAfter);
        QVERIFY(d.joinOrderChanged);
        QCOMPARE(d.tablesBefore, (QStringList{QStringLiteral("public.a"), QStringLiteral("public.b")}));
        QVERIFY2(d.summary.contains(QStringLiteral("40.000 ms → 4.000 ms")), qPrintable(d.summary));
        QVERIFY(d.summary.contains(QStringLiteral("Join order changed")));
        // The same plan twice: nothing changed.
        const PlanDiff::Result same = PlanDiff::compare(*a, *a);
        for (const PlanDiff::Row& r : same.rows)
            QVERIFY(r.change.isEmpty());
        QVERIFY(!same.joinOrderChanged);
    }

    void whatIfCandidatesFromFiltersJoinsAndSorts()
    {
        const QString json =
            QStringLiteral(R"x({"Plan": {"Node Type": "Sort", "Sort Key": ["o.placed DESC"], "Total Cost": 50,
            "Startup Cost": 40, "Plan Rows": 10, "Plans": [
              {"Node Type": "Hash Join", "Parent Relationship": "Outer", "Hash Cond": "(o.customer_id = c.id)", "Total Cost": 40,
               "Plans": [
                 {"Node Type": "Seq Scan", "Parent Relationship": "Outer", "Relation Name": "Order Lines", "Schema": "shop",
                  "Alias": "o", "Filter": "((o.status = 'open'::text) AND (o.total > 10))", "Total Cost": 30},
                 {"Node Type": "Hash", "Parent Relationship": "Inner", "Total Cost": 5, "Plans": [
                   {"Node Type": "Seq Scan", "Parent Relationship": "Outer", "Relation Name": "customers", "Schema": "shop",
                    "Alias": "c", "Total Cost": 5}]}]}]}})x");
        QString error;
        auto p = Plan::parse(json, &error);
        QVERIFY2(p, qPrintable(error));
        p->analyse();
        const auto c = WhatIf::candidates(*p, 5);
        QStringList keys;
        for (const auto& x : c)
            keys << x.key();
        QVERIFY2(keys.contains(QStringLiteral("shop.Order Lines(status,total)")),
                 qPrintable(keys.join(QLatin1Char(' '))));
        QVERIFY2(keys.contains(QStringLiteral("shop.Order Lines(customer_id)")),
                 qPrintable(keys.join(QLatin1Char(' '))));
        QVERIFY2(keys.contains(QStringLiteral("shop.Order Lines(placed)")),
                 qPrintable(keys.join(QLatin1Char(' '))));
        QVERIFY2(keys.contains(QStringLiteral("shop.customers(id)")),
                 qPrintable(keys.join(QLatin1Char(' '))));
        for (const auto& x : c) {
            if (x.key() == QLatin1String("shop.Order Lines(status,total)"))
                QCOMPARE(x.createSql(),
                         QStringLiteral("CREATE INDEX ON \"shop\".\"Order Lines\" (\"status\", \"total\")"));
        }
    }

    void badInputSaysWhatIsWrong()
    {
        QString error;
        QVERIFY(!Plan::parse(QStringLiteral("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)"), &error));
        QVERIFY(error.contains(QStringLiteral("FORMAT JSON")));
        QVERIFY(!Plan::parse(QStringLiteral("[{\"Plan\": {\"Node Type\": "), &error));
        QVERIFY(error.contains(QStringLiteral("not valid JSON")));
        QVERIFY(!Plan::parse(QStringLiteral("[{\"Planning Time\": 1}]"), &error));
        QVERIFY(error.contains(QStringLiteral("\"Plan\"")));
        QVERIFY(!Plan::parse(QStringLiteral("[]"), &error));
        // psql's aligned output of the JSON, with its header, rule, "+" continuations and row count
        auto p = Plan::parse(QStringLiteral("              QUERY PLAN               \n"
                                            "---------------------------------------\n"
                                            " [                                    +\n"
                                            "   {                                  +\n"
                                            "     \"Plan\": {                       +\n"
                                            "       \"Node Type\": \"Result\"       +\n"
                                            "     }                                +\n"
                                            "   }                                  +\n"
                                            " ]\n(1 row)\n"),
                             &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->nodes.first().nodeType, QStringLiteral("Result"));
    }

    void fuzzCorpusReadsWithoutCrashing()
    {
        // The seeds of ./sg fuzz (and whatever a fuzzing run saved there): every one parses or says why.
        const QDir corpus(QStringLiteral(SG_FUZZ_CORPUS));
        const QStringList files = corpus.entryList(QDir::Files);
        QVERIFY(files.size() >= 4);
        int plans = 0;
        for (const QString& f : files) {
            QFile file(corpus.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QString error;
            if (auto p = Plan::parse(QString::fromUtf8(file.readAll()), &error)) {
                p->analyse();
                QVERIFY(!p->toText().isEmpty());
                ++plans;
            } else {
                QVERIFY(!error.isEmpty());
            }
        }
        QVERIFY(plans >= 4);
    }

    void absurdFiguresStayDefined()
    {
        // Out-of-range numbers (hand-edited or corrupted plans): clamped, never undefined behaviour
        // (the ASan/UBSan run checks that), never a crash.
        QString error;
        auto p = Plan::parse(
            QStringLiteral(R"({"Plan": {"Node Type": "Seq Scan", "Plan Width": 1e300, "Plan Rows": -1e308,
            "Actual Loops": 1e308, "Actual Total Time": 1e308, "Actual Rows": 1e200, "Shared Hit Blocks": -1e300,
            "Workers Launched": 1e30, "Hash Batches": -5, "Sort Space Used": 1e19}})"),
            &error);
        QVERIFY2(p, qPrintable(error));
        p->analyse();
        QVERIFY(!p->toText().isEmpty());
        QVERIFY(!PlanReport::toText(*p).isEmpty());
        QCOMPARE(p->nodes.first().planWidth, 1000000000);
        QCOMPARE(p->nodes.first().hashBatches, 0);
    }

    void deepPlansDoNotExhaustTheStack()
    {
        QString json =
            QStringLiteral(R"({"Node Type": "Result", "Actual Total Time": 1, "Actual Loops": 1})");
        for (int i = 0; i < 5000; ++i)
            json = QStringLiteral(
                       R"({"Node Type": "Limit", "Actual Total Time": 1, "Actual Loops": 1, "Plans": [%1]})")
                       .arg(json);
        QString error;
        auto p = Plan::parse(QStringLiteral("[{\"Plan\": ") + json + QStringLiteral("}]"), &error);
        // Qt's JSON reader has a nesting limit; either the plan reads or it says why, never a crash.
        if (p) {
            p->analyse();
            QCOMPARE(p->nodes.size(), 5001);
        } else {
            QVERIFY(!error.isEmpty());
        }
    }

    void parameterValuesAreRememberedPerStatement()
    {
        QSettings().remove(QStringLiteral("explain/parameters")); // what an earlier run remembered
        const QString byCustomer = QStringLiteral("SELECT * FROM orders WHERE customer = $1 AND status = $2");
        const QString byId = QStringLiteral("SELECT * FROM orders WHERE id = $1");
        Explain::rememberParameters(byCustomer, {QStringLiteral("42"), QStringLiteral("'open'")});
        QCOMPARE(Explain::rememberedParameters(byId), QStringList()); // not the other statement's $1
        // The same statement with other spacing (pg_stat_statements and an editor differ there).
        QCOMPARE(Explain::rememberedParameters(
                     QStringLiteral("SELECT *\n  FROM orders\n WHERE customer = $1 AND status = $2")),
                 (QStringList{QStringLiteral("42"), QStringLiteral("'open'")}));
        Explain::rememberParameters(byId, {QStringLiteral("7")});
        QCOMPARE(Explain::rememberedParameters(byCustomer).value(0), QStringLiteral("42"));
    }

    void statementsAreWrappedSafely()
    {
        QVERIFY(Explain::writesData(QStringLiteral("WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d")));
        QVERIFY(
            Explain::writesData(QStringLiteral("merge into t using s on true when matched then do nothing")));
        QVERIFY(!Explain::writesData(
            QStringLiteral("SELECT 'delete' AS \"update\" -- insert\n FROM t /* merge */")));
        QVERIFY(!Explain::writesData(QStringLiteral("SELECT $$ delete $$, $x$ update $x$")));
        QVERIFY(Explain::outlivesRollback(QStringLiteral("SELECT NextVal ('s')")));
        QVERIFY(Explain::outlivesRollback(QStringLiteral("select * from dblink_exec('x', 'y')")));
        QVERIFY(Explain::outlivesRollback(QStringLiteral("INSERT INTO t DEFAULT VALUES"))); // serial columns
        QVERIFY(!Explain::outlivesRollback(QStringLiteral("SELECT 'nextval(s)' -- setval(x)")));
        QCOMPARE(
            Explain::parameterCount(QStringLiteral("SELECT * FROM t WHERE a = $1 AND b = $12 AND c = '$3'")),
            12);
        QCOMPARE(
            Explain::bindParameters(QStringLiteral("SELECT $1, '$1', \"$2\", $12 /* $1 */ FROM t WHERE a=$2"),
                                    {QStringLiteral("1"), QStringLiteral("'x'")}),
            QStringLiteral("SELECT 1, '$1', \"$2\", $12 /* $1 */ FROM t WHERE a='x'"));
        Explain x;
        x.analyze = true;
        x.timeoutMs = 5000;
        const QStringList s = x.statements(QStringLiteral("DELETE FROM t;  "), 150000);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.first(), QStringLiteral("BEGIN"));
        QCOMPARE(s.at(1), QStringLiteral("SET LOCAL statement_timeout = 5000"));
        QCOMPARE(
            s.at(2),
            QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, VERBOSE, SETTINGS, WAL, FORMAT JSON) DELETE FROM t"));
        QCOMPARE(s.last(), QStringLiteral("ROLLBACK"));
        QCOMPARE(x.explainIndex(), 2);
        x.analyze = false;
        QCOMPARE(x.statements(QStringLiteral("SELECT 1"), 150000),
                 QStringList{QStringLiteral("EXPLAIN (VERBOSE, SETTINGS, FORMAT JSON) SELECT 1")});

        // GENERIC_PLAN: a $n statement explained without values, from 16 on, never with ANALYZE.
        Explain g;
        g.genericPlan = true;
        QCOMPARE(g.explainSql(QStringLiteral("SELECT $1::int"), 160000),
                 QStringLiteral("EXPLAIN (VERBOSE, SETTINGS, GENERIC_PLAN, FORMAT JSON) SELECT $1::int"));
        QVERIFY(!g.explainSql(QStringLiteral("SELECT $1::int"), 150000).contains(QLatin1String("GENERIC_PLAN")));
        g.analyze = true;
        QVERIFY(!g.explainSql(QStringLiteral("SELECT $1::int"), 160000).contains(QLatin1String("GENERIC_PLAN")));
    }

    void statementUnderTheCursor()
    {
        const QString text =
            QStringLiteral("SELECT ';' AS a; -- one; two\n"
                           "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
                           "/* a; /* nested; */ still; */ SELECT \"a;b\" FROM t WHERE x = E'\\';';\n"
                           "SELECT $1");
        const auto ranges = SqlText::statements(text);
        QCOMPARE(ranges.size(), 4);
        QCOMPARE(SqlText::statementAt(text, 3), QStringLiteral("SELECT ';' AS a"));
        QVERIFY(SqlText::statementAt(text, int(text.indexOf(QStringLiteral("RETURNS"))))
                    .endsWith(QStringLiteral("LANGUAGE sql")));
        QVERIFY(SqlText::statementAt(text, int(text.indexOf(QStringLiteral("FROM t"))))
                    .contains(QStringLiteral("E'\\';'")));
        QCOMPARE(SqlText::statementAt(text, int(text.size())), QStringLiteral("SELECT $1"));
        QCOMPARE(SqlText::statementAt(QStringLiteral("   "), 1), QString());
    }

    void realPlans()
    {
        makeTables();
        // Parallel: force workers on a 200,000-row table.
        run(QStringLiteral("SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET "
                           "min_parallel_table_scan_size = 0"));
        Plan p = explainAnalyze(QStringLiteral("SELECT grp, count(*) FROM big GROUP BY grp"));
        // The two steps of a parallel aggregate are named as psql names them.
        const Plan whole = explainAnalyze(QStringLiteral("SELECT count(*) FROM big"));
        QStringList titles;
        for (const PlanNode& n : whole.nodes)
            titles << n.title();
        QVERIFY2(titles.contains(QStringLiteral("Finalize Aggregate")) && titles.contains(QStringLiteral("Partial Aggregate")),
                 qPrintable(titles.join(QStringLiteral(" / "))));
        run(QStringLiteral(
            "RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size"));
        const PlanNode* gather = find(p, QStringLiteral("Gather Merge"))
                                     ? find(p, QStringLiteral("Gather Merge"))
                                     : find(p, QStringLiteral("Gather"));
        QVERIFY(gather);
        QVERIFY(p.settings.contains(QStringLiteral("parallel_setup_cost"))); // SETTINGS shows what we changed
        double sum = 0;
        for (const PlanNode& n : p.nodes) {
            QVERIFY(n.exclusiveMs >= 0);
            QVERIFY2(n.inclusiveMs <= p.nodes.first().inclusiveMs * 1.01 + 0.05, qPrintable(n.title()));
            sum += n.exclusiveMs;
        }
        // Exclusive times add up to the root's time (each node's time counted once).
        QVERIFY2(qAbs(sum - p.nodes.first().inclusiveMs) < 0.01 + 0.01 * p.nodes.first().inclusiveMs,
                 qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(p.nodes.first().inclusiveMs)));

        // A materialized CTE and an InitPlan.
        p = explainAnalyze(
            QStringLiteral("WITH w AS MATERIALIZED (SELECT grp, count(*) AS n FROM small GROUP BY grp) "
                           "SELECT * FROM w WHERE n > (SELECT avg(n) FROM w)"));
        bool sawCte = false, sawInit = false;
        for (const PlanNode& n : p.nodes) {
            sawCte |= n.subplanName == QLatin1String("CTE w");
            sawInit |= n.subplanName.startsWith(QLatin1String("InitPlan"));
        }
        QVERIFY(sawCte && sawInit);
        QVERIFY(find(p, QStringLiteral("CTE Scan")));
        QVERIFY(p.toText().contains(QStringLiteral("CTE Scan on w")));

        // Partitions: an Append over both.
        p = explainAnalyze(QStringLiteral("SELECT count(*) FROM parted WHERE id > 10"));
        const PlanNode* append = find(p, QStringLiteral("Append"));
        QVERIFY(append);
        QCOMPARE(append->children.size(), 2);

        // A nested loop rescanning a table.
        run(QStringLiteral(
            "SET enable_hashjoin = off; SET enable_mergejoin = off; SET enable_material = off"));
        p = explainAnalyze(QStringLiteral("SELECT count(*) FROM small s JOIN small t ON t.id = s.id"));
        run(QStringLiteral("RESET enable_hashjoin; RESET enable_mergejoin; RESET enable_material"));
        QVERIFY2(anyWarning(p, QStringLiteral("Runs a sequential scan")), qPrintable(PlanReport::toText(p)));

        // A sort that spills.
        run(QStringLiteral("SET work_mem = '64kB'"));
        p = explainAnalyze(QStringLiteral("SELECT * FROM big ORDER BY payload"));
        run(QStringLiteral("RESET work_mem"));
        QVERIFY2(anyWarning(p, QStringLiteral("Sort spilled to disk")), qPrintable(PlanReport::toText(p)));

        // Stale statistics: ANALYZE saw one row, 50,000 are there.
        p = explainAnalyze(QStringLiteral("SELECT * FROM stale WHERE v = 7"));
        QVERIFY2(anyWarning(p, QStringLiteral("too low")), qPrintable(PlanReport::toText(p)));

        // The JSON report has every node in plan order.
        const QJsonObject j = PlanReport::toJson(p);
        QCOMPARE(j.value(QStringLiteral("nodes")).toArray().size(), p.nodes.size());
        QCOMPARE(
            j.value(QStringLiteral("nodes")).toArray().first().toObject().value(QStringLiteral("id")).toInt(),
            0);
    }

    void statementColumnsPerServerVersion()
    {
        // Every variant yields the same columns; each reads only what its version's view has.
        const QString v13 = SqlLibrary::load(QStringLiteral("statements_top"), 13);
        const QString v14 = SqlLibrary::load(QStringLiteral("statements_top"), 14);
        const QString v15 = SqlLibrary::load(QStringLiteral("statements_top"), 15);
        const QString v16 = SqlLibrary::load(QStringLiteral("statements_top"), 16);
        const QString v17 = SqlLibrary::load(QStringLiteral("statements_top"), 17);
        const QString v18 = SqlLibrary::load(QStringLiteral("statements_top"), 18);
        QCOMPARE(v13, v14);
        QCOMPARE(v15, v16);
        QCOMPARE(v17, v18);
        QVERIFY(v13.contains(QStringLiteral("s.blk_read_time")) &&
                !v13.contains(QStringLiteral("temp_blk_read_time")));
        QVERIFY(v15.contains(QStringLiteral("s.blk_read_time")) &&
                v15.contains(QStringLiteral("temp_blk_read_time")));
        QVERIFY(!v17.contains(QStringLiteral("s.blk_read_time")) &&
                v17.contains(QStringLiteral("shared_blk_read_time")) &&
                v17.contains(QStringLiteral("local_blk_read_time")));
        for (const QString& v : {v13, v15, v17}) {
            QVERIFY(v.contains(QStringLiteral("total_exec_time")) &&
                    v.contains(QStringLiteral("total_plan_time")));
            for (const char* column :
                 {"AS total_ms", "AS plan_ms", "AS io_read_ms", "AS temp_io_ms", "AS query_text"})
                QVERIFY2(v.contains(QLatin1String(column)), column);
        }
        // The one for this server runs for real.
        run(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
        const ResultSet rs =
            run(SqlLibrary::load(QStringLiteral("statements_top"), db().serverVersion() / 10000));
        QVERIFY(rs.rowCount() > 0);
        QVERIFY(rs.columnIndex(QStringLiteral("query_text")) >= 0);

        // sightglass statements: the same rows for scripts
        QProcess proc;
        proc.start(QStringLiteral(SG_BINARY),
                   {QStringLiteral("statements"), QStringLiteral("--connect"), test::sandbox().conninfo(),
                    QStringLiteral("--top"), QStringLiteral("3"), QStringLiteral("--order-by"),
                    QStringLiteral("calls"), QStringLiteral("--json")});
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 0);
        const QJsonArray top = QJsonDocument::fromJson(proc.readAllStandardOutput()).array();
        QCOMPARE(top.size(), 3);
        QVERIFY(top.at(0).toObject().value(QStringLiteral("calls")).toDouble() >=
                top.at(1).toObject().value(QStringLiteral("calls")).toDouble());
        QVERIFY(top.at(0).toObject().contains(QStringLiteral("query")));
        proc.start(QStringLiteral(SG_BINARY),
                   {QStringLiteral("statements"), QStringLiteral("--connect"), test::sandbox().conninfo(),
                    QStringLiteral("--order-by"), QStringLiteral("nonsense")});
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 2);
    }

    void whatIfIndexNameFitsAndRuns()
    {
        WhatIf::Candidate c;
        c.schema = QStringLiteral("Other \"Schema\"");
        c.table = QStringLiteral("größenänderungsprotokoll_für_bestellungen");
        c.columns = {QStringLiteral("übergeordnete_größenänderung_id")};
        QVERIFY(c.indexName().toUtf8().size() <= 63);
        QVERIFY(c.indexName().endsWith(QLatin1String("_idx")));
        run(QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"Other \"\"Schema\"\"\"; CREATE TABLE IF NOT EXISTS "
                           "\"Other \"\"Schema\"\"\".\"größenänderungsprotokoll_für_bestellungen\" "
                           "(\"übergeordnete_größenänderung_id\" int)"));
        run(c.realSql());
        QCOMPARE(run(QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = "
                                    "'größenänderungsprotokoll_für_bestellungen'"))
                     .value(0, 0)
                     .toString(),
                 c.indexName()); // the server kept the whole name
    }

    void explainCommandSaysWhatARollbackDoesNotUndo()
    {
        run(QStringLiteral("DROP SEQUENCE IF EXISTS advanced; CREATE SEQUENCE advanced"));
        QProcess help;
        help.start(QStringLiteral(SG_BINARY), {QStringLiteral("explain"), QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(help.readAllStandardOutput()).contains(QStringLiteral("sequences it advances")));
        QProcess proc;
        proc.start(QStringLiteral(SG_BINARY),
                   {QStringLiteral("explain"), QStringLiteral("--connect"), test::sandbox().conninfo(),
                    QStringLiteral("--analyze"), QStringLiteral("SELECT nextval('advanced')")});
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 0);
        QVERIFY2(QString::fromUtf8(proc.readAllStandardError()).contains(QStringLiteral("Not undone: sequences")),
                 "no caveat");
        // What the caveat says: the rollback did not take the sequence back.
        QCOMPARE(run(QStringLiteral("SELECT nextval('advanced')")).value(0, 0).toInt(), 2);
    }

    void explainCommandRollsBackDataChanges()
    {
        run(QStringLiteral("DROP TABLE IF EXISTS keep; CREATE TABLE keep AS SELECT g AS id FROM "
                           "generate_series(1, 1000) g"));
        QProcess proc;
        proc.start(QStringLiteral(SG_BINARY),
                   {QStringLiteral("explain"), QStringLiteral("--connect"), test::sandbox().conninfo(),
                    QStringLiteral("--analyze"), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("DELETE FROM keep WHERE id > 10")});
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 0);
        QVERIFY(QString::fromUtf8(proc.readAllStandardError()).contains(QStringLiteral("ROLLBACK")));
        const QJsonObject j = QJsonDocument::fromJson(proc.readAllStandardOutput()).object();
        QCOMPARE(j.value(QStringLiteral("nodes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("node"))
                     .toString(),
                 QStringLiteral("Delete on public.keep"));
        QCOMPARE(run(QStringLiteral("SELECT count(*) FROM keep")).value(0, 0).toLongLong(), 1000);

        // Two statements in one: refused by the server, nothing runs.
        proc.start(QStringLiteral(SG_BINARY),
                   {QStringLiteral("explain"), QStringLiteral("--connect"), test::sandbox().conninfo(),
                    QStringLiteral("SELECT 1; DROP TABLE keep")});
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 1);
        QCOMPARE(run(QStringLiteral("SELECT count(*) FROM keep")).value(0, 0).toLongLong(), 1000);

        // plan FILE: the same analysis from a saved plan.
        Explain x;
        const ResultSet saved =
            run(x.explainSql(QStringLiteral("SELECT * FROM keep WHERE id = 5"), db().serverVersion()));
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write(saved.value(0, 0).toString().toUtf8());
        f.close();
        proc.start(QStringLiteral(SG_BINARY), {QStringLiteral("plan"), f.fileName()});
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 0);
        QVERIFY(QString::fromUtf8(proc.readAllStandardOutput())
                    .contains(QStringLiteral("Seq Scan on public.keep")));
    }
};

QTEST_GUILESS_MAIN(tst_Plan)
#include "tst_Plan.moc"
