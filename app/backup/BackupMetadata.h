// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupOptions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <atomic>
#include <optional>

namespace sg {

/// The sidecar of a backup (`<backup>.json`): what was dumped, by which pg_dump from which
/// server, its size and SHA-256, and the row count of every table in pg_dump's snapshot.
/// A backup without a readable sidecar is not one Sightglass vouches for.
struct BackupMetadata
{
    Q_DECLARE_TR_FUNCTIONS(sg::BackupMetadata)

public:
    QString fileName; ///< the backup's name in its folder
    QString database;
    QString serverVersion;
    QString pgDumpVersion;
    QString pgDumpPath;
    qint64 sizeBytes = 0;
    QString sha256;
    BackupOptions options;           ///< kind and format included
    QDateTime started, finished;     ///< UTC
    QMap<QString, qint64> rowCounts; ///< "schema.table" (quoted as needed) -> rows; empty when not counted
    QDateTime verifiedAt;            ///< last verification; invalid if never
    QString verifyResult;            ///< "quick: ok", "full: ok", or what failed

    QJsonObject toJson() const;
    static BackupMetadata fromJson(const QJsonObject& json);
    /// Writes atomically (QSaveFile): a full disk leaves the old sidecar, or none, never half of one.
    bool write(const QString& sidecarPath, QString* error) const;
    static std::optional<BackupMetadata> read(const QString& sidecarPath, QString* error);

    static QString sidecarPath(const QString& backupPath) { return backupPath + QStringLiteral(".json"); }
    /// SHA-256 of a file, or of a directory-format backup (each file's name and contents, by name).
    /// Empty with \a error on failure or when \a cancel becomes true.
    static QString sha256Of(const QString& path, QString* error, const std::atomic_bool* cancel = nullptr);
    /// Bytes of a file or of all files of a directory.
    static qint64 sizeOf(const QString& path);
};

} // namespace sg
