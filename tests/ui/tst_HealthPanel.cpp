// SPDX-License-Identifier: GPL-3.0-or-later
// The Production health dock on a real server, driven as a DBA would: the lines over the tabs say
// what is urgent (a sequence at the end of its integer column), a VACUUM in progress can be
// cancelled only through a confirmation that shows the statement, and keeping it running sends
// nothing.
#include "TestDialogs.h"
#include "TestRows.h"
#include "TestSandbox.h"

#include "db/Connection.h"
#include "db/DbClient.h"
#include "db/LiveQuery.h"
#include "db/ResultSortFilterProxy.h"
#include "db/ResultTableModel.h"
#include "db/SandboxServer.h"
#include "db/ServerSession.h"
#include "monitor/ActivityMonitor.h"
#include "monitor/HealthMonitor.h"
#include "ui/activity/TimeSeriesChart.h"
#include "ui/health/HealthPanel.h"
#include "ui/LiveTableView.h"
#include "ui/StateColors.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace sg;

namespace {

/// Saves a picture of \a w for the docs when SG_DOC_IMAGES names a folder.
void picture(QWidget* w, const char* name)
{
    const QString dir = qEnvironmentVariable("SG_DOC_IMAGES");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

} // namespace

class tst_HealthPanel : public QObject
{
    Q_OBJECT

    Connection m_setup;

private Q_SLOTS:
    void initTestCase()
    {
        DbError e;
        QVERIFY2(m_setup.open(test::sandboxOptions(), &e), qPrintable(e.userMessage()));
        SG_VERIFY_EXEC(m_setup, QStringLiteral("CREATE TABLE tickets (id int PRIMARY KEY)"));
        SG_VERIFY_EXEC(m_setup,
                       QStringLiteral("CREATE SEQUENCE tickets_id_seq AS bigint OWNED BY tickets.id"));
        SG_VERIFY_EXEC(m_setup, QStringLiteral("SELECT setval('tickets_id_seq', 2147483647 - 1000)"));
        SG_VERIFY_EXEC(
            m_setup,
            QStringLiteral("CREATE TABLE slow_vacuum WITH (autovacuum_enabled = false) AS "
                           "SELECT g AS id FROM generate_series(1, 60000) g")); // every page left to scan
    }

    void linesSayWhatIsUrgentAndACancelNeedsAConfirmation()
    {
        ServerSession session;
        session.open(test::sandboxOptions());
        ActivityMonitor activity(&session);
        HealthMonitor health(&activity);
        ui::HealthPanel panel(&health);
        panel.resize(1280, 640);
        panel.show();
        health.start();

        QTRY_VERIFY_WITH_TIMEOUT(panel.sequencesLine()->text().contains(QStringLiteral("tickets_id_seq")),
                                 20000);
        QVERIFY2(panel.sequencesLine()->text().contains(QStringLiteral("tickets.id, integer")),
                 qPrintable(panel.sequencesLine()->text()));
        QVERIFY(panel.sequencesLine()->text().contains(QStringLiteral("a minute of watching")));
        QVERIFY(panel.sequencesLine()->text().contains(QStringLiteral("1,000 left")) ||
                panel.sequencesLine()->text().contains(QStringLiteral("1000 left")));
        QTRY_VERIFY_WITH_TIMEOUT(panel.wraparoundLine()->text().contains(QStringLiteral("transactions old")),
                                 10000);
        QVERIFY(panel.wraparoundLine()->text().contains(QStringLiteral("200,000,000")) ||
                panel.wraparoundLine()->text().contains(QStringLiteral("200000000")));
        QTRY_VERIFY_WITH_TIMEOUT(panel.vacuumLine()->text().contains(QStringLiteral("workers busy")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.progressLine()->text().contains(QStringLiteral("no VACUUM")), 10000);
        // Checkpoints and I/O: the counts in words; pg_stat_io from 16 on, a note before.
        QTRY_VERIFY_WITH_TIMEOUT(panel.checkpointLine()->text().contains(QStringLiteral("on time")), 10000);
        panel.tabs()->setCurrentIndex(4);
        if (test::serverMajor() >= 16)
            QTRY_VERIFY_WITH_TIMEOUT(panel.ioView()->table()->model()->rowCount() > 0, 15000);
        else
            QVERIFY(panel.ioView()->isHidden() || !panel.ioView()->isVisibleTo(&panel));
        picture(&panel, "health-io.png");
        panel.tabs()->setCurrentIndex(0);
        picture(&panel, "health-wraparound.png");
        panel.tabs()->setCurrentIndex(1);
        picture(&panel, "health-sequences.png");

        DbClient vacuumer(QStringLiteral("vacuumer"));
        vacuumer.open(test::sandboxOptions());
        QTRY_VERIFY_WITH_TIMEOUT(vacuumer.state() == ConnectionState::Connected &&
                                     session.admin()->state() == ConnectionState::Connected,
                                 10000);
        QSignalSpy vacuumed(&vacuumer, &DbClient::replied);
        // A page per 100 ms at most: a minute or more of VACUUM, until the test cancels it. It shows up
        // at the next refresh of the slow pace (10 s), then moves every second.
        vacuumer.submit(QStringLiteral("t"), QStringLiteral("SET vacuum_cost_delay = 100"));
        vacuumer.submit(QStringLiteral("t"), QStringLiteral("SET vacuum_cost_limit = 1"));
        vacuumer.submit(QStringLiteral("t"), QStringLiteral("VACUUM slow_vacuum"));
        panel.tabs()->setCurrentIndex(3);
        QTableView* table = panel.progressView()->table();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.progressLine()->text().contains(QStringLiteral("VACUUM slow_vacuum")),
                                 5000);
        QVERIFY(!panel.cancelButton()->isEnabled()); // nothing selected yet
        table->selectRow(0);
        QVERIFY(panel.cancelButton()->isEnabled());
        // The ETA comes once the basis is long enough; then the picture for the docs.
        QTRY_VERIFY2_WITH_TIMEOUT(
            panel.progressLine()->text().contains(QStringLiteral("done in about")),
            qPrintable(panel.progressLine()->text() + QStringLiteral(" (%1 replies)").arg(vacuumed.size())),
            15000);
        picture(&panel, "health-progress.png");

        {
            test::NextMessageBox keep(QMessageBox::Cancel);
            panel.cancelButton()->click();
            QVERIFY(keep.answered());
            QVERIFY2(keep.text().contains(QStringLiteral("pg_cancel_backend(")), qPrintable(keep.text()));
            QVERIFY(keep.text().contains(QStringLiteral("VACUUM")));
            QVERIFY(keep.text().contains(QStringLiteral("slow_vacuum")));
        }
        QTest::qWait(1500);
        QCOMPARE(vacuumed.size(), 2); // kept running: only the two SETs have answered

        // The selection survives the refreshes; cancel it for real this time.
        QVERIFY(panel.cancelButton()->isEnabled());
        {
            test::NextMessageBox cancel(QMessageBox::Ok);
            panel.cancelButton()->click();
            QVERIFY(cancel.answered());
        }
        QTRY_COMPARE_WITH_TIMEOUT(vacuumed.size(), 3, 10000);
        const auto reply = vacuumed.last().at(0).value<DbReply>();
        QCOMPARE(reply.error.sqlState, QStringLiteral("57014"));
        QTRY_COMPARE_WITH_TIMEOUT(panel.cancelResult()->text(), QStringLiteral("Done."),
                                  5000); // the server's answer
        QTRY_VERIFY_WITH_TIMEOUT(panel.progressLine()->text().contains(QStringLiteral("no VACUUM")), 15000);
        QVERIFY(!panel.cancelButton()->isEnabled());
    }

    void aRoleThatMayNotCancelSeesWhy()
    {
        // A monitoring role sees a superuser's VACUUM but may not cancel it: the button says why
        // instead of sending a statement the server refuses.
        SG_VERIFY_EXEC(m_setup,
                       QStringLiteral("CREATE ROLE tst_watch LOGIN PASSWORD 'watch-pw' IN ROLE pg_monitor"));
        ConnectionOptions watch = test::sandboxOptions();
        watch.remove(QStringLiteral("passfile"));
        watch.setValue(QStringLiteral("user"), QStringLiteral("tst_watch"));
        watch.setValue(QStringLiteral("password"), QStringLiteral("watch-pw"));
        ServerSession session;
        session.open(watch);
        ActivityMonitor activity(&session);
        HealthMonitor health(&activity);
        ui::HealthPanel panel(&health);
        DbClient vacuumer(QStringLiteral("vacuumer"));
        vacuumer.open(test::sandboxOptions());
        QTRY_VERIFY_WITH_TIMEOUT(vacuumer.state() == ConnectionState::Connected &&
                                     session.catalog()->state() == ConnectionState::Connected,
                                 10000);
        QSignalSpy vacuumed(&vacuumer, &DbClient::replied);
        vacuumer.submit(QStringLiteral("t"), QStringLiteral("SET vacuum_cost_delay = 100"));
        vacuumer.submit(QStringLiteral("t"), QStringLiteral("SET vacuum_cost_limit = 1"));
        vacuumer.submit(QStringLiteral("t"), QStringLiteral("VACUUM slow_vacuum"));
        QVERIFY(test::waitForSession(QStringLiteral("state = 'active' AND query = 'VACUUM slow_vacuum'")));
        health.start();
        QTableView* table = panel.progressView()->table();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 1, 15000);
        table->selectRow(0);
        QVERIFY(!panel.cancelButton()->isEnabled());
        QVERIFY2(panel.cancelButton()->toolTip().contains(QStringLiteral("Only a superuser")),
                 qPrintable(panel.cancelButton()->toolTip()));
        QVERIFY(panel.cancelResult()->text().contains(QStringLiteral("Only a superuser")));
        // Not left running for the next suite: the superuser cancels it.
        test::execute(m_setup, QStringLiteral("SELECT pg_cancel_backend(pid) FROM pg_stat_activity "
                                              "WHERE query = 'VACUUM slow_vacuum'"));
        QTRY_COMPARE_WITH_TIMEOUT(vacuumed.size(), 3, 10000);
        test::execute(m_setup, QStringLiteral("DROP ROLE tst_watch"));
    }

    void theReplicationTabShowsTheStandbyTheSlotsAndTheCharts()
    {
        // A real standby of the sandbox, and the slot of one that went away.
        SandboxServer standby;
        QString error;
        QVERIFY2(test::sandbox().startStandby(standby, QStringLiteral("panel_standby"), &error),
                 qPrintable(error));
        SG_VERIFY_EXEC(m_setup,
                       QStringLiteral("SELECT pg_create_physical_replication_slot('departed', true)"));
        ServerSession session;
        session.open(test::sandboxOptions());
        ActivityMonitor activity(&session);
        HealthMonitor health(&activity);
        ui::HealthPanel panel(&health);
        panel.resize(1280, 640);
        panel.show();
        activity.start();
        health.start();
        QTRY_VERIFY2_WITH_TIMEOUT(panel.replicationLine()->text().contains(QStringLiteral("1 standby")) &&
                                      panel.replicationLine()->text().contains(QStringLiteral("departed")),
                                  qPrintable(panel.replicationLine()->text()), 20000);
        const QString line = panel.replicationLine()->text();
        QVERIFY2(line.contains(QStringLiteral("1 streaming")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("1 inactive slot")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("WAL archiving is off")), qPrintable(line));
        QCOMPARE(panel.replicationLine()->palette().color(QPalette::WindowText),
                 ui::stateColor(ui::State::Good, panel.palette()));

        panel.tabs()->setCurrentIndex(panel.tabs()->count() - 1);
        QCOMPARE(panel.tabs()->tabText(panel.tabs()->currentIndex()), QStringLiteral("Replication"));
        auto* replicas = panel.findChild<ui::LiveTableView*>(QStringLiteral("replicasView"));
        auto* slotsView = panel.findChild<ui::LiveTableView*>(QStringLiteral("slotsView"));
        QVERIFY(replicas && slotsView);
        QCOMPARE(replicas->table()->model()->rowCount(), 1);
        QVERIFY(test::findCell(replicas->table()->model(), QStringLiteral("panel_standby")).isValid());
        QCOMPARE(slotsView->table()->model()->rowCount(), 2);
        // The WAL chart draws the sampler's history: a few samples with WAL written between them.
        for (int i = 0; i < 3; ++i)
            SG_VERIFY_EXEC(m_setup,
                           QStringLiteral("INSERT INTO tickets SELECT g FROM generate_series(%1, %2) g")
                               .arg(i * 1000 + 1)
                               .arg(i * 1000 + 1000));
        QTRY_VERIFY_WITH_TIMEOUT(panel.walChart()->pointCount() >= 2, 10000);
        QVERIFY(panel.lagChart()->pointCount() >= 2);
        picture(&panel, "health-replication.png");

        SG_VERIFY_EXEC(m_setup, QStringLiteral("SELECT pg_drop_replication_slot('departed')"));
        QVERIFY(standby.stop(&error));
        QTRY_VERIFY_WITH_TIMEOUT(
            (health.replicas()->refresh(), health.replicationSlots()->refresh(),
             panel.replicationLine()->text().contains(QStringLiteral("No standby streams"))),
            20000);
        SG_VERIFY_EXEC(m_setup, QStringLiteral("SELECT pg_drop_replication_slot('panel_standby')"));
    }
};

QTEST_MAIN(tst_HealthPanel)
#include "tst_HealthPanel.moc"
