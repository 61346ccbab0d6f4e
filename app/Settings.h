// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sg {

/// Every user setting of Sightglass with its key and default, in one place (QSettings underneath:
/// ~/.config/Sightglass/Sightglass.conf on Linux, the registry on Windows). Groups with a shape of
/// their own have their own store on top of it: connection profiles (ProfileStore), the
/// Activity thresholds (ActivityThresholds), window layouts per screen size (MainWindow),
/// remembered $n values per statement (Explain).
class Settings
{
public:
    /// The interface language chosen in View → Language ("de", "zh_CN"); empty: the system's.
    static QString language();
    static void setLanguage(const QString& code);

    /// Whether the first-start welcome has been shown.
    static bool welcomeShown();
    static void setWelcomeShown(bool shown);

    /// The last connections used (conninfo without passwords), newest first.
    static QStringList recentConnections();
    static void setRecentConnections(const QStringList& conninfos);

    /// The folder of the PostgreSQL client programs to prefer (backup dialog's Programs folder);
    /// empty: found automatically.
    static QString pgBinDir();
    static void setPgBinDir(const QString& dir);
    /// The one folder backups go to unless the user chose another (the backup dialog and the
    /// migration wizard's back-up-first step alike): the last one used, else ~/sightglass-backups.
    static QString backupDirectory();
    static void setBackupDirectory(const QString& dir);

    /// The migration wizard: the folder last opened, the tracking table's schema, and whether to
    /// take a backup before applying.
    static QString migrationDirectory();
    static void setMigrationDirectory(const QString& dir);
    static QString migrationSchema();
    static void setMigrationSchema(const QString& schema);
    static bool backupBeforeMigrating();
    static void setBackupBeforeMigrating(bool backup);

    /// Activity: show Sightglass's own sessions; scale the connections chart to max_connections.
    static bool showOwnSessions();
    static void setShowOwnSessions(bool show);
    static bool scaleToMaxConnections();
    static void setScaleToMaxConnections(bool scale);
    /// Activity: wait-profile samples per second (1–10).
    static int waitSampleHz();
    static void setWaitSampleHz(int hz);
    /// The CPU count of a server (by its display name) as the user gave it: PostgreSQL does not
    /// tell. 0 when not given.
    static int serverCpus(const QString& server);
    static void setServerCpus(const QString& server, int cpus);
    /// Slow queries: show Sightglass's own catalog queries.
    static bool showOwnStatements();
    static void setShowOwnStatements(bool show);
};

} // namespace sg
