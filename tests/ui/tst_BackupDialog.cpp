// SPDX-License-Identifier: GPL-3.0-or-later
// The backup and restore dialogs, driven offscreen against the sandbox with the real tools.
#include "TestDialogs.h"
#include "TestSandbox.h"

#include "backup/BackupCatalog.h"
#include "db/Connection.h"
#include "db/ServerSession.h"
#include "ui/backup/BackupDialog.h"
#include "ui/backup/RestoreDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sg;

namespace {

QString scalar(const QString& db, const QString& sql)
{
    Connection c;
    DbError e;
    if (!c.open(test::sandboxOptions(db), &e))
        return e.userMessage();
    DbRequest r;
    r.sql = sql;
    const ResultSet rs = c.execute(r, &e);
    return e.isError() ? e.userMessage() : rs.value(0, 0).toString();
}

/// Saves a picture of \a w for the docs when SG_DOC_IMAGES names a folder.
void picture(QWidget* w, const char* name)
{
    const QString dir = qEnvironmentVariable("SG_DOC_IMAGES");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

} // namespace

class tst_BackupDialog : public QObject
{
    Q_OBJECT
    ServerSession m_session;
    QTemporaryDir m_dir;
    const QString m_db = QStringLiteral("Shop \"GUI\"");

private Q_SLOTS:
    void initTestCase()
    {
        Connection c;
        DbError e;
        QVERIFY(c.open(test::sandboxOptions(), &e));
        DbRequest r;
        r.sql = QStringLiteral("CREATE DATABASE \"Shop \"\"GUI\"\"\"");
        c.execute(r, &e);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        Connection shop;
        QVERIFY(shop.open(test::sandboxOptions(m_db), &e));
        r.sql = QStringLiteral(
            "CREATE SCHEMA sales; CREATE TABLE sales.orders (id int PRIMARY KEY, total numeric);"
            "INSERT INTO sales.orders SELECT g, g * 1.5 FROM generate_series(1, 20000) g;"
            "CREATE TABLE public.notes (id int, body text); INSERT INTO public.notes VALUES (1, 'x');");
        shop.execute(r, &e);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        QSignalSpy connected(&m_session, &ServerSession::connected);
        m_session.open(test::sandboxOptions(m_db));
        QVERIFY(connected.wait(15000));
    }

    void backUpVerifyAndPruneFromTheDialog()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        ui::BackupDialog dialog(&m_session);
        dialog.show();
        dialog.setDirectory(m_dir.filePath(QStringLiteral("gui")));
        QCOMPARE(dialog.options().database, m_db);
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(BackupKind::Daily)));
        QVERIFY(dialog.cronLine().startsWith(QLatin1String("30 2 * * * ")));
        QVERIFY(dialog.cronLine().contains(QLatin1String("backup run --connect")));
        QVERIFY(dialog.cronLine().contains(QLatin1String("--kind daily")));
        QVERIFY2(dialog.cronLine().contains(QLatin1String("dbname='\\''Shop \"GUI\"'\\''")),
                 qPrintable(dialog.cronLine()));
        QVERIFY(!dialog.cronLine().contains(QLatin1String("password")));

        QVERIFY(!dialog.jobsBox()->isEnabled()); // custom format: no parallel jobs
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(BackupFormat::Directory)));
        QVERIFY(dialog.jobsBox()->isEnabled());
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(BackupFormat::Custom)));

        for (int round = 0; round < 2; ++round) {
            QSignalSpy done(&dialog, &ui::BackupDialog::done);
            QVERIFY(dialog.startButton()->isEnabled());
            dialog.startButton()->click();
            QVERIFY(done.wait(60000));
            QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
            QVERIFY2(dialog.statusText().contains(QLatin1String("Checksum matches")),
                     qPrintable(dialog.statusText()));
            QVERIFY2(dialog.statusText().startsWith(QLatin1String("Backed up Shop")),
                     qPrintable(dialog.statusText()));
        }
        QCOMPARE(dialog.catalogTable()->rowCount(), 2);
        QVERIFY(dialog.catalogTable()->item(0, 5)->text().contains(QLatin1String("quick: ok")));
        picture(&dialog, "backup-dialog.png");

        // a policy of one daily: the next backup prunes the older ones, after showing them
        QVERIFY((RetentionPolicy{1, 4}).save(m_dir.filePath(QStringLiteral("gui")), nullptr));
        dialog.setDirectory(m_dir.filePath(QStringLiteral("gui")));
        QVERIFY(dialog.catalogTable()->item(1, 6)->text().contains(QLatin1String("will be pruned")));
        QSignalSpy done(&dialog, &ui::BackupDialog::done);
        test::NextMessageBox yes(QMessageBox::Yes); // asked once the new backup is safe
        dialog.startButton()->click();
        QVERIFY(done.wait(60000));
        QVERIFY2(yes.text().contains(QLatin1String("Delete them?")), qPrintable(yes.text()));
        QVERIFY2(dialog.statusText().contains(QLatin1String("Pruned 2 backup")),
                 qPrintable(dialog.statusText()));
        QCOMPARE(BackupCatalog::list(m_dir.filePath(QStringLiteral("gui"))).size(), 1);

        // full verification from the catalog
        dialog.catalogTable()->selectRow(0);
        QSignalSpy verified(&dialog, &ui::BackupDialog::done);
        dialog.verifySelected(true);
        QVERIFY(verified.wait(60000));
        QVERIFY2(verified.first().at(0).toBool(), qPrintable(verified.first().at(1).toString()));
        QVERIFY(dialog.catalogTable()->item(0, 5)->text().contains(QLatin1String("full: ok")));
        dialog.showCatalog();
        picture(&dialog, "backup-catalog.png");
    }

    void restoreIntoNewAndExistingDatabases()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        const QList<BackupCatalog::Entry> entries =
            BackupCatalog::list(m_dir.filePath(QStringLiteral("gui")));
        QVERIFY(!entries.isEmpty());
        ui::RestoreDialog dialog(&m_session);
        dialog.show();
        QSignalSpy loaded(&dialog, &ui::RestoreDialog::contentsLoaded);
        dialog.setBackupPath(entries.first().path);
        QVERIFY(loaded.wait(15000));
        QVERIFY(dialog.contents()->topLevelItemCount() >= 2); // sales, public (and database-wide entries)

        // Restoring over an existing database needs its name typed.
        dialog.chooseExisting(m_db, QStringLiteral("Shop"));
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QVERIFY(dialog.statusText().contains(QLatin1String("type its name")));
        dialog.chooseExisting(m_db, m_db);
        QVERIFY(dialog.restoreButton()->isEnabled());
        QVERIFY(dialog.commandLine().contains(QLatin1String("--into")));

        // Parallel jobs rule out a single transaction, and the dialog says why.
        dialog.jobs()->setValue(2);
        QVERIFY(!dialog.singleTransaction()->isEnabled());
        QVERIFY(
            dialog.singleTransaction()->toolTip().contains(QLatin1String("cannot share one transaction")));
        dialog.jobs()->setValue(1);

        // Only the sales schema, into a new database.
        for (int i = 0; i < dialog.contents()->topLevelItemCount(); ++i) {
            QTreeWidgetItem* schema = dialog.contents()->topLevelItem(i);
            schema->setCheckState(0, schema->text(0) == QLatin1String("sales") ? Qt::Checked : Qt::Unchecked);
        }
        dialog.chooseNew(QStringLiteral("gui restored"));
        QVERIFY(!dialog.options().onlyEntries.isEmpty());
        picture(&dialog, "restore-dialog.png");
        QSignalSpy done(&dialog, &ui::RestoreDialog::done);
        dialog.restoreButton()->click();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(scalar(QStringLiteral("gui restored"), QStringLiteral("SELECT count(*) FROM sales.orders")),
                 QStringLiteral("20000"));
        QCOMPARE(scalar(QStringLiteral("gui restored"),
                        QStringLiteral("SELECT to_regclass('public.notes') IS NULL")),
                 QStringLiteral("true"));
    }
};

QTEST_MAIN(tst_BackupDialog)
#include "tst_BackupDialog.moc"
