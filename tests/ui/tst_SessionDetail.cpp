// SPDX-License-Identifier: GPL-3.0-or-later
// A session's details on the real sandbox: a transaction holding a lock, a CREATE INDEX
// CONCURRENTLY waiting for it (with its progress), and a long statement with a history in
// pg_stat_statements; read by the core, then shown in the window opened by Enter or a double-click.
#include "TestDialogs.h"
#include "TestRows.h"
#include "TestSandbox.h"

#include "db/Connection.h"
#include "db/DbClient.h"
#include "db/LiveQuery.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"
#include "monitor/ActivityMonitor.h"
#include "monitor/SessionDetail.h"
#include "ui/activity/ActivityPanel.h"
#include "ui/activity/SessionDetailDialog.h"
#include "ui/activity/SessionsView.h"
#include "ui/LiveTableView.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <thread>

using namespace sg;

namespace {

/// A session on its own thread running \a sql until it ends or is terminated.
struct Busy
{
    DbError error; // before the thread: it must outlive the thread that writes it
    std::jthread thread;
    Busy(const QString& application, const QString& sql)
    {
        thread = std::jthread([this, application, sql] {
            ConnectionOptions o = test::sandboxOptions();
            o.session.applicationName = application;
            o.session.statementTimeoutMs = 0;
            Connection c;
            if (c.open(o, &error))
                c.execute(sql, {}, &error);
        });
    }
};

int pidOf(Connection& c, const QString& application)
{
    DbRequest r;
    r.sql = QStringLiteral("SELECT pid FROM pg_stat_activity WHERE application_name = $1");
    r.params = {application};
    DbError e;
    return c.execute(r, &e).value(0, 0).toInt();
}

bool loadAndWait(SessionDetail& detail, int pid)
{
    QSignalSpy loaded(&detail, &SessionDetail::loaded);
    detail.load(pid);
    return loaded.wait(10000);
}

} // namespace

class tst_SessionDetail : public QObject
{
    Q_OBJECT

    Connection m_control;
    std::unique_ptr<Busy> m_holder, m_builder, m_sleeper;
    int m_holderPid = 0, m_builderPid = 0, m_sleeperPid = 0;
    QString m_longQuery;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SightglassTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_SessionDetail"));
        DbError e;
        QVERIFY2(m_control.open(test::sandboxOptions(), &e), qPrintable(e.userMessage()));
        SG_VERIFY_EXEC(m_control, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
        SG_VERIFY_EXEC(m_control,
                       QStringLiteral("DROP TABLE IF EXISTS \"Detail Orders\"; "
                                      "CREATE TABLE \"Detail Orders\" (id int); "
                                      "INSERT INTO \"Detail Orders\" SELECT generate_series(1, 1000)"));
        // Once finished, so pg_stat_statements has a row for the statement's query id.
        SG_VERIFY_EXEC(m_control, QStringLiteral("SELECT pg_sleep(0.01)"));

        m_holder = std::make_unique<Busy>(QStringLiteral("detail-holder"),
                                          QStringLiteral("BEGIN; INSERT INTO \"Detail Orders\" VALUES (0); "
                                                         "SELECT pg_sleep(600)"));
        QTRY_VERIFY_WITH_TIMEOUT((m_holderPid = pidOf(m_control, QStringLiteral("detail-holder"))) > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_control
                    .execute(QStringLiteral("SELECT 1 FROM pg_stat_activity WHERE application_name = "
                                            "'detail-holder' AND state = 'active'"),
                             {}, nullptr)
                    .rowCount() == 1,
            10000);
        m_builder = std::make_unique<Busy>(
            QStringLiteral("detail-builder"),
            QStringLiteral("CREATE INDEX CONCURRENTLY \"Detail Orders_id\" ON \"Detail Orders\" (id)"));
        QTRY_VERIFY_WITH_TIMEOUT((m_builderPid = pidOf(m_control, QStringLiteral("detail-builder"))) > 0, 10000);
        m_longQuery = QStringLiteral("SELECT pg_sleep(600.0) /* %1 */").arg(QString(900, QLatin1Char('x')));
        m_sleeper = std::make_unique<Busy>(QStringLiteral("detail-sleeper"), m_longQuery);
        QTRY_VERIFY_WITH_TIMEOUT((m_sleeperPid = pidOf(m_control, QStringLiteral("detail-sleeper"))) > 0, 10000);
    }

    void cleanupTestCase()
    {
        m_control.execute(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                         "WHERE application_name LIKE 'detail-%'"),
                          {}, nullptr);
        m_holder.reset();
        m_builder.reset();
        m_sleeper.reset();
        m_control.execute(QStringLiteral("DROP TABLE IF EXISTS \"Detail Orders\""), {}, nullptr);
    }

    void theCoreReadsEveryPart()
    {
        ServerSession session;
        session.open(test::sandboxOptions());
        QTRY_COMPARE_WITH_TIMEOUT(session.monitor()->state(), ConnectionState::Connected, 10000);
        SessionDetail detail(&session);

        // The holder: its lock, and the session it holds up.
        QTRY_VERIFY_WITH_TIMEOUT(loadAndWait(detail, m_holderPid) &&
                                     detail.value(QStringLiteral("blocks")).toString() == QString::number(m_builderPid),
                                 15000);
        QVERIFY2(!detail.error().isError(), qPrintable(detail.error().userMessage()));
        QCOMPARE(detail.value(QStringLiteral("application")).toString(), QStringLiteral("detail-holder"));
        QVERIFY(detail.value(QStringLiteral("xact_seconds")).toDouble() >= 0);
        const ResultSet& locks = detail.locks();
        QVERIFY(test::findRow(locks, [&](int r) {
                    return locks.value(r, QStringLiteral("object")).toString() == QLatin1String("\"Detail Orders\"") &&
                           locks.value(r, QStringLiteral("mode")).toString() == QLatin1String("RowExclusiveLock") &&
                           locks.value(r, QStringLiteral("granted")).toBool();
                }) >= 0);
        QCOMPARE(detail.progress().rowCount(), 0);

        // The builder: what it waits for, and its progress (waiting for the one writer).
        QVERIFY(loadAndWait(detail, m_builderPid));
        QCOMPARE(detail.value(QStringLiteral("blocked_by")).toString(), QString::number(m_holderPid));
        QCOMPARE(detail.progress().rowCount(), 1);
        QCOMPARE(detail.progress().value(0, QStringLiteral("command")).toString(),
                 QStringLiteral("CREATE INDEX CONCURRENTLY"));
        QVERIFY2(detail.progress().value(0, QStringLiteral("phase")).toString().contains(QStringLiteral("waiting")),
                 qPrintable(detail.progress().value(0, QStringLiteral("phase")).toString()));
        QCOMPARE(detail.progress().value(0, QStringLiteral("object")).toString(), QStringLiteral("\"Detail Orders\""));
        QVERIFY(test::findRow(detail.locks(), QStringLiteral("granted"), false, Qt::MatchExactly) >= 0);
        QVERIFY(detail.locks().value(0, QStringLiteral("waiting_seconds")).toDouble() >= 0); // awaited first

        // The sleeper: the whole query (the list keeps 500 characters), and how it usually runs.
        QVERIFY(loadAndWait(detail, m_sleeperPid));
        QCOMPARE(detail.value(QStringLiteral("query")).toString(), m_longQuery);
        if (test::serverMajor() >= 14) {
            QVERIFY2(detail.statement().rowCount() == 1, qPrintable(detail.statementNote()));
            QVERIFY(detail.statement().value(0, QStringLiteral("calls")).toLongLong() >= 1);
        } else { // no query_id in pg_stat_activity before 14: said, not guessed
            QCOMPARE(detail.statement().rowCount(), 0);
            QVERIFY2(detail.statementNote().contains(QLatin1String("14 and later")), qPrintable(detail.statementNote()));
        }

        // A session that has gone says so.
        QVERIFY(loadAndWait(detail, 999999));
        QVERIFY(detail.sessionEnded());
    }

    void enterOpensTheWindowAndItActs()
    {
        QSettings().remove(QStringLiteral("activity"));
        ServerSession session;
        session.open(test::sandboxOptions());
        ActivityMonitor monitor(&session);
        ui::ActivityPanel panel(&monitor);
        panel.resize(1200, 800);
        panel.show();
        monitor.sampler()->setIntervalMs(500);
        monitor.start();
        ui::SessionsView* view = panel.sessionsView();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY_WITH_TIMEOUT(view->selectSession(m_holderPid), 15000);
        view->table()->table()->setFocus();
        QTest::keyClick(view->table()->table(), Qt::Key_Return);
        ui::SessionDetailDialog* dialog = view->detailOf(m_holderPid);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->summaryText().contains(QStringLiteral("Blocks 1 session(s): %1").arg(m_builderPid)),
                                 10000);
        QVERIFY(dialog->summaryText().contains(QStringLiteral("detail-holder")));
        QVERIFY(dialog->summaryText().contains(QStringLiteral("Transaction open for")));
        QVERIFY(dialog->summaryText().contains(QStringLiteral("Holds the xmin horizon")));
        QVERIFY(dialog->queryText().contains(QStringLiteral("pg_sleep(600)")));
        QVERIFY(dialog->locksTable()->model()->rowCount() >= 1);
        // SG_SCREENSHOT_DIR=docs/images: the picture in docs/activity.md.
        if (const QString dir = qEnvironmentVariable("SG_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/session-detail.png")));
        // The same window again for the same session.
        view->showDetail(m_holderPid);
        QCOMPARE(view->detailOf(m_holderPid), dialog);

        // From the blocking tree: the waiter, with its progress.
        view->showDetail(m_builderPid);
        ui::SessionDetailDialog* builder = view->detailOf(m_builderPid);
        QVERIFY(builder);
        QTRY_VERIFY_WITH_TIMEOUT(builder->progressText().contains(QStringLiteral("CREATE INDEX CONCURRENTLY")), 10000);
        QVERIFY2(builder->progressText().contains(QStringLiteral("sessions")), qPrintable(builder->progressText()));
        builder->close();
        QTRY_VERIFY(!view->detailOf(m_builderPid));

        // Terminate from the window asks first, showing the query; declined, nothing is sent.
        test::NextMessageBox no(QMessageBox::Cancel);
        QPushButton* terminate = nullptr;
        for (QPushButton* b : dialog->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Terminate session…"))
                terminate = b;
        QVERIFY(terminate && terminate->isEnabled());
        terminate->click();
        const QString asked = no.text();
        QVERIFY2(asked.contains(QStringLiteral("Terminate session %1").arg(m_holderPid)), qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("pg_sleep(600)")));
        QVERIFY(pidOf(m_control, QStringLiteral("detail-holder")) == m_holderPid);
        dialog->close();
    }
};

QTEST_MAIN(tst_SessionDetail)
#include "tst_SessionDetail.moc"
