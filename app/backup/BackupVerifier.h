// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupMetadata.h"

#include "db/ConnectionOptions.h"

#include <atomic>

namespace sg {

/// Checks that a backup can be trusted. Quick: the checksum matches its record and the archive
/// reads (`pg_restore --list`, or `gzip -t` for plain SQL). Full: restore into a scratch database,
/// compare every table's row count with the record, drop the scratch database. The verdict is
/// written back into the backup's record.
class BackupVerifier
{
public:
    struct Result
    {
        bool ok = false;
        QString message;
        QStringList
            mismatches; ///< full: tables whose counts differ, "schema.table: 10 in the backup, 9 restored"
    };

    explicit BackupVerifier(QString backupPath) : m_path(std::move(backupPath)) {}
    void setPgBinDir(const QString& dir) { m_pgBinDir = dir; }
    void cancel() { m_cancel = true; }

    Result quick();
    /// \a server: where to create the scratch database (its dbname is only used to connect).
    Result full(const ConnectionOptions& server);

private:
    Result record(Result result, const QString& level);

    QString m_path;
    QString m_pgBinDir;
    std::atomic_bool m_cancel{false};
};

} // namespace sg
