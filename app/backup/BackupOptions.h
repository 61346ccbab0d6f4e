// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sg {

enum class BackupFormat { Custom, Directory, PlainGzip, Tar };
enum class BackupKind { Daily, Weekly, Manual };

/// What to back up and how: everything the backup dialog and `sightglass backup run` offer,
/// turned into pg_dump's arguments, a file name, a JSON record and a cron line.
struct BackupOptions
{
    Q_DECLARE_TR_FUNCTIONS(sg::BackupOptions)

public:
    QString database;
    BackupFormat format = BackupFormat::Custom;
    int compression = -1; ///< 0-9; -1 leaves pg_dump's default (custom, directory: 6 … plain: none)
    int jobs = 1;         ///< parallel dump jobs; directory format only
    QStringList includeSchemas, excludeSchemas, includeTables, excludeTables; ///< pg_dump patterns
    bool schemaOnly = false;
    bool dataOnly = false;
    bool noOwner = false;
    bool noPrivileges = false;
    QString directory; ///< destination folder
    BackupKind kind = BackupKind::Manual;
    bool exactRowCounts = true; ///< count rows in pg_dump's snapshot, for a full verification later

    /// Empty when usable; else what is wrong, in a user's words.
    QString validate() const;
    /// pg_dump's options for these settings (no connection, no output file).
    QStringList pgDumpArguments() const;
    /// mydb_daily_20261122-013000Z.dump: database (made safe for file systems), kind, UTC time.
    /// \a sequence > 1 tells apart backups started in the same second ("…Z-2.dump").
    QString fileName(const QDateTime& startedUtc, int sequence = 1) const;
    /// The `sightglass backup run …` line for cron (\a program: the path of the sightglass binary).
    QString cronLine(const QString& program, const QString& conninfoWithoutPassword) const;

    QJsonObject toJson() const;
    static BackupOptions fromJson(const QJsonObject& json);

    static QString formatName(BackupFormat format); ///< custom, directory, plain, tar
    static std::optional<BackupFormat> parseFormat(const QString& name);
    static QString kindName(BackupKind kind); ///< daily, weekly, manual
    static std::optional<BackupKind> parseKind(const QString& name);
    static QString extension(BackupFormat format); ///< .dump, .dir, .sql.gz, .tar
};

} // namespace sg
