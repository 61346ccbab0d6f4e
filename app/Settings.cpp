// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace sg {

namespace {

// The keys, as they are in users' settings files: renaming one loses what users chose.
const QString kLanguage = QStringLiteral("language");
const QString kWelcomeShown = QStringLiteral("welcomeShown");
const QString kRecentConnections = QStringLiteral("connections/recent");
const QString kPgBinDir = QStringLiteral("backup/pgBinDir");
const QString kBackupDirectory = QStringLiteral("backup/directory");
const QString kMigrationDirectory = QStringLiteral("migrate/directory");
const QString kMigrationSchema = QStringLiteral("migrate/schema");
const QString kBackupBeforeMigrating = QStringLiteral("migrate/backupFirst");
const QString kShowOwnSessions = QStringLiteral("activity/showOwnSessions");
const QString kScaleToMaxConnections = QStringLiteral("activity/scaleToMaxConnections");
const QString kShowOwnStatements = QStringLiteral("statements/showOwn");
const QString kWaitSampleHz = QStringLiteral("activity/waitSampleHz");
const QString kServerCpus = QStringLiteral("servers/cpus/"); // + the display name in hex: any characters

// An empty text removes the key, so the default applies again.
void setText(const QString& key, const QString& value)
{
    if (value.trimmed().isEmpty())
        QSettings().remove(key);
    else
        QSettings().setValue(key, value.trimmed());
}

} // namespace

QString Settings::language() { return QSettings().value(kLanguage).toString(); }
void Settings::setLanguage(const QString& code) { setText(kLanguage, code); }

bool Settings::welcomeShown() { return QSettings().value(kWelcomeShown, false).toBool(); }
void Settings::setWelcomeShown(bool shown) { QSettings().setValue(kWelcomeShown, shown); }

QStringList Settings::recentConnections() { return QSettings().value(kRecentConnections).toStringList(); }
void Settings::setRecentConnections(const QStringList& conninfos) { QSettings().setValue(kRecentConnections, conninfos); }

QString Settings::pgBinDir() { return QSettings().value(kPgBinDir).toString(); }
void Settings::setPgBinDir(const QString& dir) { setText(kPgBinDir, dir); }

QString Settings::backupDirectory()
{
    const QString home = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    return QSettings().value(kBackupDirectory, QDir(home).filePath(QStringLiteral("sightglass-backups"))).toString();
}
void Settings::setBackupDirectory(const QString& dir)
{
    if (!dir.trimmed().isEmpty()) // an empty field keeps the folder last used
        QSettings().setValue(kBackupDirectory, dir.trimmed());
}

QString Settings::migrationDirectory() { return QSettings().value(kMigrationDirectory).toString(); }
void Settings::setMigrationDirectory(const QString& dir) { setText(kMigrationDirectory, dir); }
QString Settings::migrationSchema() { return QSettings().value(kMigrationSchema, QStringLiteral("sightglass")).toString(); }
void Settings::setMigrationSchema(const QString& schema) { setText(kMigrationSchema, schema); }
bool Settings::backupBeforeMigrating() { return QSettings().value(kBackupBeforeMigrating, true).toBool(); }
void Settings::setBackupBeforeMigrating(bool backup) { QSettings().setValue(kBackupBeforeMigrating, backup); }

bool Settings::showOwnSessions() { return QSettings().value(kShowOwnSessions, false).toBool(); }
void Settings::setShowOwnSessions(bool show) { QSettings().setValue(kShowOwnSessions, show); }
bool Settings::scaleToMaxConnections() { return QSettings().value(kScaleToMaxConnections, false).toBool(); }
void Settings::setScaleToMaxConnections(bool scale) { QSettings().setValue(kScaleToMaxConnections, scale); }
int Settings::waitSampleHz()
{
    return qBound(1, QSettings().value(kWaitSampleHz, 5).toInt(), 10);
}
void Settings::setWaitSampleHz(int hz)
{
    QSettings().setValue(kWaitSampleHz, qBound(1, hz, 10));
}
int Settings::serverCpus(const QString& server)
{
    return qMax(0, QSettings().value(kServerCpus + server.toUtf8().toHex(), 0).toInt());
}
void Settings::setServerCpus(const QString& server, int cpus)
{
    QSettings().setValue(kServerCpus + server.toUtf8().toHex(), qMax(0, cpus));
}
bool Settings::showOwnStatements() { return QSettings().value(kShowOwnStatements, false).toBool(); }
void Settings::setShowOwnStatements(bool show) { QSettings().setValue(kShowOwnStatements, show); }

} // namespace sg
