// SPDX-License-Identifier: GPL-3.0-or-later
// The Query and plan dock, driven offscreen against the sandbox: the statement under the cursor,
// Explain Analyze of a data-changing statement rolled back, cancel, errors, completion.
#include "TestSandbox.h"

#include "db/Connection.h"
#include "db/DbClient.h"
#include "db/DemoEnvironment.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"
#include "ui/editor/SqlEditor.h"
#include "ui/MainWindow.h"
#include "ui/plan/PlanCompareDialog.h"
#include "ui/plan/PlanTreeModel.h"
#include "ui/plan/PlanView.h"
#include "ui/plan/QueryPanel.h"
#include "ui/plan/WhatIfDialog.h"
#include "ui/StatementsPanel.h"
#include <QComboBox>
#include <QDockWidget>
#include <QTableView>
#include <QTableWidget>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace sg;

namespace {

QString scalar(const QString& sql)
{
    Connection c;
    DbError e;
    if (!c.open(test::sandboxOptions(), &e))
        return e.userMessage();
    DbRequest r;
    r.sql = sql;
    const ResultSet rs = c.execute(r, &e);
    return e.isError() ? e.userMessage() : rs.value(0, 0).toString();
}

/// Debian's 15 has postgresql-15-hypopg; the matrix's npm servers carry no hypopg at all.
bool serverHasHypopg()
{
    return scalar(QStringLiteral("SELECT count(*) FROM pg_available_extensions WHERE name = 'hypopg'")) ==
           QLatin1String("1");
}

const char* const kNoHypopg = "this server build has no hypopg (the npm builds of the matrix carry none); "
                              "the message a DBA gets then is tested in whatIfIndexTurnsTheSeqScanIntoAnIndexScan";

} // namespace

class tst_QueryPanel : public QObject
{
    Q_OBJECT
    ServerSession m_session;

private Q_SLOTS:
    void initTestCase()
    {
        scalar(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, customer int, total numeric);"
                              "INSERT INTO orders SELECT g, g % 1000, g * 0.5 FROM generate_series(1, "
                              "100000) g; ANALYZE orders"));
        QSignalSpy connected(&m_session, &ServerSession::connected);
        m_session.open(test::sandboxOptions());
        QVERIFY(connected.wait(15000));
    }

    void explainsTheStatementUnderTheCursor()
    {
        ui::QueryPanel panel(&m_session);
        panel.resize(1100, 800);
        panel.show();
        panel.editor()->setText(
            QStringLiteral("SELECT 1;\n-- customers\nSELECT customer, count(*) FROM orders\n"
                           "WHERE customer = 42 GROUP BY customer;\nSELECT 'a;b';\n"));
        panel.editor()->setCursorPosition(2, 3); // in the second statement
        QSignalSpy shown(&panel, &ui::QueryPanel::planShown);
        panel.analyzeButton()->click();
        QVERIFY(shown.wait(30000));
        const sg::Plan& plan = panel.planView()->model()->plan();
        QVERIFY(plan.analyzed);
        bool scan = false;
        for (const sg::PlanNode& n : plan.nodes)
            scan |= n.relation == QLatin1String("public.orders");
        QVERIFY(scan);
        QVERIFY(panel.planView()->headerText().contains(QStringLiteral("Execution")));
        QVERIFY(panel.planView()->planText().contains(QStringLiteral("Execution Time")));
        QVERIFY(panel.planView()->bannerText().isEmpty()); // a SELECT: no banner
        QCOMPARE(panel.planView()->tree()->model()->rowCount(), 1);
        for (int c = 0; c < panel.planView()->model()->columnCount(); ++c)
            QVERIFY2(!panel.planView()->model()->headerData(c, Qt::Horizontal).toString().isEmpty(),
                     qPrintable(QString::number(c)));

        // completion knows the table and its columns by now
        QTRY_VERIFY_WITH_TIMEOUT(panel.editor()->completionWords().contains(QStringLiteral("customer")),
                                 10000);

        const QString dir = qEnvironmentVariable("SG_DOC_IMAGES");
        if (!dir.isEmpty())
            panel.grab().save(dir + QStringLiteral("/query-plan.png"));

        // The plan tree's hand-written index()/parent() hold up under Qt's model checker, with a
        // real plan, an empty one and the real one again.
        ui::PlanTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const sg::Plan real = panel.planView()->model()->plan();
        QVERIFY(real.nodes.size() >= 2);
        model.setPlan(real);
        model.setPlan(sg::Plan{});
        model.setPlan(real);
        QCOMPARE(model.rowCount(), 1);
    }

    void dataChangesAreRolledBack()
    {
        ui::QueryPanel panel(&m_session);
        QSignalSpy shown(&panel, &ui::QueryPanel::planShown);
        panel.explain(QStringLiteral("DELETE FROM orders WHERE id <= 50000"), true);
        QVERIFY(shown.wait(30000));
        QVERIFY2(panel.planView()->bannerText().contains(QStringLiteral("were undone")) &&
                     panel.planView()->bannerText().contains(QStringLiteral("sequences")),
                 qPrintable(panel.planView()->bannerText()));
        QCOMPARE(panel.planView()->model()->plan().nodes.first().title(),
                 QStringLiteral("Delete on public.orders"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("100000"));
    }

    void whatIfUnderAnExclusiveLockSaysSoAndWaitsForNobody()
    {
        if (!serverHasHypopg())
            QSKIP(kNoHypopg);
        scalar(QStringLiteral("CREATE EXTENSION IF NOT EXISTS hypopg"));
        ui::QueryPanel panel(&m_session);
        QSignalSpy shown(&panel, &ui::QueryPanel::planShown);
        QSignalSpy opened(&panel, &ui::QueryPanel::whatIfOpened);
        panel.explain(QStringLiteral("SELECT * FROM orders WHERE customer = 7"), false);
        QVERIFY(shown.wait(30000));
        // Someone takes the table exclusively (a migration, a VACUUM FULL) before What-if runs.
        Connection holder;
        DbError e;
        QVERIFY(holder.open(test::sandboxOptions(), &e));
        DbRequest r;
        r.sql = QStringLiteral("BEGIN; LOCK TABLE orders IN ACCESS EXCLUSIVE MODE");
        holder.execute(r, &e);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        panel.whatIfButton()->click();
        auto* dialog = qobject_cast<ui::WhatIfDialog*>(opened.first().at(0).value<QDialog*>());
        QSignalSpy tried(dialog, &ui::WhatIfDialog::tried);
        QVERIFY(tried.wait(15000)); // the editor connection's statement_timeout is 30 s: it did not wait
        QVERIFY(!dialog->results().isEmpty());
        QVERIFY2(dialog->results().first().error.contains(QStringLiteral("another session holds a lock")),
                 qPrintable(dialog->results().first().error));
        dialog->close();
        r.sql = QStringLiteral("ROLLBACK");
        holder.execute(r, &e);
        // The editor's own lock_timeout is what it was before.
        QSignalSpy replied(m_session.interactive(), &DbClient::replied);
        const quint64 id = m_session.interactive()->submit(QStringLiteral("t"), QStringLiteral("SHOW lock_timeout"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QList<QVariant>& args : replied)
                    if (args.at(0).value<DbReply>().id == id)
                        return true;
                return false;
            }(),
            10000);
        for (const QList<QVariant>& args : replied) {
            const DbReply reply = args.at(0).value<DbReply>();
            if (reply.id == id)
                QCOMPARE(reply.result.value(0, 0).toString(), QStringLiteral("0"));
        }
        scalar(QStringLiteral("DROP EXTENSION hypopg")); // the next test starts without it
    }

    void whatIfIndexTurnsTheSeqScanIntoAnIndexScan()
    {
        ui::QueryPanel panel(&m_session);
        // Without hypopg in the database: say what to do.
        QSignalSpy shown(&panel, &ui::QueryPanel::planShown);
        QSignalSpy opened(&panel, &ui::QueryPanel::whatIfOpened);
        panel.explain(QStringLiteral("SELECT * FROM orders WHERE customer = 42"), true);
        QVERIFY(shown.wait(30000));
        QVERIFY(panel.whatIfButton()->isEnabled());
        panel.whatIfButton()->click();
        QCOMPARE(opened.size(), 1);
        auto* dialog = qobject_cast<ui::WhatIfDialog*>(opened.first().at(0).value<QDialog*>());
        QVERIFY(dialog);
        QSignalSpy tried(dialog, &ui::WhatIfDialog::tried);
        QVERIFY(tried.wait(15000));
        QVERIFY2(dialog->statusText().contains(QStringLiteral("CREATE EXTENSION hypopg")),
                 qPrintable(dialog->statusText()));
        // A server without the extension at all is told where to get it, for its own major.
        if (!serverHasHypopg()) {
            QVERIFY2(dialog->statusText().contains(QStringLiteral("this server does not have")) &&
                         dialog->statusText().contains(
                             QStringLiteral("postgresql-%1-hypopg").arg(test::serverMajor())),
                     qPrintable(dialog->statusText()));
            QSKIP("the rest needs hypopg, which this server build does not have");
        }
        dialog->close();

        // With it: the hypothetical index on customer turns the seq scan into an index scan.
        scalar(QStringLiteral("CREATE EXTENSION IF NOT EXISTS hypopg"));
        panel.whatIfButton()->click();
        QCOMPARE(opened.size(), 2);
        dialog = qobject_cast<ui::WhatIfDialog*>(opened.last().at(0).value<QDialog*>());
        QSignalSpy tried2(dialog, &ui::WhatIfDialog::tried);
        QVERIFY(tried2.wait(15000));
        QVERIFY(!dialog->results().isEmpty());
        const auto& best = dialog->results().first();
        QVERIFY2(best.error.isEmpty(), qPrintable(best.error));
        QCOMPARE(best.candidate.columns, QStringList{QStringLiteral("customer")});
        QVERIFY(best.usesIndex);
        QVERIFY(best.costAfter < best.costBefore);
        bool indexScan = false;
        for (const sg::PlanNode& n : best.plan.nodes)
            indexScan |=
                n.nodeType.contains(QLatin1String("Index")) && n.indexName.startsWith(QLatin1Char('<'));
        QVERIFY(indexScan);
        QVERIFY(dialog->planView()->bannerText().contains(QStringLiteral("hypothetical")));
        if (const QString dir = qEnvironmentVariable("SG_DOC_IMAGES"); !dir.isEmpty())
            dialog->grab().save(dir + QStringLiteral("/what-if.png"));
        // With the index built for real, the plans before and after compare side by side.
        {
            QSignalSpy compared(&panel, &ui::QueryPanel::compareOpened);
            scalar(QStringLiteral("CREATE INDEX orders_customer_idx ON orders (customer)"));
            panel.explain(QStringLiteral("SELECT * FROM orders WHERE customer = 42"), true);
            QVERIFY(shown.wait(30000));
            QVERIFY(panel.compareButton()->isEnabled());
            panel.compareButton()->click();
            QCOMPARE(compared.size(), 1);
            auto* cmp = qobject_cast<ui::PlanCompareDialog*>(compared.first().at(0).value<QDialog*>());
            QVERIFY(cmp);
            QVERIFY2(cmp->summary().contains(QStringLiteral("ms →")), qPrintable(cmp->summary()));
            QVERIFY2(cmp->table()->item(0, 2)->text().contains(QStringLiteral("Seq Scan →")),
                     qPrintable(cmp->table()->item(0, 2)->text()));
            if (const QString dir = qEnvironmentVariable("SG_DOC_IMAGES"); !dir.isEmpty())
                cmp->grab().save(dir + QStringLiteral("/compare-plans.png"));
            cmp->close();
            scalar(QStringLiteral("DROP INDEX orders_customer_idx"));
        }
        QCOMPARE(best.candidate.realSql(),
                 QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS \"orders_customer_idx\" ON "
                                "\"public\".\"orders\" (\"customer\");"));
        // What the user would run is valid SQL that builds that index (and runs again harmlessly).
        QCOMPARE(scalar(best.candidate.realSql()), QString());
        QCOMPARE(scalar(best.candidate.realSql()), QString());
        QCOMPARE(scalar(QStringLiteral("SELECT indisvalid FROM pg_index WHERE indexrelid = "
                                       "'public.orders_customer_idx'::regclass")),
                 QStringLiteral("true"));
        QCOMPARE(scalar(QStringLiteral("DROP INDEX orders_customer_idx")), QString());
        // Nothing left behind: no hypothetical index on the session, no real one on the table.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'orders'")),
                 QStringLiteral("1"));
        QSignalSpy probe(m_session.interactive(), &DbClient::replied);
        const quint64 id = m_session.interactive()->submit(
            QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM hypopg_list_indexes"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto& args : probe)
                    if (args.at(0).value<DbReply>().id == id)
                        return true;
                return false;
            }(),
            10000);
        for (const auto& args : probe) {
            const DbReply r = args.at(0).value<DbReply>();
            if (r.id == id)
                QCOMPARE(r.result.value(0, 0).toLongLong(), 0);
        }
        dialog->close();
    }

    void demoSlowQueryFromTopToBetterPlan()
    {
        // The end-to-end path on the demo data: the planted slow query tops the window
        // view, Explain Analyze shows its seq scan with a warning, a what-if index does better.
        QString error;
        QVERIFY2(DemoEnvironment::load(test::sandbox(), &error), qPrintable(error));
        const ConnectionOptions demo =
            test::sandbox().options(QString::fromLatin1(DemoEnvironment::DatabaseName));
        {
            Connection c;
            DbError e;
            QVERIFY(c.open(demo, &e));
            DbRequest r;
            r.sql = QStringLiteral("CREATE EXTENSION IF NOT EXISTS hypopg");
            if (serverHasHypopg())
                c.execute(r, &e);
            QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        }
        ui::MainWindow w;
        w.show();
        QSignalSpy populated(&w, &ui::MainWindow::panelsPopulated);
        w.connectTo(demo, QStringLiteral("demo"));
        QVERIFY(populated.wait(30000));
        ui::StatementsPanel* slow = nullptr;
        for (QDockWidget* d : w.docks()) {
            if (d->objectName() == QLatin1String("statementsDock"))
                slow = d->findChild<ui::StatementsPanel*>();
        }
        QVERIFY(slow);
        slow->windowBox()->setCurrentIndex(1); // the last 15 minutes
        QTRY_VERIFY_WITH_TIMEOUT(slow->statusText().contains(QStringLiteral("statement(s)")),
                                 15000); // first snapshot kept
        {
            Connection c; // what the demo's workload runs, a few times, after the first snapshot
            DbError e;
            QVERIFY(c.open(demo, &e));
            DbRequest r;
            r.sql = QStringLiteral("SELECT pg_sleep(0.25), count(*) FROM demo_events WHERE account_id = 42");
            for (int i = 0; i < 8; ++i)
                c.execute(r, &e);
            QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        }
        auto topQuery = [&] {
            const ResultSet& rs = slow->model()->result();
            return rs.value(0, QStringLiteral("query")).toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT((w.refresh(), topQuery().contains(QStringLiteral("demo_events"))), 20000);

        ui::QueryPanel* panel = w.queryPanel();
        panel->setParameterPrompt([](const QString&, int n, bool) {
            QStringList v(n, QStringLiteral("0"));
            v.last() = QStringLiteral("42"); // pg_sleep(0), account 42
            return std::optional<QStringList>(v);
        });
        QSignalSpy shown(panel, &ui::QueryPanel::planShown);
        QSignalSpy explain(slow, &ui::StatementsPanel::explainRequested);
        Q_EMIT slow->table()->doubleClicked(slow->table()->model()->index(0, 0));
        QVERIFY(shown.wait(30000)); // the estimated plan
        QVERIFY(!panel->planView()->model()->plan().analyzed);
        panel->analyzeButton()->click(); // then for real, rolled back
        QVERIFY(shown.wait(30000));
        QVERIFY(panel->planView()->model()->plan().analyzed);
        bool seqScanWarned = false;
        for (const sg::PlanNode& n : panel->planView()->model()->plan().nodes)
            seqScanWarned |= n.nodeType.contains(QLatin1String("Seq Scan")) &&
                             n.relation.endsWith(QLatin1String("demo_events")) && !n.warnings.isEmpty();
        QVERIFY2(seqScanWarned, qPrintable(panel->planView()->planText()));

        QSignalSpy opened(panel, &ui::QueryPanel::whatIfOpened);
        panel->whatIfButton()->click();
        auto* dialog = qobject_cast<ui::WhatIfDialog*>(opened.first().at(0).value<QDialog*>());
        QSignalSpy tried(dialog, &ui::WhatIfDialog::tried);
        QVERIFY(tried.wait(15000));
        if (!serverHasHypopg()) {
            QVERIFY2(dialog->statusText().contains(QStringLiteral("this server does not have")),
                     qPrintable(dialog->statusText()));
            dialog->close();
            return;
        }
        QVERIFY(!dialog->results().isEmpty());
        QCOMPARE(dialog->results().first().candidate.columns, QStringList{QStringLiteral("account_id")});
        QVERIFY(dialog->results().first().usesIndex);
        QVERIFY(dialog->results().first().costAfter < dialog->results().first().costBefore);
        dialog->close();
    }

    void cancelErrorsAndParametersLeaveTheSessionUsable()
    {
        ui::QueryPanel panel(&m_session);
        QSignalSpy failed(&panel, &ui::QueryPanel::explainFailed);
        QSignalSpy shown(&panel, &ui::QueryPanel::planShown);
        // The server's log goes with a failure: it names the statement a cancel or an error hit.
        const auto lastFailure = [&failed] {
            return (failed.isEmpty() ? QString() : failed.last().at(0).toString()) + QLatin1Char('\n') +
                   test::sandbox().logTail(30);
        };

        panel.explain(QStringLiteral("SELECT pg_sleep(30)"), true);
        QTRY_VERIFY_WITH_TIMEOUT(panel.cancelButton()->isEnabled(), 5000);
        QVERIFY(test::waitForSession(QStringLiteral("state = 'active' AND query LIKE '%pg_sleep(30)%' "
                                                    "AND query NOT LIKE '%pg_stat_activity%'")));
        panel.cancelButton()->click();
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.last().at(0).toString().contains(QStringLiteral("cancel"), Qt::CaseInsensitive),
                 qPrintable(failed.last().at(0).toString()));

        panel.explain(QStringLiteral("SELEC 1"), false);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.last().at(0).toString().contains(QStringLiteral("syntax error")));

        // $1-style parameters (pg_stat_statements texts): the user gives values, or cancels.
        panel.setParameterPrompt([](const QString&, int, bool) { return std::optional<QStringList>(); });
        panel.explain(QStringLiteral("SELECT * FROM orders WHERE id = $1"), true);
        QCOMPARE(failed.size(), 2); // cancelled: nothing sent, nothing failed
        int asked = 0;
        panel.setParameterPrompt([&asked](const QString&, int count, bool) {
            asked = count;
            return std::optional<QStringList>(
                QStringList{QStringLiteral("42"), QStringLiteral("'it''s $1'")});
        });
        panel.explain(QStringLiteral("SELECT * FROM orders WHERE id = $1 OR total::text = $2 -- $3"), true);
        QCOMPARE(asked, 2);
        QVERIFY2(shown.wait(30000), qPrintable(lastFailure()));
        QCOMPARE(panel.lastStatement(),
                 QStringLiteral("SELECT * FROM orders WHERE id = 42 OR total::text = 'it''s $1' -- $3"));

        // From 16 on an estimated plan is offered without values: EXPLAIN (GENERIC_PLAN), $n left in.
        bool offered = false;
        panel.setParameterPrompt([&offered](const QString&, int, bool genericOffered) {
            offered = genericOffered;
            return std::optional<QStringList>(genericOffered ? QStringList() : QStringList{QStringLiteral("7")});
        });
        panel.explain(QStringLiteral("SELECT * FROM orders WHERE customer = $1"), false);
        QVERIFY2(shown.wait(30000), qPrintable(lastFailure()));
        QCOMPARE(offered, test::serverMajor() >= 16);
        QCOMPARE(panel.lastStatement(), offered ? QStringLiteral("SELECT * FROM orders WHERE customer = $1")
                                                : QStringLiteral("SELECT * FROM orders WHERE customer = 7"));
        QVERIFY(!panel.planView()->model()->plan().nodes.isEmpty());
        if (offered) { // sent without the extended protocol's guard: one statement, checked first
            const qsizetype before = failed.size();
            panel.explain(QStringLiteral("SELECT * FROM orders WHERE customer = $1; DROP TABLE orders"), false);
            QTRY_VERIFY_WITH_TIMEOUT(failed.size() > before, 10000);
            QVERIFY2(lastFailure().contains(QLatin1String("one statement")), qPrintable(lastFailure()));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("100000"));
        }
        panel.explain(QStringLiteral("SELECT * FROM orders WHERE customer = $1"), true);
        QVERIFY(shown.wait(30000));
        QVERIFY(!offered); // Explain Analyze runs the statement: it needs values
        QCOMPARE(panel.lastStatement(), QStringLiteral("SELECT * FROM orders WHERE customer = 7"));

        panel.explain(QStringLiteral("SELECT 1; DROP TABLE orders"), false);
        QVERIFY(failed.wait(10000));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("100000"));

        // and after all that, the session is not left inside a transaction
        panel.explain(QStringLiteral("SELECT count(*) FROM orders"), true);
        QVERIFY(shown.wait(30000));
        QVERIFY(panel.planView()->model()->plan().analyzed);
    }
};

QTEST_MAIN(tst_QueryPanel)
#include "tst_QueryPanel.moc"
