// SPDX-License-Identifier: GPL-3.0-or-later
// The Indexes and Bloat & vacuum panels, and the report export, offscreen on the demo data.
#include "TestSandbox.h"

#include "advisor/Advisor.h"
#include "db/DemoEnvironment.h"
#include "db/ServerSession.h"
#include "ui/MainWindow.h"
#include "ui/advisor/AdvisorPanel.h"
#include "ui/advisor/FindingsView.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sg;

class tst_AdvisorPanel : public QObject
{
    Q_OBJECT
    ConnectionOptions m_demo;

    static ui::AdvisorPanel* panel(ui::MainWindow& w, const char* dock)
    {
        for (QDockWidget* d : w.docks()) {
            if (d->objectName() == QLatin1String(dock))
                return qobject_cast<ui::AdvisorPanel*>(d->widget());
        }
        return nullptr;
    }

    static bool selectFinding(ui::FindingsView* view, const QString& subjectPart)
    {
        QTableView* t = view->table();
        for (int r = 0; r < t->model()->rowCount(); ++r) {
            if (t->model()->index(r, 1).data().toString().contains(subjectPart)) {
                t->selectRow(r);
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SightglassTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_AdvisorPanel"));
        QSettings().clear();
        QString error;
        QVERIFY2(DemoEnvironment::load(test::sandbox(), &error), qPrintable(error));
        m_demo = test::sandbox().options(QString::fromLatin1(DemoEnvironment::DatabaseName));
    }

    void panelsShowPlantedProblemsWithFixes()
    {
        ui::MainWindow w;
        w.show();
        QSignalSpy populated(&w, &ui::MainWindow::panelsPopulated);
        w.connectTo(m_demo, QStringLiteral("demo"));
        QVERIFY(populated.wait(30000));
        ui::AdvisorPanel* indexes = panel(w, "indexesDock");
        ui::AdvisorPanel* bloat = panel(w, "bloatDock");
        QVERIFY(indexes && bloat);
        QVERIFY(indexes->header()->text().contains(QStringLiteral("Usage statistics count since")));
        QVERIFY(indexes->objects()->model()->rowCount() >= 10);
        QVERIFY(selectFinding(indexes->findings(), QStringLiteral("pgbench_history_mtime_idx")));
        QCOMPARE(indexes->findings()->selected()->fixSql,
                 QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS public.pgbench_history_mtime_idx;"));
        QVERIFY(selectFinding(bloat->findings(), QStringLiteral("demo_bloat")));
        QCOMPARE(bloat->findings()->selected()->fixSql, QStringLiteral("VACUUM (ANALYZE) public.demo_bloat;"));
    }

    void runIsGuardedAndConfirmed()
    {
        ConnectionOptions readOnly = m_demo;
        readOnly.session.readOnly = true;
        ui::MainWindow w;
        w.show();
        QSignalSpy populated(&w, &ui::MainWindow::panelsPopulated);
        w.connectTo(readOnly, QStringLiteral("demo"));
        QVERIFY(populated.wait(30000));
        ui::FindingsView* findings = panel(w, "indexesDock")->findings();
        QVERIFY(selectFinding(findings, QStringLiteral("pgbench_tellers_bid_idx")));
        QVERIFY(!findings->runButton()->isEnabled());
        QVERIFY(findings->runButton()->toolTip().contains(QStringLiteral("read-only")));

        w.session()->unlockWrites();
        QVERIFY(findings->runButton()->isEnabled());
        QString asked;
        QTimer::singleShot(300, [&asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->button(QMessageBox::Ok)->click();
            }
        });
        QSignalSpy updated(w.advisor(), &Advisor::updated);
        findings->runButton()->click();
        QVERIFY(asked.contains(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS public.pgbench_tellers_bid_idx;")));
        QVERIFY(updated.wait(30000)); // the advisor reads again after a fix
        QTRY_VERIFY_WITH_TIMEOUT(findings->statusText().startsWith(QStringLiteral("Done")), 5000);
        for (const Finding& f : w.advisor()->snapshot().findings)
            QVERIFY(f.object != QLatin1String("pgbench_tellers_bid_idx"));
    }

    void saveAsMigrationAndExportReport()
    {
        ui::MainWindow w;
        w.show();
        QSignalSpy populated(&w, &ui::MainWindow::panelsPopulated);
        w.connectTo(m_demo, QStringLiteral("demo"));
        QVERIFY(populated.wait(30000));
        ui::FindingsView* findings = panel(w, "indexesDock")->findings();
        QVERIFY(selectFinding(findings, QStringLiteral("pgbench_accounts")));
        QTemporaryDir dir;
        const QString path = findings->saveMigration(dir.path());
        QVERIFY2(!path.isEmpty(), qPrintable(findings->statusText()));
        QVERIFY(QFileInfo(path).fileName().contains(QStringLiteral("_unindexed_foreign_key_pgbench_accounts_bid_fkey.sql")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS pgbench_accounts_bid_fk_idx")));
        QVERIFY(text.contains(QStringLiteral("without one"))); // the transaction warning

        QVERIFY(findings->saveMigration(QStringLiteral("/proc/no/such/dir")).isEmpty());
        QVERIFY(findings->statusText().contains(QStringLiteral("Could not write")));

        QSignalSpy exported(&w, &ui::MainWindow::reportExported);
        const QString report = dir.filePath(QStringLiteral("health.json"));
        w.exportReport(report);
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.first().first().toBool(), qPrintable(exported.first().last().toString()));
        QVERIFY(QFile(report).size() > 100);
    }
};

QTEST_MAIN(tst_AdvisorPanel)
#include "tst_AdvisorPanel.moc"
