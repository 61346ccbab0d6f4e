// SPDX-License-Identifier: GPL-3.0-or-later
// The migration wizard driven offscreen through every page against the sandbox: status, preview
// with lint markers and live lock badges, rehearsal, apply with a backup first, result, rollback.
#include "TestDialogs.h"
#include "TestSandbox.h"

#include "db/Connection.h"
#include "db/ServerSession.h"
#include "migrate/MigrationController.h"
#include "migrate/MigrationPlanner.h"
#include "migrate/MigrationRunner.h"
#include "ui/backup/BackupDialog.h"
#include "ui/migrate/MigrationApplyPage.h"
#include "ui/migrate/MigrationPreviewPage.h"
#include "ui/migrate/MigrationRehearsePage.h"
#include "ui/migrate/MigrationResultPage.h"
#include "ui/migrate/MigrationSourcePage.h"
#include "ui/migrate/MigrationStatusPage.h"
#include "ui/migrate/MigrationWizard.h"
#include "ui/migrate/StatementOutcomeTable.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sg;

namespace {

void picture(QWidget* w, const char* name)
{
    const QString dir = qEnvironmentVariable("SG_DOC_IMAGES");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

QStringList column(QTableWidget* t, int c)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << (t->item(r, c) ? t->item(r, c)->text() : QString());
    return out;
}

} // namespace

class tst_MigrationWizard : public QObject
{
    Q_OBJECT
    ServerSession m_session;
    QTemporaryDir m_dir;
    const QString m_db = QStringLiteral("Wizard \"Shop\"");
    Connection m_other; ///< another application's session on the same database

    ResultSet exec(Connection& c, const QString& sql)
    {
        DbRequest r;
        r.sql = sql;
        DbError e;
        const ResultSet rs = c.execute(r, &e);
        if (e.isError())
            qWarning("%s: %s", qPrintable(sql), qPrintable(e.userMessage()));
        return rs;
    }

    void waitForPage(QWizard& wizard, int id)
    {
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), id, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Connection c;
        DbError e;
        QVERIFY(c.open(test::sandboxOptions(), &e));
        exec(c, QStringLiteral("CREATE DATABASE \"Wizard \"\"Shop\"\"\""));
        const QString shop = QStringLiteral(SG_MIGRATIONS "/shop");
        const QString dir = m_dir.filePath(QStringLiteral("migrations"));
        QVERIFY(QDir().mkpath(dir));
        for (const QString& f : QDir(shop).entryList(QDir::Files))
            QVERIFY(QFile::copy(shop + QLatin1Char('/') + f, dir + QLatin1Char('/') + f));
        // 001 and 002 are applied already; 005 indexes a table in use without CONCURRENTLY.
        Connection target;
        QVERIFY(target.open(test::sandboxOptions(m_db), &e));
        MigrationPlanner::Options to;
        to.targetVersion = QStringLiteral("002");
        QVERIFY(MigrationRunner(target, {}).apply(MigrationPlanner::prepare(&target, dir, to).scripts).ok);
        QFile risky(dir + QStringLiteral("/005_note_index.sql"));
        QVERIFY(risky.open(QIODevice::WriteOnly));
        risky.write("SET lock_timeout = '5s';\n\n"
                    "-- Finds orders by their note.\n"
                    "CREATE INDEX IF NOT EXISTS orders_note_idx\n"
                    "    ON public.orders (note);\n");
        risky.close();
        QFile(dir + QStringLiteral("/005_note_index_rollback.sql")).open(QIODevice::WriteOnly);
        QFile down(dir + QStringLiteral("/005_note_index_rollback.sql"));
        QVERIFY(down.open(QIODevice::WriteOnly));
        down.write("DROP INDEX IF EXISTS public.orders_note_idx;\n");
        down.close();

        QSignalSpy connected(&m_session, &ServerSession::connected);
        m_session.open(test::sandboxOptions(m_db));
        QVERIFY(connected.wait(15000));
        QVERIFY(m_other.open(test::sandboxOptions(m_db), &e));
    }

    void drivesEveryPage()
    {
        ui::MigrationWizard wizard(&m_session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.sourcePage()->setDirectory(m_dir.filePath(QStringLiteral("migrations")));
        QVERIFY(wizard.sourcePage()->isComplete());

        // Another session writes to orders in an open transaction: CREATE INDEX would wait for it.
        exec(m_other, QStringLiteral("BEGIN; UPDATE public.orders SET note = note WHERE id = 1"));

        wizard.next();
        waitForPage(wizard, ui::MigrationWizard::StatusPage);
        QTableWidget* status = wizard.statusPage()->table();
        QCOMPARE(column(status, 0), (QStringList{"001", "002", "003", "004", "005"}));
        QCOMPARE(column(status, 1), (QStringList{"applied", "applied", "pending", "pending", "pending"}));
        QVERIFY2(wizard.statusPage()->summaryText().contains(QLatin1String("3 migration(s) to apply")),
                 qPrintable(wizard.statusPage()->summaryText()));
        picture(&wizard, "migration-status.png");

        wizard.next();
        waitForPage(wizard, ui::MigrationWizard::PreviewPage);
        ui::MigrationPreviewPage* preview = wizard.previewPage();
        QCOMPARE(preview->files()->count(), 3);
        preview->files()->setCurrentRow(2);
        QCOMPARE(preview->markedLines(), QList<int>{4});
        const QString badge = preview->badgeAt(4);
        QVERIFY2(badge.contains(QLatin1String("SHARE on public.orders")), qPrintable(badge));
        QVERIFY2(badge.contains(QLatin1String("would wait for pid")), qPrintable(badge));
        QVERIFY(column(preview->findings(), 2).contains(QLatin1String("index-without-concurrently")));
        preview->findings()->selectRow(
            int(column(preview->findings(), 2).indexOf(QLatin1String("index-without-concurrently"))));
        picture(&wizard, "migration-preview.png");
        exec(m_other, QStringLiteral("ROLLBACK"));

        wizard.next();
        waitForPage(wizard, ui::MigrationWizard::RehearsePage);
        ui::MigrationRehearsePage* rehearse = wizard.rehearsePage();
        QVERIFY2(rehearse->resultText().contains(QLatin1String("Passed")),
                 qPrintable(rehearse->resultText()));
        QVERIFY(rehearse->outcomes()->states().contains(QLatin1String("not rehearsable")));
        QVERIFY(!rehearse->outcomes()->states().contains(QLatin1String("failed")));
        picture(&wizard, "migration-rehearse.png");

        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(ui::MigrationWizard::ApplyPage));
        ui::MigrationApplyPage* apply = wizard.applyPage();
        QVERIFY(!apply->isComplete());
        QVERIFY(apply->applyButton()->isEnabled());
        // One default folder for backups: the backup dialog's, here too; the one used is remembered.
        QCOMPARE(apply->backupDirectory(), ui::BackupDialog(&m_session).options().directory);
        apply->setBackupFirst(true, m_dir.filePath(QStringLiteral("backups")));
        const bool canDump = test::pgDumpReadsTheServer();
        if (!canDump) {
            // A server newer than every pg_dump here: the backup is refused, saying which
            // version it needs, and nothing is applied.
            {
                test::NextMessageBox yes(QMessageBox::Yes);
                apply->applyButton()->click();
                QVERIFY(yes.answered());
            }
            QTRY_VERIFY_WITH_TIMEOUT(apply->resultText().contains(QLatin1String("nothing was applied")), 30000);
            QVERIFY2(apply->resultText().contains(QStringLiteral("PostgreSQL %1").arg(test::serverMajor())),
                     qPrintable(apply->resultText()));
            QVERIFY(!apply->isComplete());
            QCOMPARE(exec(m_other, QStringLiteral("SELECT count(*) FROM sightglass.schema_migrations"))
                         .value(0, 0)
                         .toInt(),
                     2);
            apply->setBackupFirst(false);
        }
        test::NextMessageBox yes(QMessageBox::Yes);
        apply->applyButton()->click();
        QVERIFY2(yes.text().contains(QLatin1String("Run these on")), qPrintable(yes.text()));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isComplete(), 90000);
        QVERIFY2(apply->resultText().contains(QLatin1String("Applied 3 migration")),
                 qPrintable(apply->resultText()));
        if (canDump) {
            QVERIFY(QFile::exists(apply->backupPath()));
            QCOMPARE(ui::BackupDialog(&m_session).options().directory, m_dir.filePath(QStringLiteral("backups")));
        }
        QCOMPARE(apply->outcomes()->states().count(QLatin1String("ok")), apply->outcomes()->rowCount());
        picture(&wizard, "migration-apply.png");

        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(ui::MigrationWizard::ResultPage));
        QTRY_COMPARE(wizard.resultPage()->trackingRows()->rowCount(), 5);
        picture(&wizard, "migration-result.png");
        QCOMPARE(exec(m_other, QStringLiteral("SELECT count(*) FROM sightglass.schema_migrations"))
                     .value(0, 0)
                     .toInt(),
                 5);
    }

    void rollsBackTheLastMigration()
    {
        ui::MigrationWizard wizard(&m_session);
        wizard.show();
        wizard.sourcePage()->setDirectory(m_dir.filePath(QStringLiteral("migrations")));
        wizard.sourcePage()->setRollback(true, 1);
        wizard.next();
        waitForPage(wizard, ui::MigrationWizard::StatusPage);
        QVERIFY(wizard.statusPage()->summaryText().contains(QLatin1String("1 migration(s) to roll back")));
        wizard.next();
        waitForPage(wizard, ui::MigrationWizard::PreviewPage);
        QCOMPARE(wizard.previewPage()->files()->item(0)->text(),
                 QStringLiteral("005_note_index_rollback.sql"));
        wizard.next();
        waitForPage(wizard, ui::MigrationWizard::RehearsePage);
        wizard.next();
        ui::MigrationApplyPage* apply = wizard.applyPage();
        apply->setBackupFirst(false);
        test::NextMessageBox yes(QMessageBox::Yes);
        apply->applyButton()->click();
        QVERIFY2(yes.text().contains(QLatin1String("Run these on")), qPrintable(yes.text()));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isComplete(), 60000);
        QVERIFY2(apply->resultText().contains(QLatin1String("Rolled back 1")),
                 qPrintable(apply->resultText()));
        QVERIFY(exec(m_other, QStringLiteral("SELECT to_regclass('public.orders_note_idx') IS NULL"))
                    .value(0, 0)
                    .toBool());
        wizard.next();
        QTRY_COMPARE(wizard.resultPage()->trackingRows()->rowCount(), 4);
    }

    void aReadOnlyConnectionCannotApply()
    {
        m_session.lockWrites();
        ui::MigrationWizard wizard(&m_session);
        wizard.show();
        wizard.sourcePage()->setDirectory(m_dir.filePath(QStringLiteral("migrations")));
        wizard.next();
        waitForPage(wizard, ui::MigrationWizard::StatusPage);
        wizard.next();
        waitForPage(wizard, ui::MigrationWizard::PreviewPage);
        wizard.next();
        waitForPage(wizard, ui::MigrationWizard::RehearsePage);
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(ui::MigrationWizard::ApplyPage));
        QVERIFY(!wizard.applyPage()->applyButton()->isEnabled());
        m_session.unlockWrites();
    }
    void aFailedRehearsalIsSaidBeforeApplying()
    {
        // 005 is pending again (rolled back above). A session holds orders exclusively: the
        // rehearsal's CREATE INDEX times out waiting for it.
        exec(m_other, QStringLiteral("BEGIN; LOCK TABLE public.orders IN ACCESS EXCLUSIVE MODE"));
        const QString holder = exec(m_other, QStringLiteral("SELECT pg_backend_pid()")).value(0, 0).toString();
        ui::MigrationWizard wizard(&m_session);
        wizard.show();
        wizard.sourcePage()->setDirectory(m_dir.filePath(QStringLiteral("migrations")));
        wizard.next();
        waitForPage(wizard, ui::MigrationWizard::StatusPage);
        wizard.next();
        waitForPage(wizard, ui::MigrationWizard::PreviewPage);
        wizard.next();
        waitForPage(wizard, ui::MigrationWizard::RehearsePage);
        ui::MigrationRehearsePage* rehearse = wizard.rehearsePage();
        QVERIFY2(rehearse->resultText().contains(QLatin1String("Failed")), qPrintable(rehearse->resultText()));
        // It names who it waited for, as the preview did.
        QVERIFY2(rehearse->resultText().contains(QStringLiteral("pid %1").arg(holder)), qPrintable(rehearse->resultText()));
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(ui::MigrationWizard::ApplyPage));
        ui::MigrationApplyPage* apply = wizard.applyPage();
        QVERIFY2(apply->planText().contains(QLatin1String("The rehearsal failed")), qPrintable(apply->planText()));
        QVERIFY2(apply->applyButton()->text().contains(QLatin1String("anyway")), qPrintable(apply->applyButton()->text()));
        exec(m_other, QStringLiteral("ROLLBACK"));
    }

    void appliesUpToAChosenVersion()
    {
        ui::MigrationWizard wizard(&m_session);
        wizard.show();
        wizard.sourcePage()->setDirectory(m_dir.filePath(QStringLiteral("migrations")));
        wizard.sourcePage()->setUpToVersion(QStringLiteral("004")); // 005 is the only one pending
        wizard.next();
        waitForPage(wizard, ui::MigrationWizard::StatusPage);
        QVERIFY2(wizard.statusPage()->summaryText().contains(QLatin1String("0 migration(s) to apply")),
                 qPrintable(wizard.statusPage()->summaryText()));
    }
};

QTEST_MAIN(tst_MigrationWizard)
#include "tst_MigrationWizard.moc"
