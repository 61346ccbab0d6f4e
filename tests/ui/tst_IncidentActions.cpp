// SPDX-License-Identifier: GPL-3.0-or-later
// Cancel and terminate as in an incident: while Sightglass's own interactive session waits on the
// lock being fought, on a production (read-only) profile, and for a role that may not signal.
#include "TestDialogs.h"
#include "TestRows.h"
#include "TestSandbox.h"

#include "db/Connection.h"
#include "db/DbClient.h"
#include "db/LiveQuery.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"
#include "monitor/ActivityMonitor.h"
#include "ui/LiveTableView.h"
#include "ui/activity/ActivityPanel.h"
#include "ui/activity/SessionsView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <thread>

using namespace sg;

namespace {

int pidOf(const QString& application)
{
    Connection c;
    DbError e;
    if (!c.open(test::sandboxOptions(), &e))
        return 0;
    DbRequest r;
    r.sql = QStringLiteral("SELECT pid FROM pg_stat_activity WHERE application_name = $1");
    r.params = {application};
    return c.execute(r, &e).value(0, 0).toInt();
}

/// A session on its own thread running \a sql (until it ends or is cancelled).
struct Busy
{
    DbError error;       // before the thread: it must outlive the thread that writes it
    std::jthread thread; // joined first when a Busy goes out of scope
    Busy(const QString& application, const QString& sql, const ConnectionOptions& base = test::sandboxOptions())
    {
        thread = std::jthread([this, application, sql, base] {
            ConnectionOptions o = base;
            o.session.applicationName = application;
            o.session.statementTimeoutMs = 0;
            Connection c;
            if (c.open(o, &error))
                c.execute(sql, {}, &error);
        });
    }
};

} // namespace

class tst_IncidentActions : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        ServerSession session;
        std::unique_ptr<ActivityMonitor> monitor;
        std::unique_ptr<ui::ActivityPanel> panel;
        explicit Fixture(const ConnectionOptions& options)
        {
            session.open(options);
            monitor = std::make_unique<ActivityMonitor>(&session);
            panel = std::make_unique<ui::ActivityPanel>(monitor.get());
            panel->resize(1200, 800);
            panel->show();
            monitor->start();
            QTRY_VERIFY_WITH_TIMEOUT(session.admin()->state() == ConnectionState::Connected, 10000);
        }
    };

    /// Selects the session \a pid once the list shows it running its pg_sleep (every Busy here
    /// sleeps): a refresh from before its query started would show it idle, and the action's
    /// confirmation would be about that.
    static bool selectPid(Fixture& f, int pid)
    {
        QTableView* table = f.panel->sessionsView()->table()->table();
        return QTest::qWaitFor(
            [&] {
                f.monitor->sessions()->refresh();
                const int r = test::findRow(table->model(), 0, pid, Qt::MatchExactly, ResultTableModel::SortRole);
                const ResultSet& rs = f.monitor->sessions()->model()->result();
                const int listed = test::findRow(rs, QStringLiteral("pid"), pid, Qt::MatchExactly);
                if (r < 0 || !rs.value(listed, QStringLiteral("query")).toString().contains(QLatin1String("pg_sleep")))
                    return false;
                table->selectRow(r);
                return true;
            },
            10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Connection c;
        DbError e;
        QVERIFY(c.open(test::sandboxOptions(), &e));
        SG_VERIFY_EXEC(
            c,
            QStringLiteral("CREATE TABLE IF NOT EXISTS incident_orders (id int); "
                           "DROP ROLE IF EXISTS tst_watch; CREATE ROLE tst_watch LOGIN PASSWORD 'watch-pw'; "
                           "GRANT pg_monitor TO tst_watch; "
                           "DROP ROLE IF EXISTS tst_app; CREATE ROLE tst_app LOGIN PASSWORD 'app-pw'"));
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
    }

    void cancelOfALockHolderLandsWhileOurInteractiveSessionWaits()
    {
        Fixture f(test::sandboxOptions());
        Busy blocker(QStringLiteral("etl-nightly"),
                     QStringLiteral("BEGIN; LOCK TABLE incident_orders IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(60)"));
        QVERIFY(test::waitForSession(QStringLiteral("application_name = 'etl-nightly' AND query LIKE '%pg_sleep%'")));
        // Sightglass's own interactive session now queues behind the lock (as a catalog read did).
        DbReply waited;
        connect(f.session.interactive(), &DbClient::replied, this, [&](const DbReply& r) { waited = r; });
        const quint64 stuck =
            f.session.interactive()->submit(QStringLiteral("t"), QStringLiteral("SELECT count(*) FROM incident_orders"));
        QVERIFY(test::waitForSession(QStringLiteral("wait_event_type = 'Lock' AND query LIKE '%incident_orders%'")));

        QSignalSpy done(f.monitor.get(), &ActivityMonitor::actionFinished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(f.monitor->runAction(ActivityMonitor::SessionAction::Cancel, pidOf(QStringLiteral("etl-nightly"))));
        // Before the admin session this landed when the interactive statement timed out (30 s).
        QVERIFY(done.wait(5000));
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        blocker.thread.join();
        QCOMPARE(blocker.error.sqlState, QStringLiteral("57014")); // the blocker's statement was cancelled
        QTRY_COMPARE_WITH_TIMEOUT(waited.id, stuck, 5000); // and our own read went through
        QVERIFY(waited.ok());
        qInfo("cancel landed after %lld ms", clock.elapsed());
    }

    void productionProfileCancelsButCannotWrite()
    {
        ConnectionOptions o = test::sandboxOptions();
        o.session.readOnly = true;
        Fixture f(o);
        Busy victim(QStringLiteral("tst-victim"), QStringLiteral("SELECT pg_sleep(60)"));
        QVERIFY(test::waitUntilRunning(QStringLiteral("SELECT pg_sleep(60)")));
        const int pid = pidOf(QStringLiteral("tst-victim"));
        QVERIFY(selectPid(f, pid));
        ui::SessionsView* view = f.panel->sessionsView();
        QVERIFY(view->cancelButton()->isEnabled()); // no "Allow writes…" first
        // The confirmation says what it would stop.
        test::NextMessageBox confirm(QMessageBox::Ok);
        QSignalSpy done(f.monitor.get(), &ActivityMonitor::actionFinished);
        view->cancelButton()->click();
        const QString asked = confirm.text();
        QVERIFY2(asked.contains(QStringLiteral("SELECT pg_sleep(60)")) && asked.contains(QStringLiteral("tst-victim")) &&
                     asked.contains(QStringLiteral("pg_cancel_backend(%1)").arg(pid)),
                 qPrintable(asked));
        QVERIFY(done.wait(5000));
        QVERIFY(done.first().first().toBool());
        victim.thread.join();
        QCOMPARE(victim.error.sqlState, QStringLiteral("57014"));
        // Data writes stay locked on every session of the profile, the admin one included.
        for (DbClient* c : {f.session.interactive(), f.session.admin()}) {
            DbReply reply;
            auto conn = connect(c, &DbClient::replied, this, [&](const DbReply& r) { reply = r; });
            const quint64 id = c->submit(QStringLiteral("t"), QStringLiteral("CREATE TABLE never_here (id int)"));
            QTRY_COMPARE_WITH_TIMEOUT(reply.id, id, 5000);
            disconnect(conn);
            QCOMPARE(reply.error.sqlState, QStringLiteral("25006")); // read-only transaction
        }
    }

    void aRoleThatMayNotSignalSeesWhy()
    {
        ConnectionOptions watch = test::sandboxOptions();
        watch.remove(QStringLiteral("passfile"));
        watch.setValue(QStringLiteral("user"), QStringLiteral("tst_watch"));
        watch.setValue(QStringLiteral("password"), QStringLiteral("watch-pw"));
        Fixture f(watch);
        QTRY_VERIFY_WITH_TIMEOUT(f.session.capabilities().serverVersionNum > 0, 10000);
        ui::SessionsView* view = f.panel->sessionsView();

        Busy super(QStringLiteral("tst-super"), QStringLiteral("SELECT pg_sleep(30)"));
        ConnectionOptions app = watch;
        app.setValue(QStringLiteral("user"), QStringLiteral("tst_app"));
        app.setValue(QStringLiteral("password"), QStringLiteral("app-pw"));
        Busy other(QStringLiteral("tst-other-role"), QStringLiteral("SELECT pg_sleep(30)"), app);
        QVERIFY(test::waitForSession(QStringLiteral("application_name = 'tst-other-role' AND state = 'active'")));
        QVERIFY(test::waitForSession(QStringLiteral("application_name = 'tst-super' AND state = 'active'")));

        QVERIFY(selectPid(f, pidOf(QStringLiteral("tst-super"))));
        QTRY_VERIFY_WITH_TIMEOUT(!view->cancelButton()->isEnabled(), 5000);
        QVERIFY2(view->cancelButton()->toolTip().contains(QStringLiteral("Only a superuser")),
                 qPrintable(view->cancelButton()->toolTip()));
        QVERIFY(selectPid(f, pidOf(QStringLiteral("tst-other-role"))));
        QTRY_VERIFY_WITH_TIMEOUT(view->cancelButton()->toolTip().contains(QStringLiteral("pg_signal_backend")), 5000);
        QVERIFY(!view->terminateButton()->isEnabled());

        // With pg_signal_backend (after a reconnect reads the capabilities again) it may.
        Connection admin;
        DbError e;
        QVERIFY(admin.open(test::sandboxOptions(), &e));
        SG_VERIFY_EXEC(admin, QStringLiteral("GRANT pg_signal_backend TO tst_watch"));
        Fixture granted(watch);
        QTRY_VERIFY_WITH_TIMEOUT(granted.session.capabilities().hasSignalBackend, 10000);
        QVERIFY(selectPid(granted, pidOf(QStringLiteral("tst-other-role"))));
        QTRY_VERIFY_WITH_TIMEOUT(granted.panel->sessionsView()->cancelButton()->isEnabled(), 5000);
        SG_VERIFY_EXEC(
            admin,
            QStringLiteral("SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name IN "
                           "('tst-super', 'tst-other-role')"));
    }

    void keysAndTheBlockingTreeAct()
    {
        Fixture f(test::sandboxOptions());
        ui::SessionsView* view = f.panel->sessionsView();
        Busy victim(QStringLiteral("tst-keys"), QStringLiteral("SELECT pg_sleep(30)"));
        QVERIFY(test::waitUntilRunning(QStringLiteral("SELECT pg_sleep(30)")));
        const int pid = pidOf(QStringLiteral("tst-keys"));
        QVERIFY(selectPid(f, pid));
        // Delete asks to cancel the selected session (answered no: nothing is sent).
        view->table()->table()->setFocus();
        {
            test::NextMessageBox no(QMessageBox::Cancel);
            QTest::keyClick(view->table()->table(), Qt::Key_Delete);
            QVERIFY2(no.text().contains(QStringLiteral("pg_cancel_backend(%1)").arg(pid)),
                     qPrintable(no.text()));
        }
        // Shift+Delete asks to terminate it.
        {
            test::NextMessageBox no(QMessageBox::Cancel);
            QTest::keyClick(view->table()->table(), Qt::Key_Delete, Qt::ShiftModifier);
            QVERIFY2(no.text().contains(QStringLiteral("pg_terminate_backend(%1)").arg(pid)),
                     qPrintable(no.text()));
        }
        Connection c;
        DbError e;
        QVERIFY(c.open(test::sandboxOptions(), &e));
        SG_VERIFY_EXEC(c, QStringLiteral("SELECT pg_cancel_backend(%1)").arg(pid));
    }

    void terminatesABlockingChainOldestFirst()
    {
        // A holds t1; B holds t2 and waits for t1 (A); C waits for t2 (B). Ending the chain from A
        // terminates A and B, oldest transaction first, and C goes on.
        Connection setup;
        DbError e;
        QVERIFY(setup.open(test::sandboxOptions(), &e));
        SG_VERIFY_EXEC(setup, QStringLiteral("CREATE TABLE IF NOT EXISTS chain_t1 (id int); CREATE TABLE IF "
                                             "NOT EXISTS chain_t2 (id int)"));
        Fixture f(test::sandboxOptions());
        ui::SessionsView* view = f.panel->sessionsView();
        Busy a(QStringLiteral("chain-a"), QStringLiteral("BEGIN; LOCK chain_t1; SELECT pg_sleep(60)"));
        QVERIFY(test::waitForSession(QStringLiteral("application_name = 'chain-a' AND query LIKE '%pg_sleep%'")));
        Busy b(QStringLiteral("chain-b"), QStringLiteral("BEGIN; LOCK chain_t2; LOCK chain_t1"));
        QVERIFY(test::waitForSession(QStringLiteral("application_name = 'chain-b' AND wait_event_type = 'Lock'")));
        Busy c(QStringLiteral("chain-c"), QStringLiteral("BEGIN; LOCK chain_t2; COMMIT"));
        QVERIFY(test::waitForSession(QStringLiteral("application_name = 'chain-c' AND wait_event_type = 'Lock'")));
        const int pa = pidOf(QStringLiteral("chain-a")), pb = pidOf(QStringLiteral("chain-b"));
        QTRY_VERIFY_WITH_TIMEOUT((f.monitor->sessions()->refresh(), view->chainOf(pa) == (QList<int>{pa, pb})), 10000);
        // Chosen in the tree, the session is the one the actions act on.
        const QList<QTreeWidgetItem*> items =
            view->blockingTree()->findItems(QString::number(pa), Qt::MatchExactly | Qt::MatchRecursive, 0);
        QCOMPARE(items.size(), 1);
        view->blockingTree()->setCurrentItem(items.first());
        QCOMPARE(view->selectedPid(), pa);
        QVERIFY(view->terminateChainAction()->isEnabled());
        test::NextMessageBox confirm(QMessageBox::Ok);
        QSignalSpy done(f.monitor.get(), &ActivityMonitor::actionFinished);
        view->terminateChainAction()->trigger();
        const QString asked = confirm.text();
        QVERIFY2(asked.indexOf(QStringLiteral("pg_terminate_backend(%1)").arg(pa)) <
                         asked.indexOf(QStringLiteral("pg_terminate_backend(%1)").arg(pb)) &&
                     asked.contains(QStringLiteral("chain-b")),
                 qPrintable(asked));
        QVERIFY(done.wait(5000));
        c.thread.join(); // C got its lock and committed
        QVERIFY2(!c.error.isError(), qPrintable(c.error.userMessage()));
        a.thread.join();
        b.thread.join();
        // Both blockers are gone from the server (B may have got its lock just before its turn).
        DbRequest left;
        left.sql = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name IN ('chain-a', 'chain-b')");
        QTRY_COMPARE_WITH_TIMEOUT(setup.execute(left, &e).value(0, 0).toInt(), 0, 5000);
    }
};

QTEST_MAIN(tst_IncidentActions)
#include "tst_IncidentActions.moc"
