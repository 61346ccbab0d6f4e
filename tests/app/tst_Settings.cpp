// SPDX-License-Identifier: GPL-3.0-or-later
// The settings keys are what users' settings files already hold: renaming one would lose choices.
#include "Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace sg;

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Sightglass"));
        QCoreApplication::setApplicationName(QStringLiteral("Sightglass"));
        QSettings().clear();
    }

    void defaults()
    {
        QCOMPARE(Settings::language(), QString());
        QVERIFY(!Settings::welcomeShown());
        QCOMPARE(Settings::pgBinDir(), QString());
        QCOMPARE(Settings::backupDirectory(),
                 QDir(QStandardPaths::writableLocation(QStandardPaths::HomeLocation))
                     .filePath(QStringLiteral("sightglass-backups")));
        QCOMPARE(Settings::migrationSchema(), QStringLiteral("sightglass"));
        QVERIFY(Settings::backupBeforeMigrating());
        QVERIFY(!Settings::showOwnSessions());
        QVERIFY(!Settings::showOwnStatements());
        QVERIFY(!Settings::scaleToMaxConnections());
    }

    void keysStayWhatTheyWere()
    {
        Settings::setLanguage(QStringLiteral("de"));
        Settings::setPgBinDir(QStringLiteral(" /opt/pg17/bin "));
        Settings::setBackupDirectory(QStringLiteral("/srv/backups"));
        Settings::setBackupBeforeMigrating(false);
        Settings::setShowOwnStatements(true);
        Settings::setRecentConnections({QStringLiteral("host=db1")});
        QSettings s;
        QCOMPARE(s.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QCOMPARE(s.value(QStringLiteral("backup/pgBinDir")).toString(), QStringLiteral("/opt/pg17/bin"));
        QCOMPARE(s.value(QStringLiteral("backup/directory")).toString(), QStringLiteral("/srv/backups"));
        QCOMPARE(s.value(QStringLiteral("migrate/backupFirst")).toBool(), false);
        QCOMPARE(s.value(QStringLiteral("statements/showOwn")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("connections/recent")).toStringList(), QStringList{QStringLiteral("host=db1")});
    }

    void emptyTextGoesBackToTheDefault()
    {
        Settings::setLanguage(QString());
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
        Settings::setPgBinDir(QStringLiteral("  "));
        QCOMPARE(Settings::pgBinDir(), QString());
        Settings::setBackupDirectory(QString()); // keeps the folder last used
        QCOMPARE(Settings::backupDirectory(), QStringLiteral("/srv/backups"));
    }
};

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_Settings.moc"
