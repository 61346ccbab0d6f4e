// SPDX-License-Identifier: GPL-3.0-or-later
// The Indexes and Bloat and vacuum panels, and the report export, offscreen on the demo data.
#include "TestDialogs.h"
#include "TestRows.h"
#include "TestSandbox.h"

#include "advisor/Advisor.h"
#include "db/Connection.h"
#include "db/DemoEnvironment.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"
#include "ui/advisor/AdvisorPanel.h"
#include "ui/advisor/FindingsView.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
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
                return d->findChild<ui::AdvisorPanel*>();
        }
        return nullptr;
    }

    static bool selectFinding(ui::FindingsView* view, const QString& subjectPart)
    {
        QTableView* t = view->table();
        const int r = test::findRow(t->model(), 1, subjectPart, Qt::MatchContains);
        if (r >= 0)
            t->selectRow(r);
        return r >= 0;
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
        // Before any connection the panels say so, rather than that they are reading.
        QVERIFY2(panel(w, "indexesDock")->header()->text().startsWith(QStringLiteral("Not connected")),
                 qPrintable(panel(w, "indexesDock")->header()->text()));
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

        // Selecting an index shows its definition, asked of the server (hostile names quoted).
        QTableView* t = indexes->objects();
        const int indexColumn = w.advisor()->indexModel()->result().columnIndex(QStringLiteral("index"));
        t->selectRow(test::findRow(t->model(), indexColumn, QStringLiteral("idx \"Customer Name\""), Qt::MatchStartsWith));
        QTRY_VERIFY_WITH_TIMEOUT(indexes->header()->text().contains(QStringLiteral("CREATE INDEX")), 10000);
        QVERIFY2(indexes->header()->text().contains(
                     QStringLiteral("ON \"Order Ref\".\"a\"\"; DROP TABLE x; --\" USING btree (\"Customer Name\");")),
                 qPrintable(indexes->header()->text()));

        // The two lists are one: selecting an index selects its finding ...
        t->selectRow(test::findRow(t->model(), indexColumn, QStringLiteral("pgbench_history_mtime_idx")));
        QVERIFY(indexes->findings()->selected());
        QCOMPARE(indexes->findings()->selected()->object, QStringLiteral("pgbench_history_mtime_idx"));
        // ... a summary counts them by kind, sizes read as sizes ...
        QVERIFY2(indexes->findings()->summaryText().contains(QStringLiteral("unused index")),
                 qPrintable(indexes->findings()->summaryText()));
        const int all = indexes->findings()->table()->model()->rowCount();
        QVERIFY(indexes->findings()->summaryText().startsWith(QStringLiteral("%1 finding").arg(all)));
        QTableView* found = bloat->findings()->table();
        const int bytes = w.advisor()->findingModel(Advisor::Group::Tables)->result().columnIndex(QStringLiteral("bytes"));
        QVERIFY(test::findRow(found->model(), bytes, QStringLiteral("iB"), Qt::MatchContains) >= 0);
        // ... and the filter filters both.
        QLineEdit* filter = nullptr;
        for (QLineEdit* e : indexes->findChildren<QLineEdit*>())
            if (e->accessibleName() == QLatin1String("Filter findings"))
                filter = e;
        QVERIFY(filter);
        filter->setText(QStringLiteral("pgbench_tellers"));
        const QList<Finding> shown = indexes->findings()->shownFindings();
        QVERIFY(!shown.isEmpty() && shown.size() < all);
        for (const Finding& f : shown)
            QCOMPARE(f.table, QStringLiteral("pgbench_tellers"));
        QVERIFY(indexes->findings()->summaryText().startsWith(QStringLiteral("%1 finding").arg(shown.size())));
        // Several selected: their fixes together; every shown fix as one migration.
        indexes->findings()->table()->selectAll();
        QCOMPARE(indexes->findings()->selectedFindings().size(), shown.size());
        QVERIFY(indexes->findings()->allFixesMigration().contains(QStringLiteral("pgbench_tellers_bid")));
        QVERIFY(!indexes->findings()->allFixesMigration().contains(QStringLiteral("pgbench_history")));
        filter->clear();
        QCOMPARE(indexes->findings()->table()->model()->rowCount(), all);
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
        test::NextMessageBox confirm(QMessageBox::Ok);
        QSignalSpy updated(w.advisor(), &Advisor::updated);
        findings->runButton()->click();
        const QString asked = confirm.text();
        QVERIFY(asked.contains(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS public.pgbench_tellers_bid_idx;")));
        QVERIFY(updated.wait(30000)); // the advisor reads again after a fix
        QTRY_VERIFY_WITH_TIMEOUT(findings->statusText().startsWith(QStringLiteral("Done")), 5000);
        for (const Finding& f : w.advisor()->snapshot().findings)
            QVERIFY(f.object != QLatin1String("pgbench_tellers_bid_idx"));
    }

    void exactFiguresFromPgstattuple()
    {
        // Where the extension is installed (the demo database): the exact figures of the selected table.
        {
            ui::MainWindow w;
            w.show();
            QSignalSpy populated(&w, &ui::MainWindow::panelsPopulated);
            w.connectTo(m_demo, QStringLiteral("demo"));
            QVERIFY(populated.wait(30000));
            ui::AdvisorPanel* bloat = panel(w, "bloatDock");
            bloat->exactFigures(); // nothing selected: nothing to ask
            QVERIFY(bloat->header()->text().contains(QStringLiteral("Select a table first")));
            QTableView* t = bloat->objects();
            const int tableColumn = w.advisor()->tableModel()->result().columnIndex(QStringLiteral("table"));
            t->selectRow(test::findRow(t->model(), tableColumn, QStringLiteral("demo_bloat")));
            test::NextMessageBox confirm(QMessageBox::Yes);
            bloat->exactFigures();
            QVERIFY2(confirm.text().contains(QStringLiteral("pgstattuple reads all of public.demo_bloat")),
                     qPrintable(confirm.text()));
            QTRY_VERIFY_WITH_TIMEOUT(bloat->header()->text().contains(QStringLiteral("pgstattuple: ")), 15000);
            QVERIFY(bloat->header()->text().contains(QStringLiteral("dead tuples")));
        }
        // Where it is available but not installed (the postgres database): say how to install it.
        {
            Connection c;
            DbError e;
            QVERIFY(c.open(test::sandboxOptions(), &e));
            DbRequest r;
            r.sql = QStringLiteral("CREATE TABLE IF NOT EXISTS plain_table (id int)");
            c.execute(r, &e);
            ui::MainWindow w;
            w.show();
            QSignalSpy populated(&w, &ui::MainWindow::panelsPopulated);
            w.connectTo(test::sandboxOptions(), QStringLiteral("plain"));
            QVERIFY(populated.wait(30000));
            ui::AdvisorPanel* bloat = panel(w, "bloatDock");
            bloat->objects()->selectRow(0);
            bloat->exactFigures(); // nothing to ask before the extension is there
            QVERIFY2(bloat->header()->text().contains(QStringLiteral("CREATE EXTENSION pgstattuple")),
                     qPrintable(bloat->header()->text()));
        }
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
        QVERIFY(findings->statusText().contains(QStringLiteral("Cannot write")));

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
