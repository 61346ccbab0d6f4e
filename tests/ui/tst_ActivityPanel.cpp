// SPDX-License-Identifier: GPL-3.0-or-later
// The Activity panel offscreen, on the real sandbox: charts fill, windows switch, exports write,
// session actions are guarded and confirmed.
#include "TestDialogs.h"
#include "TestPgBouncer.h"
#include "TestRows.h"
#include "TestSandbox.h"

#include "db/Connection.h"
#include "db/DbClient.h"
#include "db/LiveQuery.h"
#include "db/ResultSortFilterProxy.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"
#include "db/SqlLibrary.h"
#include "monitor/ActivityMonitor.h"
#include "monitor/HealthMonitor.h"
#include "monitor/StatementSnapshots.h"
#include "monitor/WaitProfile.h"
#include "monitor/WaitRecorder.h"
#include "ui/activity/ActivityPanel.h"
#include "ui/activity/RecordingWindow.h"
#include "ui/activity/SessionsView.h"
#include "ui/activity/ThresholdsDialog.h"
#include "ui/activity/TimeSeriesChart.h"
#include "ui/activity/WaitProfileView.h"
#include "ui/health/HealthPanel.h"

#include "ui/ElidedLabel.h"
#include "ui/LiveTableView.h"
#include <QAbstractAxis>
#include <QChart>
#include <QValueAxis>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <cmath>

using namespace sg;

class tst_ActivityPanel : public QObject
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
            monitor->sampler()->setIntervalMs(500);
            monitor->start();
        }
    };

    static void selectPid(ui::SessionsView* view, int pid)
    {
        QTableView* table = view->table()->table();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const int r = test::findRow(table->model(), 0, pid, Qt::MatchExactly, ResultTableModel::SortRole);
                if (r >= 0)
                    table->selectRow(r);
                return r >= 0;
            }(),
            10000);
    }

private Q_SLOTS:
    void chartsFollowADarkPalette()
    {
        ui::TimeSeriesChart chart(QStringLiteral("Connections"));
        chart.addLine(QStringLiteral("active"), QColor(0x3a, 0xa0, 0xff));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
        dark.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1c));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        chart.setPalette(dark);
        QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(0x16, 0x18, 0x1c));
        QCOMPARE(chart.chart()->titleBrush().color(), QColor(0xe6, 0xe6, 0xe6));
        for (QAbstractAxis* axis : chart.chart()->axes())
            QCOMPARE(axis->labelsColor(), QColor(0xe6, 0xe6, 0xe6));
        // And back to light when the system switches again.
        chart.setPalette(QPalette(QColor(0xee, 0xee, 0xee)));
        QVERIFY(chart.chart()->backgroundBrush().color().lightness() > 128);
    }

    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SightglassTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ActivityPanel"));
    }

    void chartsGetPoints()
    {
        Fixture f(test::sandboxOptions());
        QTRY_VERIFY_WITH_TIMEOUT(f.monitor->sampler()->sampleCount() >= 3, 15000);
        for (ui::TimeSeriesChart* chart : f.panel->charts())
            QVERIFY2(chart->pointCount() > 0, qPrintable(chart->chart()->title()));
        const qint64 t = f.monitor->sampler()->history().last().timeMs;
        const QString tip = f.panel->charts().at(0)->describe(t);
        QVERIFY2(tip.contains(QStringLiteral("max: 120")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("ours: ")));
        QVERIFY(f.panel->findChild<QLabel*>(QStringLiteral("activitySummary"))
                    ->text()
                    .contains(QStringLiteral("usable")));
        QVERIFY(f.monitor->applications()->rowCount() >= 1);
    }

    void theLoadByWaitTabChartsTheWaitsAndSummarisesADraggedRange()
    {
        std::vector<std::unique_ptr<DbClient>> sleepers;
        for (int i = 0; i < 2; ++i) {
            ConnectionOptions o = test::sandboxOptions();
            o.session.applicationName = QStringLiteral("tst-panel-sleep");
            sleepers.push_back(std::make_unique<DbClient>(QStringLiteral("sleeper")));
            sleepers.back()->open(o);
            QTRY_COMPARE_WITH_TIMEOUT(sleepers.back()->state(), ConnectionState::Connected, 10000);
            sleepers.back()->submit(QStringLiteral("sleep"), QStringLiteral("SELECT pg_sleep(60)"));
        }
        QVERIFY(test::waitForSession(
            QStringLiteral("(SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                           "'tst-panel-sleep' AND wait_event = 'PgSleep') = 2")));
        // The seconds that earlier tests (of this run or the last) kept would be in the window.
        QVERIFY(!QFile::exists(HistoryStore::defaultPath()) || QFile::remove(HistoryStore::defaultPath()));
        Fixture f(test::sandboxOptions());
        f.monitor->waits()->setRateHz(10);
        auto* view = f.panel->waitProfileView();
        QVERIFY(view);
        auto* tabs = qobject_cast<QTabWidget*>(view->parentWidget()->parentWidget());
        QVERIFY(tabs);
        // Behind another tab it samples but does not draw; shown, it draws at once.
        QTRY_VERIFY_WITH_TIMEOUT(f.monitor->waits()->profile().seconds().size() >= 2, 15000);
        QVERIFY(!view->isVisible());
        QCOMPARE(view->chart()->pointCount(), 0);
        tabs->setCurrentWidget(view);
        QVERIFY(view->chart()->pointCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(f.monitor->waits()->profile().seconds().size() >= 4, 15000);
        ui::TimeSeriesChart* chart = view->chart();
        QTRY_VERIFY_WITH_TIMEOUT(chart->pointCount() > 0, 5000);
        // The whole window: the sleepers are two sessions on a Timeout wait, all along.
        QAbstractItemModel* apps = view->table(WaitProfile::Application)->model();
        QTRY_VERIFY_WITH_TIMEOUT(test::findRow(apps, 0, QStringLiteral("tst-panel-sleep")) >= 0, 5000);
        QCOMPARE(apps->index(test::findRow(apps, 0, QStringLiteral("tst-panel-sleep")), 1)
                     .data(ResultTableModel::SortRole)
                     .toDouble(),
                 2.0);
        QAbstractItemModel* waits = view->table(WaitProfile::WaitEvent)->model();
        const int sleep = test::findRow(waits, 1, QStringLiteral("PgSleep"));
        QVERIFY(sleep >= 0);
        QCOMPARE(waits->index(sleep, 0).data().toString(), QStringLiteral("Timeout"));
        QVERIFY(view->rangeText().contains(QStringLiteral("whole window")));

        // Drag across the second half of the plot: the tables summarise that range only.
        const QRectF plot = chart->chart()->plotArea();
        const QPoint from(int(plot.left() + plot.width() * 0.5), int(plot.center().y()));
        const QPoint to(int(plot.right() - 2), int(plot.center().y()));
        QSignalSpy selected(chart, &ui::TimeSeriesChart::rangeSelected);
        QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(chart->viewport(), (from + to) / 2);
        QTest::mouseMove(chart->viewport(), to);
        QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(selected.count(), 1);
        QVERIFY(chart->hasRange());
        QVERIFY(chart->rangeFromMs() < chart->rangeToMs());
        QVERIFY2(view->rangeText().startsWith(QStringLiteral("Selected")), qPrintable(view->rangeText()));
        const auto s = f.monitor->waits()->profile().summarize(chart->rangeFromMs(), chart->rangeToMs());
        QVERIFY(s.seconds >= 1);
        QVERIFY(view->rangeText().contains(QStringLiteral("%1 s sampled").arg(s.seconds)));
        // A click clears it: back to the whole window.
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, from);
        QVERIFY(!chart->hasRange());
        QVERIFY(view->rangeText().contains(QStringLiteral("whole window")));
        for (auto& c : sleepers)
            c->cancel(0);
    }

    void theRecordButtonRecordsAFileThatOpensInAWindow()
    {
        ConnectionOptions o = test::sandboxOptions();
        o.session.applicationName = QStringLiteral("tst-record-sleep");
        DbClient sleeper(QStringLiteral("sleeper"));
        sleeper.open(o);
        QTRY_COMPARE_WITH_TIMEOUT(sleeper.state(), ConnectionState::Connected, 10000);
        sleeper.submit(QStringLiteral("sleep"), QStringLiteral("SELECT pg_sleep(60)"));
        QVERIFY(test::waitForSession(
            QStringLiteral("application_name = 'tst-record-sleep' AND wait_event = 'PgSleep'")));
        Fixture f(test::sandboxOptions());
        auto* view = f.panel->waitProfileView();
        auto* record = view->findChild<QPushButton*>(QStringLiteral("waitRecord"));
        auto* save = view->findChild<QPushButton*>(QStringLiteral("waitSaveRecording"));
        auto* state = view->findChild<QLabel*>(QStringLiteral("waitRecordState"));
        QVERIFY(record && save && state);
        QCOMPARE(record->text(), QStringLiteral("Record"));
        QVERIFY(save->isHidden());
        const int rate = f.monitor->waits()->rateHz();
        QTRY_COMPARE_WITH_TIMEOUT(f.monitor->session()->monitor()->state(), ConnectionState::Connected,
                                  10000);
        record->click();
        QVERIFY(view->recorder()->isRecording());
        QCOMPARE(f.monitor->waits()->rateHz(), 10);
        QCOMPARE(record->text(), QStringLiteral("Stop recording"));
        QVERIFY(!view->findChild<QComboBox*>(QStringLiteral("waitRate"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(view->recorder()->recording().sampleCount() >= 12, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QStringLiteral("Recording:")), 5000);
        record->click();
        QVERIFY(!view->recorder()->isRecording());
        QCOMPARE(f.monitor->waits()->rateHz(), rate);
        QCOMPARE(record->text(), QStringLiteral("Record"));
        QVERIFY(view->findChild<QComboBox*>(QStringLiteral("waitRate"))->isEnabled());
        QVERIFY(!save->isHidden()); // kept until saved
        QVERIFY2(state->text().contains(QStringLiteral("not saved")), qPrintable(state->text()));

        QTemporaryDir dir;
        QString error;
        QVERIFY(!view->saveRecording(dir.filePath(QStringLiteral("gone/x.sgrec")), &error));
        QVERIFY(!save->isHidden()); // a failed save loses nothing
        const QString path = dir.filePath(QStringLiteral("incident.sgrec"));
        QVERIFY2(view->saveRecording(path, &error), qPrintable(error));
        QVERIFY(save->isHidden());
        QVERIFY(state->text().startsWith(QStringLiteral("Saved to")));

        QVERIFY(!view->openRecording(dir.filePath(QStringLiteral("absent.sgrec")), &error));
        QVERIFY(error.contains(QStringLiteral("cannot read")));
        QWidget* window = view->openRecording(path, &error);
        QVERIFY2(window, qPrintable(error));
        auto* recording = qobject_cast<ui::RecordingWindow*>(window);
        QVERIFY(recording);
        QVERIFY(recording->isVisible());
        QVERIFY(recording->profile().seconds().size() >= 1);
        QVERIFY(recording->view()->chart()->pointCount() > 0);
        QAbstractItemModel* apps = recording->view()->table(WaitProfile::Application)->model();
        const int row = test::findRow(apps, 0, QStringLiteral("tst-record-sleep"));
        QVERIFY(row >= 0);
        QCOMPARE(apps->index(row, 1).data(ResultTableModel::SortRole).toDouble(), 1.0);
        QVERIFY(recording->findChild<QLabel*>(QStringLiteral("recordingAbout"))
                    ->text()
                    .contains(QStringLiteral("samples")));
        if (qEnvironmentVariableIsSet("SG_SCREENSHOT_DIR")) {
            recording->resize(1280, 720);
            recording->grab().save(qEnvironmentVariable("SG_SCREENSHOT_DIR") +
                                   QStringLiteral("/activity-recording.png"));
        }
        window->close(); // deletes itself
        sleeper.cancel(0);
    }

    void aRangesQueriesCountTheirCallsFromTheStatementSnapshot()
    {
        if (test::serverMajor() < 14)
            QSKIP("query_id, which joins a sampled session to pg_stat_statements, comes with 14");
        Connection admin;
        DbError e;
        QVERIFY(admin.open(test::sandboxOptions(), &e));
        SG_VERIFY_EXEC(admin, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
        SG_VERIFY_EXEC(admin, QStringLiteral("SELECT 1 FROM pg_sleep(0.01)"));
        // The snapshot the Slow queries panel would have taken ten minutes ago: today's counters.
        const QString server = test::sandboxOptions().displayName();
        {
            DbRequest top;
            top.sql = SqlLibrary::load(QStringLiteral("statements_top"), test::serverMajor());
            const ResultSet rows = admin.execute(top, &e);
            QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
            StatementSnapshots snapshots;
            QVERIFY(snapshots.open());
            QVERIFY(snapshots.save(server, QDateTime::currentMSecsSinceEpoch() - 600'000, rows));
        }
        Fixture f(test::sandboxOptions());
        f.monitor->waits()->setRateHz(10);
        auto* view = f.panel->waitProfileView();
        auto* tabs = qobject_cast<QTabWidget*>(view->parentWidget()->parentWidget());
        tabs->setCurrentWidget(view);
        // Since the snapshot: five short sleeps, then two of 1.5 s that the profile samples. (A
        // statement of its own: other tests' pg_sleep(60) may still end and count.)
        for (int i = 0; i < 5; ++i)
            SG_VERIFY_EXEC(admin, QStringLiteral("SELECT 1 FROM pg_sleep(0.01)"));
        DbClient sleeper(QStringLiteral("sleeper"));
        ConnectionOptions o = test::sandboxOptions();
        o.session.applicationName = QStringLiteral("tst-range-sleep");
        sleeper.open(o);
        QTRY_COMPARE_WITH_TIMEOUT(sleeper.state(), ConnectionState::Connected, 10000);
        QSignalSpy slept(&sleeper, &DbClient::replied);
        sleeper.submit(QStringLiteral("sleep"), QStringLiteral("SELECT 1 FROM pg_sleep(1.5)"));
        sleeper.submit(QStringLiteral("sleep"), QStringLiteral("SELECT 1 FROM pg_sleep(1.5)"));
        QTRY_COMPARE_WITH_TIMEOUT(slept.count(), 2, 15000);
        test::flushStatistics(admin);
        QTRY_VERIFY_WITH_TIMEOUT(view->chart()->pointCount() > 0, 5000);
        // The right half of the window: the sleeps, and after the snapshot.
        ui::TimeSeriesChart* chart = view->chart();
        const QRectF plot = chart->chart()->plotArea();
        const QPoint from(int(plot.left() + plot.width() * 0.5), int(plot.center().y()));
        const QPoint to(int(plot.right() - 1), int(plot.center().y()));
        QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(chart->viewport(), to);
        QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, to);
        QVERIFY(chart->hasRange());
        QAbstractItemModel* queries = view->table(WaitProfile::Query)->model();
        QTRY_VERIFY2_WITH_TIMEOUT(
            view->rangeText().contains(QStringLiteral("from the statement snapshot of")),
            qPrintable(view->rangeText()), 10000);
        const int row = test::findRow(queries, 1, QStringLiteral("SELECT $1 FROM pg_sleep($2)"));
        QVERIFY(row >= 0);
        QCOMPARE(queries->index(row, 4).data(ResultTableModel::SortRole).toLongLong(), 7); // 8 in all
        const double mean = queries->index(row, 5).data(ResultTableModel::SortRole).toDouble();
        QVERIFY2(mean > (2 * 1500 + 5 * 10) / 7.0 - 5 && mean < (2 * 1500 + 5 * 10) / 7.0 + 60,
                 qPrintable(QString::number(mean)));
    }

    void aFailingWaitSampleSaysSoUntilOneSucceeds()
    {
        Fixture f(test::sandboxOptions());
        auto* view = f.panel->waitProfileView();
        QTRY_VERIFY_WITH_TIMEOUT(f.monitor->waits()->sampleCount() >= 2, 10000);
        // The samples' own connection gives up after 200 ms; a lock on pg_database makes it wait.
        f.session.monitor()->submit(QStringLiteral("timeout"), QStringLiteral("SET statement_timeout = 200"));
        Connection locker;
        DbError e;
        QVERIFY(locker.open(test::sandboxOptions(), &e));
        SG_VERIFY_EXEC(locker, QStringLiteral("BEGIN; LOCK TABLE pg_database IN ACCESS EXCLUSIVE MODE"));
        QSignalSpy failed(f.monitor->waits(), &WaitProfiler::failed);
        QVERIFY(failed.wait(10000));
        QTRY_VERIFY2_WITH_TIMEOUT(view->rangeText().contains(QStringLiteral("The last wait sample failed")),
                                  qPrintable(view->rangeText()), 5000);
        QVERIFY2(view->rangeText().contains(QStringLiteral("statement timeout")),
                 qPrintable(view->rangeText()));
        SG_VERIFY_EXEC(locker, QStringLiteral("ROLLBACK"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->rangeText().contains(QStringLiteral("failed")), 10000);
    }

    void windowSwitcherAndPause()
    {
        Fixture f(test::sandboxOptions());
        QTRY_VERIFY_WITH_TIMEOUT(f.monitor->sampler()->sampleCount() >= 2, 15000);
        auto* combo = f.panel->findChild<QComboBox*>(QStringLiteral("windowCombo"));
        QCOMPARE(combo->count(), 5);
        combo->setCurrentIndex(4);
        QCOMPARE(f.panel->windowSeconds(), 86400);
        combo->setCurrentIndex(0);
        QCOMPARE(f.panel->windowSeconds(), 60);
        f.panel->setPaused(true);
        const int before = f.panel->charts().at(1)->pointCount();
        QTRY_VERIFY_WITH_TIMEOUT(f.monitor->sampler()->sampleCount() >= 5, 15000);
        QCOMPARE(f.panel->charts().at(1)->pointCount(), before); // frozen while paused
        f.panel->setPaused(false);
        QVERIFY(f.panel->charts().at(1)->pointCount() > before); // catches up, nothing lost
    }

    void exportsPngAndCsv()
    {
        Fixture f(test::sandboxOptions());
        QTRY_VERIFY_WITH_TIMEOUT(f.monitor->sampler()->sampleCount() >= 3, 15000);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("charts.png"));
        QCOMPARE(f.panel->exportPng(png), QString());
        QVERIFY(!QImage(png).isNull());
        const QString csv = dir.filePath(QStringLiteral("samples.csv"));
        QCOMPARE(f.panel->exportCsv(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.first().startsWith(QStringLiteral("time,active,idle,")));
        QVERIFY(lines.size() >= 4);
        // A place that cannot be written: a clear message, no crash.
        QVERIFY(f.panel->exportCsv(QStringLiteral("/proc/no/such/dir/x.csv"))
                    .contains(QStringLiteral("Cannot write")));
    }

    void terminateAfterConfirmationShowingSql()
    {
        Fixture f(test::sandboxOptions());
        ConnectionOptions victimOptions = test::sandboxOptions();
        victimOptions.session.applicationName = QStringLiteral("victim");
        Connection victim;
        DbError e;
        QVERIFY(victim.open(victimOptions, &e));
        DbRequest pidRequest;
        pidRequest.sql = QStringLiteral("SELECT pg_backend_pid()");
        const int pid = victim.execute(pidRequest, &e).value(0, 0).toInt();
        ui::SessionsView* view = f.panel->sessionsView();
        selectPid(view, pid);

        test::NextMessageBox no(QMessageBox::Cancel); // first: say no
        view->terminateButton()->click();
        const QString asked = no.text();
        QVERIFY2(asked.contains(QStringLiteral("SELECT pg_terminate_backend(%1);").arg(pid)),
                 qPrintable(asked));
        // Nothing was sent: no action finishes, and the victim still answers (isOpen() would only
        // read libpq's own state and pass after a wrongful terminate too).
        QSignalSpy acted(f.monitor.get(), &ActivityMonitor::actionFinished);
        QVERIFY(!acted.wait(500));
        DbRequest alive;
        alive.sql = QStringLiteral("SELECT 1");
        DbError aliveError;
        QCOMPARE(victim.execute(alive, &aliveError).value(0, 0).toInt(), 1);
        QVERIFY2(!aliveError.isError(), qPrintable(aliveError.userMessage()));

        test::NextMessageBox yes(QMessageBox::Ok); // then: yes
        QSignalSpy done(f.monitor.get(), &ActivityMonitor::actionFinished);
        view->terminateButton()->click();
        QVERIFY(yes.answered());
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().toBool());
        DbRequest ping;
        ping.sql = QStringLiteral("SELECT 1");
        victim.execute(ping, &e);
        QCOMPARE(e.kind, DbError::Kind::ConnectionLost);
    }

    void blockingTreeInPanel()
    {
        Fixture f(test::sandboxOptions());
        Connection blocker;
        DbError e;
        QVERIFY(blocker.open(test::sandboxOptions(), &e));
        DbRequest r;
        r.sql = QStringLiteral(
            "CREATE TABLE IF NOT EXISTS panel_lock (id int)"); // committed, visible to the waiter
        blocker.execute(r, &e);
        r.sql = QStringLiteral("BEGIN; LOCK TABLE panel_lock");
        blocker.execute(r, &e);
        QVERIFY(!e.isError());
        DbClient waiter(QStringLiteral("waiter"));
        ConnectionOptions waiterOptions = test::sandboxOptions();
        waiterOptions.session.applicationName = QStringLiteral("tst-waiter"); // ours would be counted apart
        waiter.open(waiterOptions);
        QTRY_COMPARE_WITH_TIMEOUT(waiter.state(), ConnectionState::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(f.monitor->sampler()->sampleCount() >= 1, 15000);
        QVERIFY(!f.panel->warningBanner()->fullText().contains(QStringLiteral("lock")));
        const int stripTop = f.panel->warningBanner()->mapTo(f.panel.get(), QPoint()).y();
        const QPoint sessionsAt = f.panel->sessionsView()->mapTo(f.panel.get(), QPoint());
        waiter.submit(QStringLiteral("t"), QStringLiteral("SELECT * FROM panel_lock"));
        QTreeWidget* tree = f.panel->sessionsView()->blockingTree();
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() == 1 && tree->topLevelItem(0)->childCount() == 1,
                                 15000);
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(4), QStringLiteral("AccessShareLock"));
        QTRY_VERIFY_WITH_TIMEOUT(!f.panel->warningBanner()->fullText().isEmpty(), 10000);
        QVERIFY(f.panel->warningBanner()->fullText().contains(QStringLiteral("lock")));
        // A warning appearing moves nothing: the strip keeps its place and height.
        QCOMPARE(f.panel->warningBanner()->mapTo(f.panel.get(), QPoint()).y(), stripTop);
        QCOMPARE(f.panel->sessionsView()->mapTo(f.panel.get(), QPoint()), sessionsAt);
        r.sql = QStringLiteral("ROLLBACK");
        blocker.execute(r, &e);
        QTRY_VERIFY_WITH_TIMEOUT(f.panel->warningBanner()->fullText().isEmpty(), 15000);
    }

    void editedThresholdsApplyAndPersist()
    {
        QSettings().remove(QStringLiteral("thresholds"));
        QSettings().remove(QStringLiteral("activity"));
        Fixture f(test::sandboxOptions());
        QTRY_VERIFY_WITH_TIMEOUT(f.monitor->sampler()->sampleCount() >= 1, 15000);
        QVERIFY(!f.monitor->sampler()->alerts().isFiring(AlertEvent::Rule::Utilization));
        test::NextModal edit([](QWidget* modal) {
            auto* dialog = qobject_cast<ui::ThresholdsDialog*>(modal);
            if (!dialog)
                return false;
            auto spin = [dialog](const char* name) {
                auto* s = dialog->findChild<QDoubleSpinBox*>(QLatin1String(name));
                if (!s)
                    qFatal("the thresholds dialog has no %s", name);
                return s;
            };
            spin("utilizationSpin")->setValue(1.0); // utilization above 1 %
            spin("wraparoundSpin")->setValue(12.5);
            spin("sequenceSpin")->setValue(77.0);
            spin("replicaLagSpin")->setValue(5.5);
            spin("inactiveSlotSpin")->setValue(300);
            dialog->accept();
            return true;
        });
        f.panel->findChild<QPushButton*>(QStringLiteral("thresholdsButton"))->click();
        QVERIFY(edit.handled());
        QCOMPARE(f.monitor->sampler()->alerts().thresholds().utilizationPct, 1.0);
        QCOMPARE(f.monitor->sampler()->alerts().thresholds().wraparoundPct, 12.5);
        QTRY_VERIFY_WITH_TIMEOUT(f.monitor->sampler()->alerts().isFiring(AlertEvent::Rule::Utilization),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(f.panel->warningBanner()->fullText().contains(QStringLiteral("Utilization")),
                                 5000);
        QCOMPARE(ActivityThresholds::load().utilizationPct, 1.0);
        QCOMPARE(ActivityThresholds::load().wraparoundPct, 12.5);
        QCOMPARE(f.monitor->sampler()->alerts().thresholds().sequenceUsedPct, 77.0);
        QCOMPARE(ActivityThresholds::load().sequenceUsedPct, 77.0);
        QCOMPARE(f.monitor->sampler()->alerts().thresholds().replicaLagS, 5.5);
        QCOMPARE(ActivityThresholds::load().replicaLagS, 5.5);
        QCOMPARE(ActivityThresholds::load().inactiveSlotMb, 300.0);
        QSettings().remove(QStringLiteral("thresholds"));

        // The connections chart fits the sessions by default; max_connections is a reference line
        // unless chosen as the scale, and the choice outlives the panel (a reconnect rebuilds it).
        auto* scale = f.panel->findChild<QCheckBox*>(QStringLiteral("scaleToMax"));
        QVERIFY(!scale->isChecked());
        QVERIFY(f.panel->charts().first()->yTop() < 120); // a handful of sessions, not 120 slots
        scale->setChecked(true);
        QVERIFY(f.panel->charts().first()->yTop() >= 120);
        ui::ActivityPanel rebuilt(f.monitor.get());
        QVERIFY(rebuilt.findChild<QCheckBox*>(QStringLiteral("scaleToMax"))->isChecked());
        QSettings().remove(QStringLiteral("activity"));
    }

    void figuresInTheUsersNumberFormat()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        ui::TimeSeriesChart chart(QStringLiteral("Cache hit ratio"));
        chart.addLine(QStringLiteral("all"), Qt::blue);
        chart.setValueFormat(QStringLiteral(" %"), 1);
        chart.setLineData(0, {QPointF(1000, 99.7)});
        const QString tip = chart.describe(1000);
        QVERIFY(chart.chart()->localizeNumbers());
        QLocale::setDefault(QLocale::system());
        QVERIFY2(tip.contains(QStringLiteral("99,7 %")), qPrintable(tip));
    }

    void chartScalesFollowTheData()
    {
        // An empty chart of counts has whole labels: no "0 0 1 1".
        ui::TimeSeriesChart empty(QStringLiteral("Connections"));
        empty.addLine(QStringLiteral("active"), Qt::green);
        empty.setLineData(0, {});
        QVERIFY(empty.yTop() >= 3);
        for (QAbstractAxis* axis : empty.chart()->axes(Qt::Vertical)) {
            auto* values = qobject_cast<QValueAxis*>(axis);
            QVERIFY(values);
            const double step = (values->max() - values->min()) / (values->tickCount() - 1);
            QCOMPARE(step, std::round(step));
        }
        QList<QPointF> hits, tps, busy;
        for (int i = 0; i < 300; ++i) {
            hits << QPointF(i * 1000.0, 99.5 + (i % 3) * 0.1);
            tps << QPointF(i * 1000.0, i == 150 ? 3000 : 140 + i % 20);
            busy << QPointF(i * 1000.0, i % 10 == 0 ? 3000 : 140);
        }
        ui::TimeSeriesChart cache(QStringLiteral("Cache hit ratio"));
        cache.addLine(QStringLiteral("all"), Qt::blue);
        const int threshold = cache.addLine(QStringLiteral("threshold"), Qt::red);
        cache.setLineIsReference(threshold, true);
        cache.setZoomedYRange(0, 100);
        cache.setLineData(0, hits);
        cache.setLineData(threshold, {QPointF(0, 95), QPointF(299000, 95)});
        QCOMPARE(cache.yTop(), 100.0);
        QVERIFY2(cache.yBottom() >= 98 && cache.yBottom() < 99.5, qPrintable(QString::number(cache.yBottom())));
        cache.setLineData(0, {QPointF(0, 60), QPointF(1000, 99)}); // a cold cache widens the range
        QVERIFY(cache.yBottom() <= 60);

        ui::TimeSeriesChart spiky(QStringLiteral("Transactions per second"));
        spiky.addLine(QStringLiteral("tps"), Qt::green);
        spiky.setSpikeResistant(true);
        spiky.setLineData(0, tps);
        QVERIFY2(spiky.yTop() < 1000, qPrintable(QString::number(spiky.yTop()))); // one burst
        QVERIFY(spiky.chart()->title().contains(QStringLiteral("3,000")));
        spiky.setLineData(0, busy); // a tenth of the window: the load, not a spike
        QVERIFY(spiky.yTop() >= 3000);
        QCOMPARE(spiky.chart()->title(), QStringLiteral("Transactions per second"));
    }

    void pgbouncerMode()
    {
        test::TestPgBouncer bouncer(test::sandbox());
        QString error;
        QVERIFY2(bouncer.start(&error), qPrintable(error));
        Fixture f(bouncer.consoleOptions());
        QTRY_VERIFY_WITH_TIMEOUT(!f.monitor->pools()->history().isEmpty(), 15000);
        QCOMPARE(f.panel->charts().size(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(f.panel->charts().at(0)->pointCount() > 0, 10000);
        auto* pools = f.panel->findChild<QTableView*>(QStringLiteral("poolsTable"));
        QVERIFY(pools && pools->model()->rowCount() >= 1);
        // The health dock has nothing to read there, and says so instead of waiting for ever.
        HealthMonitor health(f.monitor.get());
        ui::HealthPanel healthPanel(&health);
        QVERIFY2(healthPanel.wraparoundLine()->text().contains(QStringLiteral("pgbouncer")),
                 qPrintable(healthPanel.wraparoundLine()->text()));
        QVERIFY(healthPanel.sequencesLine()->text().isEmpty());
    }
};

QTEST_MAIN(tst_ActivityPanel)
#include "tst_ActivityPanel.moc"
