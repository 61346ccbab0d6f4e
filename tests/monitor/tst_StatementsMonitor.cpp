// SPDX-License-Identifier: GPL-3.0-or-later
// The Slow queries core on the sandbox: the advice when pg_stat_statements is not created (the
// panel's and `sightglass statements`' alike), a window as differences between local snapshots,
// what runs now over a threshold, the reset on the server, and a history that cannot be written.
#include "TestRows.h"
#include "TestSandbox.h"

#include "db/Capabilities.h"
#include "db/LiveQuery.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"
#include "monitor/StatementsMonitor.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace sg;

namespace {

/// calls of the statement in \a m whose text contains \a needle; -1 if none.
double callsOf(const ResultTableModel* m, const QString& needle)
{
    const ResultSet& rs = m->result();
    const int row = test::findRow(rs, QStringLiteral("query_text"), needle, Qt::MatchContains);
    return row < 0 ? -1 : rs.value(row, QStringLiteral("calls")).toDouble();
}

} // namespace

class tst_StatementsMonitor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// A fresh database, so each case starts from a known state of the extension.
    static QString createDatabase(const QString& name, bool withExtension)
    {
        Connection c;
        DbError e;
        if (!c.open(test::sandboxOptions(), &e))
            return e.userMessage();
        DbRequest r;
        r.sql = QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name);
        c.execute(r, &e);
        r.sql = QStringLiteral("CREATE DATABASE %1").arg(name);
        c.execute(r, &e);
        if (e.isError() || !withExtension)
            return e.isError() ? e.userMessage() : QString();
        Connection d;
        if (!d.open(test::sandboxOptions(name), &e))
            return e.userMessage();
        r.sql = QStringLiteral("CREATE EXTENSION pg_stat_statements");
        d.execute(r, &e);
        return e.isError() ? e.userMessage() : QString();
    }

private Q_SLOTS:
    void adviceWhenTheExtensionIsNotCreated()
    {
        const QString error = createDatabase(QStringLiteral("stm_noext"), false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ServerSession session;
        StatementsMonitor monitor(&session, m_dir.filePath(QStringLiteral("a.sqlite")));
        QSignalSpy failed(&monitor, &StatementsMonitor::failed);
        session.open(test::sandboxOptions(QStringLiteral("stm_noext")));
        monitor.start();
        QVERIFY(failed.wait(15000));
        // The sandbox preloads it: one step is left, and the text names it.
        QVERIFY2(monitor.failureText().contains(QStringLiteral("not created in this database")),
                 qPrintable(monitor.failureText()));
        QVERIFY(monitor.failureText().contains(QStringLiteral("CREATE EXTENSION pg_stat_statements;")));

        // `sightglass statements` gives the same advice.
        QProcess proc;
        proc.start(QStringLiteral(SG_BINARY),
                   {QStringLiteral("statements"), QStringLiteral("--connect"),
                    test::sandbox().conninfo(QStringLiteral("stm_noext"))});
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 1);
        const QString err = QString::fromUtf8(proc.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("not created in this database")), qPrintable(err));

        // Neither step taken: both are named.
        Capabilities none;
        DbError e;
        e.message = QStringLiteral("relation \"pg_stat_statements\" does not exist");
        QVERIFY(StatementsMonitor::missingExtensionAdvice(e, none).contains(QStringLiteral("Two steps")));
        e.message = QStringLiteral("pg_stat_statements must be loaded via shared_preload_libraries");
        QVERIFY(StatementsMonitor::missingExtensionAdvice(e, none).contains(QStringLiteral("restart the server")));
        e.message = QStringLiteral("permission denied for table orders");
        QVERIFY(StatementsMonitor::missingExtensionAdvice(e, none).isEmpty());
    }

    void windowRunningNowAndReset()
    {
        const QString error = createDatabase(QStringLiteral("stm_shop"), true);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Connection c;
        DbError e;
        QVERIFY(c.open(test::sandboxOptions(QStringLiteral("stm_shop")), &e));
        const QString marker = QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'stm_marker'");
        for (int i = 0; i < 3; ++i)
            SG_VERIFY_EXEC(c, marker);

        ServerSession session;
        StatementsMonitor monitor(&session, m_dir.filePath(QStringLiteral("b.sqlite")));
        monitor.setSnapshotIntervalMs(0); // a snapshot on every refresh
        session.open(test::sandboxOptions(QStringLiteral("stm_shop")));
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(callsOf(monitor.statements(), QStringLiteral("relname = $1")) >= 3, 15000);
        QVERIFY(monitor.windowNote().isEmpty()); // since the reset: the server's own totals

        // The last 15 minutes: differences from the snapshot just kept, never a reset.
        monitor.setWindow(StatementsMonitor::Window::Last15Minutes);
        QVERIFY2(monitor.windowNote().contains(QStringLiteral("history goes back")) ||
                     monitor.windowNote().contains(QStringLiteral("Differences since")),
                 qPrintable(monitor.windowNote()));
        for (int i = 0; i < 2; ++i)
            SG_VERIFY_EXEC(c, marker);
        QTRY_VERIFY_WITH_TIMEOUT((monitor.refresh(), callsOf(monitor.statements(), QStringLiteral("relname = $1")) == 2),
                                 15000);
        monitor.setWindow(StatementsMonitor::Window::SinceReset);
        QVERIFY(callsOf(monitor.statements(), QStringLiteral("relname = $1")) >= 5);
        const int row = monitor.rowOfStatement(
            monitor.statements()->result().value(0, QStringLiteral("queryid")).toString());
        QCOMPARE(row, 0);
        QVERIFY(!monitor.statementText(0).isEmpty());

        // What runs now for at least a second; a short query is not listed.
        monitor.setRunningThresholdSeconds(1);
        std::jthread sleeper([] {
            Connection other;
            DbError ignored;
            if (other.open(test::sandboxOptions(QStringLiteral("stm_shop")), &ignored)) {
                DbRequest s;
                s.sql = QStringLiteral("SELECT pg_sleep(4)");
                other.execute(s, &ignored);
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(monitor.runningNow()->rowCount() == 1, 10000);
        QVERIFY(monitor.runningNow()->result().value(0, QStringLiteral("query")).toString().contains(
            QStringLiteral("pg_sleep(4)")));
        const QString id = monitor.runningQueryId(0);
        QVERIFY2(test::serverMajor() < 14 ? (id.isEmpty() || id == QLatin1String("0")) : !id.isEmpty(),
                 qPrintable(id));
        monitor.setRunningThresholdSeconds(3600);
        QCOMPARE(monitor.runningNow()->rowCount(), 0);
        sleeper.join();

        // The reset on the server: the marker's counters start again.
        QSignalSpy reset(&monitor, &StatementsMonitor::resetFinished);
        monitor.resetStatistics();
        QVERIFY(reset.wait(15000));
        QVERIFY2(reset.at(0).at(0).toBool(), qPrintable(reset.at(0).at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT((monitor.refresh(), callsOf(monitor.statements(), QStringLiteral("relname = $1")) < 3),
                                 15000);
    }

    void anUnwritableHistoryKeepsTheLiveView()
    {
        ServerSession session;
        StatementsMonitor monitor(&session, QStringLiteral("/proc/sightglass/statements.sqlite"));
        QVERIFY(monitor.historyError().contains(QStringLiteral("/proc/sightglass")));
        session.open(test::sandboxOptions(QStringLiteral("stm_shop")));
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.statements()->rowCount() > 0, 15000);
        QVERIFY(!monitor.historyError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_StatementsMonitor)
#include "tst_StatementsMonitor.moc"
