// SPDX-License-Identifier: GPL-3.0-or-later
// The window offscreen, connected to the real sandbox server.
#include "TestDialogs.h"
#include "TestRows.h"
#include "TestSandbox.h"

#include "db/SqlLibrary.h"

#include "db/Connection.h"
#include "db/LiveQuery.h"
#include "db/ResultSortFilterProxy.h"
#include "db/ResultTableModel.h"
#include "db/SandboxServer.h"
#include "db/ServerSession.h"
#include "monitor/ActivityMonitor.h"
#include "monitor/ActivitySampler.h"
#include "monitor/StatementsMonitor.h"
#include "ui/activity/ActivityPanel.h"
#include "ui/activity/SessionsView.h"
#include "ui/activity/TimeSeriesChart.h"
#include "ui/health/HealthPanel.h"
#include "ui/LiveTableView.h"
#include "ui/MainWindow.h"
#include "ui/PanelFrame.h"
#include "ui/plan/QueryPanel.h"
#include "ui/StatementsPanel.h"
#include <QComboBox>
#include <QItemSelectionModel>
#include <QSpinBox>

#include <thread>

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sg;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SightglassTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_MainWindow"));
        QSettings().clear();
    }

    void hasDocksAndShortcuts()
    {
        ui::MainWindow w;
        w.show();
        QStringList names;
        for (QDockWidget* d : w.docks())
            names << d->objectName();
        QCOMPARE(names, (QStringList{QStringLiteral("activityDock"), QStringLiteral("statementsDock"),
                                     QStringLiteral("indexesDock"), QStringLiteral("bloatDock"),
                                     QStringLiteral("healthDock"), QStringLiteral("queryDock")}));
        QStringList shortcuts;
        const auto actions = w.findChildren<QAction*>();
        for (QAction* a : actions)
            shortcuts << a->shortcut().toString();
        QVERIFY(shortcuts.contains(QStringLiteral("F5")));
        QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+Q")));
    }

    void connectsAndFillsPanels()
    {
        QSettings().remove(QStringLiteral("activity/showOwnSessions"));
        ui::MainWindow w;
        w.show();
        QSignalSpy populated(&w, &ui::MainWindow::panelsPopulated);
        w.connectTo(test::sandboxOptions(), QStringLiteral("sandbox"));
        QVERIFY(populated.wait(30000));
        QCOMPARE(w.session()->state(), ConnectionState::Connected);
        auto* activity = w.docks().at(0)->findChild<ui::LiveTableView*>();
        QVERIFY(activity);
        // Our own sessions (monitor, interactive, admin) are there once connected, and hidden from
        // the list unless asked for.
        QTRY_VERIFY_WITH_TIMEOUT(activity->proxy()->excludedRowCount() >= 2, 10000);
        auto* showOwn = w.docks().at(0)->findChild<QCheckBox*>(QStringLiteral("showOwnSessions"));
        QVERIFY(showOwn && !showOwn->isChecked());
        QVERIFY(activity->table()->model()->rowCount() + 2 <= activity->proxy()->sourceModel()->rowCount());
        showOwn->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(activity->table()->model()->rowCount() >= 2, 10000);
        showOwn->setChecked(false);
        QVERIFY(w.windowTitle().contains(QStringLiteral("sandbox")));
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->latencyMs() >= 0, 10000);
        everyInputHasAnAccessibleName(&w);
    }

    void theServerMenuOpensTheStandbyInTheSameWindow()
    {
        // As the demo does: its primary and its standby in the Server menu, one click from the other.
        SandboxServer standby;
        QString error;
        QVERIFY2(test::sandbox().startStandby(standby, {}, &error), qPrintable(error));
        ui::MainWindow w;
        w.resize(1280, 720);
        w.show();
        w.setSwitchableServers({{QStringLiteral("sandbox"), test::sandboxOptions()},
                                {QStringLiteral("sandbox standby"), standby.options()}});
        auto* open = w.findChild<QAction*>(QStringLiteral("open:sandbox standby"));
        QVERIFY(open);
        QSignalSpy populated(&w, &ui::MainWindow::panelsPopulated);
        open->trigger();
        QVERIFY(populated.wait(30000));
        QVERIFY(w.windowTitle().contains(QStringLiteral("sandbox standby")));
        QTRY_VERIFY2_WITH_TIMEOUT(w.healthPanel()->replicationLine()->text().contains(
                                      QStringLiteral("Standby of 127.0.0.1:%1").arg(test::sandbox().port())),
                                  qPrintable(w.healthPanel()->replicationLine()->text()), 20000);
        // The menu is rebuilt on a language change: the servers stay in it.
        QVERIFY(w.findChild<QAction*>(QStringLiteral("open:sandbox")));
        w.findChild<QAction*>(QStringLiteral("open:sandbox"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            w.healthPanel()->replicationLine()->text().contains(QStringLiteral("1 standby")), 20000);
    }

    void fitsALaptopScreenWithSessionsFirst()
    {
        // 1280×720: every dock's tab, the Sessions tab and the status bar on screen, and the
        // sessions list getting more of the height than the charts.
        ui::MainWindow w;
        w.resize(1280, 720);
        w.show();
        QSignalSpy populated(&w, &ui::MainWindow::panelsPopulated);
        w.connectTo(test::sandboxOptions(), QStringLiteral("sandbox"));
        QVERIFY(populated.wait(30000));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.minimumSizeHint().width() <= 1280 && w.minimumSizeHint().height() <= 720,
                 qPrintable(QStringLiteral("%1x%2").arg(w.minimumSizeHint().width()).arg(w.minimumSizeHint().height())));
        QCOMPARE(w.size(), QSize(1280, 720));
        const QRect window = w.rect();
        auto onScreen = [&](const QWidget* c) {
            return c && c->isVisible() && window.contains(QRect(c->mapTo(&w, QPoint(0, 0)), c->size()));
        };
        QVERIFY(onScreen(w.statusBar()));
        QStringList tabs;
        for (const QTabBar* bar : w.findChildren<QTabBar*>()) {
            if (!onScreen(bar))
                continue;
            for (int i = 0; i < bar->count(); ++i)
                if (window.contains(QRect(bar->mapTo(&w, bar->tabRect(i).topLeft()), bar->tabRect(i).size())))
                    tabs << bar->tabText(i);
        }
        for (const QString& name : {QStringLiteral("Activity"), QStringLiteral("Slow queries"),
                                    QStringLiteral("Indexes"), QStringLiteral("Production health"),
                                    QStringLiteral("Query and plan"), QStringLiteral("Sessions")})
            QVERIFY2(tabs.contains(name) || tabs.contains(QString(name).replace(QLatin1Char('&'), QStringLiteral("&&"))),
                     qPrintable(name + QStringLiteral(" not on screen; tabs: ") + tabs.join(QStringLiteral(", "))));
        // A dock's title shows as is in its title bar and as a mnemonic in its tab: no '&' in it.
        for (const QDockWidget* dock : w.docks())
            QVERIFY2(!dock->windowTitle().contains(QLatin1Char('&')), qPrintable(dock->windowTitle()));
        ui::SessionsView* sessions = w.activityPanel()->sessionsView();
        QVERIFY(onScreen(sessions->table()));
        QVERIFY(onScreen(sessions->cancelButton()));
        const auto* chart = w.activityPanel()->findChild<QChartView*>();
        QVERIFY(chart);
        QVERIFY2(sessions->table()->height() > chart->height(),
                 qPrintable(QStringLiteral("sessions %1 px, a chart %2 px").arg(sessions->table()->height()).arg(chart->height())));
        // The health dock follows this server too.
        QVERIFY(w.healthPanel());
        QTRY_VERIFY_WITH_TIMEOUT(
            w.healthPanel()->wraparoundLine()->text().contains(QStringLiteral("transactions old")), 15000);
    }

    // Screen readers name a control by its accessible name or by the label it is the buddy of.
    static void everyInputHasAnAccessibleName(QWidget* root)
    {
        QSet<QWidget*> labelled;
        for (QLabel* l : root->findChildren<QLabel*>()) {
            if (l->buddy())
                labelled << l->buddy();
        }
        QStringList unnamed;
        for (QWidget* c : root->findChildren<QWidget*>()) {
            const bool input = (qobject_cast<QAbstractItemView*>(c) && !qobject_cast<QHeaderView*>(c)) ||
                               qobject_cast<QLineEdit*>(c) || qobject_cast<QPlainTextEdit*>(c) ||
                               qobject_cast<QComboBox*>(c) || qobject_cast<QAbstractSpinBox*>(c) ||
                               c->inherits("QsciScintilla");
            // The line edit inside a combo or spin box is named by its owner.
            if (!input || qobject_cast<QComboBox*>(c->parentWidget()) ||
                qobject_cast<QAbstractSpinBox*>(c->parentWidget()))
                continue;
            if (c->accessibleName().isEmpty() && !labelled.contains(c))
                unnamed << QString::fromLatin1(c->metaObject()->className()) + QLatin1Char(' ') +
                               c->objectName() + QStringLiteral(" in ") +
                               QString::fromLatin1(c->parentWidget()->metaObject()->className());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void theStatusBarSaysWhetherTheSessionIsEncrypted()
    {
        // The sandbox speaks plain TCP on the loopback: said, not a warning (it never leaves this
        // machine). tst_Tls covers what an encrypted session says.
        ui::MainWindow w;
        w.show();
        QSignalSpy populated(&w, &ui::MainWindow::panelsPopulated);
        w.connectTo(test::sandboxOptions(), QStringLiteral("sandbox"));
        QVERIFY(populated.wait(30000));
        auto* tls = w.findChild<QLabel*>(QStringLiteral("tlsState"));
        QVERIFY(tls);
        QCOMPARE(tls->text(), QStringLiteral("not encrypted"));
        QVERIFY(tls->toolTip().contains(QStringLiteral("sslmode=verify-full")));
        QCOMPARE(tls->palette().color(QPalette::WindowText), w.palette().color(QPalette::WindowText));
    }

    void coveredPanelsDrawNothingAndCatchUp()
    {
        // The Activity dock on a tab behind Slow queries: samples keep coming (alerts and history need
        // them) but the charts are not redrawn until the tab is back in front.
        ui::MainWindow w;
        w.resize(1280, 720);
        w.show();
        QSignalSpy populated(&w, &ui::MainWindow::panelsPopulated);
        w.connectTo(test::sandboxOptions(), QStringLiteral("sandbox"));
        QVERIFY(populated.wait(30000));
        ui::TimeSeriesChart* connections = w.activityPanel()->charts().value(0);
        QVERIFY(connections);
        QTRY_VERIFY_WITH_TIMEOUT(connections->pointCount() > 0, 10000);
        QDockWidget* activity = w.findChild<QDockWidget*>(QStringLiteral("activityDock"));
        QDockWidget* health = w.findChild<QDockWidget*>(QStringLiteral("healthDock"));
        // The health panel's replication charts too: their tab chosen, their dock covered.
        w.healthPanel()->tabs()->setCurrentIndex(w.healthPanel()->tabs()->count() - 1);
        QCOMPARE(w.healthPanel()->tabs()->tabText(w.healthPanel()->tabs()->currentIndex()),
                 QStringLiteral("Replication"));
        w.findChild<QDockWidget*>(QStringLiteral("statementsDock"))->raise();
        QTRY_VERIFY(!ui::isOnScreen(w.activityPanel()));
        QVERIFY(!ui::isOnScreen(w.healthPanel()));
        QApplication::processEvents();
        const int covered = connections->pointCount();
        const int walCovered = w.healthPanel()->walChart()->pointCount();
        QSignalSpy sampled(w.activityMonitor()->sampler(), &sg::ActivitySampler::sampled);
        QTRY_VERIFY_WITH_TIMEOUT(sampled.count() >= 3, 10000);
        QCOMPARE(connections->pointCount(), covered);
        QCOMPARE(w.healthPanel()->walChart()->pointCount(), walCovered);
        activity->raise();
        QTRY_VERIFY_WITH_TIMEOUT(connections->pointCount() > covered, 5000);
        health->raise();
        QTRY_VERIFY_WITH_TIMEOUT(w.healthPanel()->walChart()->pointCount() > walCovered, 5000);
    }

    void slowQueriesExplainAndAdvice()
    {
        ui::MainWindow w;
        w.show();
        QSignalSpy populated(&w, &ui::MainWindow::panelsPopulated);
        w.connectTo(test::sandboxOptions(), QStringLiteral("sandbox"));
        QVERIFY(populated.wait(30000));
        ui::StatementsPanel* slow = nullptr;
        for (QDockWidget* d : w.docks()) {
            if (d->objectName() == QLatin1String("statementsDock"))
                slow = d->findChild<ui::StatementsPanel*>();
        }
        QVERIFY(slow);
        // Preloaded by the sandbox, not created in this database: one step to take, and it says which.
        QTRY_VERIFY_WITH_TIMEOUT(
            slow->statusText().contains(QStringLiteral("CREATE EXTENSION pg_stat_statements")), 15000);
        QVERIFY(slow->statusText().contains(QStringLiteral("other panels work")));

        Connection c;
        DbError e;
        QVERIFY(c.open(test::sandboxOptions(), &e));
        DbRequest r;
        r.sql = QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        c.execute(r, &e);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        r.sql = QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'sightglass_marker'");
        for (int i = 0; i < 3; ++i)
            c.execute(r, &e);
        w.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(slow->statusText().contains(QStringLiteral("statement(s)")), 15000);
        QTableView* t = slow->table();
        QModelIndex marker;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     w.refresh();
                                     marker = test::findCell(t->model(), QStringLiteral("sightglass_marker"));
                                     if (!marker.isValid())
                                         marker = test::findCell(t->model(), QStringLiteral("relname = $1"));
                                     return marker.isValid();
                                 }()),
                                 15000);
        // Sightglass's own catalog reads are recorded too, and hidden unless asked for.
        auto ownRows = [&] {
            int n = 0;
            const int q = slow->model()->result().columnIndex(QStringLiteral("query_text"));
            for (int row = 0; row < t->model()->rowCount(); ++row) {
                const QModelIndex source =
                    static_cast<QSortFilterProxyModel*>(t->model())->mapToSource(t->model()->index(row, 0));
                n += SqlLibrary::isOwn(slow->model()->valueAt(source.row(), q).toString()) ? 1 : 0;
            }
            return n;
        };
        QCOMPARE(ownRows(), 0);
        auto* showOwn = slow->findChild<QCheckBox*>(QStringLiteral("showOwnStatements"));
        QVERIFY(showOwn && !showOwn->isChecked());
        showOwn->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT((w.refresh(), ownRows() > 0), 15000);
        showOwn->setChecked(false);
        QCOMPARE(ownRows(), 0);
        QSettings().remove(QStringLiteral("statements"));

        // A window: differences between local snapshots, never a reset on the server.
        slow->monitor()->setSnapshotIntervalMs(0); // a snapshot on every refresh
        w.refresh();
        QTest::qWait(300);
        slow->windowBox()->setCurrentIndex(1); // last 15 minutes
        for (int i = 0; i < 2; ++i)
            c.execute(r, &e);
        auto markerCalls = [&] {
            const ResultSet& rs = slow->model()->result();
            const int row = test::findRow(rs, QStringLiteral("query"), QStringLiteral("relname = $1"), Qt::MatchContains);
            return row < 0 ? -1.0 : rs.value(row, QStringLiteral("calls")).toDouble();
        };
        QTRY_VERIFY_WITH_TIMEOUT((w.refresh(), markerCalls() == 2.0), 15000);
        QVERIFY2(slow->statusText().contains(QStringLiteral("history goes back")) ||
                     slow->statusText().contains(QStringLiteral("Differences since")),
                 qPrintable(slow->statusText()));
        slow->windowBox()->setCurrentIndex(0); // since the reset: all of them
        QTRY_VERIFY_WITH_TIMEOUT(markerCalls() >= 5.0, 15000);
        if (const QString dir = qEnvironmentVariable("SG_DOC_IMAGES"); !dir.isEmpty()) {
            slow->parentWidget()->raise();
            QTest::qWait(200);
            slow->grab().save(dir + QStringLiteral("/slow-queries.png"));
        }

        // What runs now, linked to its statement through query_id.
        r.sql = QStringLiteral("SELECT pg_sleep(0)"); // an integer, as below: the same query_id
        c.execute(r, &e);
        w.refresh();
        // jthread: joined however the test leaves this function (a failing check returns early).
        std::jthread sleeper([] {
            Connection other;
            DbError ignored;
            if (other.open(test::sandboxOptions(), &ignored)) {
                DbRequest s;
                s.sql = QStringLiteral("SELECT pg_sleep(4)");
                other.execute(s, &ignored);
            }
        });
        slow->thresholdBox()->setValue(1);
        QTRY_VERIFY_WITH_TIMEOUT(slow->runningTable()->model()->rowCount() >= 1, 10000);
        auto sleepRow = [&] { return test::findCell(slow->runningTable()->model(), QStringLiteral("pg_sleep(4)")).row(); };
        if (test::serverMajor() < 14) { // no query_id in pg_stat_activity before 14: said, not guessed
            QTRY_VERIFY_WITH_TIMEOUT((w.refresh(), sleepRow() >= 0), 10000);
            QVERIFY(!slow->showStatementOfRunning(sleepRow()));
            QVERIFY2(slow->statusText().contains(QLatin1String("PostgreSQL 14")), qPrintable(slow->statusText()));
        } else {
            QTRY_VERIFY2_WITH_TIMEOUT((w.refresh(), sleepRow() >= 0 && slow->showStatementOfRunning(sleepRow())),
                                      qPrintable(slow->statusText()), 10000);
            const QModelIndex current = slow->table()->selectionModel()->selectedRows().value(0);
            QVERIFY(current.isValid());
            bool isSleep = false;
            for (int col = 0; col < slow->table()->model()->columnCount(); ++col)
                isSleep |= slow->table()
                               ->model()
                               ->index(current.row(), col)
                               .data()
                               .toString()
                               .contains(QStringLiteral("pg_sleep"));
            QVERIFY(isSleep);
        }
        sleeper.join();

        // A double-click explains the statement; its $1 gets the value the user types.
        w.queryPanel()->setParameterPrompt([](const QString&, int n, bool) {
            return std::optional<QStringList>(QStringList(n, QStringLiteral("'pg_class'")));
        });
        QSignalSpy shown(w.queryPanel(), &ui::QueryPanel::planShown);
        marker = test::findCell(t->model(), QStringLiteral("relname = $1"));
        Q_EMIT t->doubleClicked(marker);
        QVERIFY(shown.wait(15000));
        QVERIFY2(w.queryPanel()->lastStatement().contains(QStringLiteral("relname = 'pg_class'")),
                 qPrintable(w.queryPanel()->lastStatement()));

        // Reset on the server (confirmed): the marker's counters start again.
        {
            test::NextMessageBox yes(QMessageBox::Yes);
            slow->resetStatistics();
            QVERIFY2(yes.text().contains(QLatin1String("pg_stat_statements_reset")), qPrintable(yes.text()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            slow->statusText().contains(QStringLiteral("Statistics reset on the server")) ||
                markerCalls() < 0,
            10000);
        QTRY_VERIFY_WITH_TIMEOUT((w.refresh(), markerCalls() < 5.0), 10000);
    }

    void asksForMissingPassword()
    {
        // The password the sandbox keeps in its private pgpass file: host:port:db:user:password
        QFile pgpass(test::sandbox().rootDir() + QStringLiteral("/pgpass"));
        QVERIFY(pgpass.open(QIODevice::ReadOnly));
        const QString password = QString::fromUtf8(pgpass.readLine()).trimmed().section(QLatin1Char(':'), 4);
        ConnectionOptions o = test::sandboxOptions();
        o.setValue(QStringLiteral("passfile"), QStringLiteral("/nonexistent"));

        ui::MainWindow w;
        w.show();
        bool prompted = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
                prompted = true;
                QVERIFY(dialog->labelText().contains(QStringLiteral("no password supplied")));
                dialog->setTextValue(password);
                dialog->accept();
            }
        });
        poll.start(50);
        w.connectTo(o, QStringLiteral("sandbox"));
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->state(), ConnectionState::Connected, 20000);
        QVERIFY(prompted);
        QVERIFY(!QSettings().allKeys().join(QLatin1Char(' ')).contains(password));
    }

    void keepsSelectionAcrossRefresh()
    {
        ui::MainWindow w;
        w.show();
        QSignalSpy populated(&w, &ui::MainWindow::panelsPopulated);
        w.connectTo(test::sandboxOptions(), QStringLiteral("sandbox"));
        QVERIFY(populated.wait(30000));
        auto* view = w.docks().at(0)->findChild<ui::LiveTableView*>();
        QTableView* table = view->table();
        w.docks().at(0)->findChild<QCheckBox*>(QStringLiteral("showOwnSessions"))->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 1, 10000);
        table->selectRow(0);
        const QString key = table->currentIndex().data(ResultTableModel::KeyRole).toString();
        QVERIFY(!key.isEmpty());
        LiveQuery* query = w.activityMonitor()->sessions();
        const int before = query->updateCount();
        QTRY_VERIFY_WITH_TIMEOUT(query->updateCount() >= before + 2, 10000);
        QCOMPARE(table->currentIndex().data(ResultTableModel::KeyRole).toString(), key);
        QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
        QSettings().remove(QStringLiteral("activity/showOwnSessions"));
    }

    void restoresLayout()
    {
        {
            ui::MainWindow w;
            w.show();
            w.docks().at(3)->hide();
            w.close();
        }
        {
            ui::MainWindow again;
            again.show();
            QVERIFY(again.docks().at(3)->isHidden());
            QVERIFY(!again.docks().at(0)->isHidden());
        }
        // Kept per screen size: a layout saved on another screen is not applied to this one.
        QSettings settings;
        const QString here = QStringLiteral("window/%1x%2")
                                 .arg(QGuiApplication::primaryScreen()->availableSize().width())
                                 .arg(QGuiApplication::primaryScreen()->availableSize().height());
        QVERIFY2(settings.contains(here + QStringLiteral("/state")), qPrintable(settings.allKeys().join(u' ')));
        settings.setValue(QStringLiteral("window/9999x9999/state"), settings.value(here + QStringLiteral("/state")));
        settings.remove(here);
        ui::MainWindow elsewhere;
        elsewhere.show();
        QVERIFY(!elsewhere.docks().at(3)->isHidden());
        QSettings().clear();
    }

    void screenshotWritesPng()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("window.png"));
        QProcess p;
        p.start(QStringLiteral(SG_BINARY), {QStringLiteral("--connect"), test::sandbox().conninfo(),
                                            QStringLiteral("--screenshot"), file});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }

    void theDemoRunsOnThisServersVersion()
    {
        // `sightglass demo` starts its own server from SG_PG_BINDIR: under the matrix, this major.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("demo.png"));
        QProcess p;
        p.start(QStringLiteral(SG_BINARY), {QStringLiteral("demo"), QStringLiteral("--screenshot"), file});
        QVERIFY(p.waitForFinished(180000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }

    void unknownPanelIsAUsageError()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(QStringLiteral(SG_BINARY),
                {QStringLiteral("--panel"), QStringLiteral("noSuchDock"), QStringLiteral("--screenshot"),
                 dir.filePath(QStringLiteral("x.png"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError())
                    .contains(QLatin1String("no panel named 'noSuchDock'")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
