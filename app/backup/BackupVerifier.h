// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupMetadata.h"

#include "db/ConnectionOptions.h"

#include <QCoreApplication>
#include <atomic>

namespace sg {

/// Checks that a backup can be trusted. Quick: the checksum matches its record and the archive
/// reads (`pg_restore --list`, or `gzip -t` for plain SQL). Full: restore into a scratch database,
/// compare every table's row count with the record, drop the scratch database. A verdict about the
/// backup (good or bad) is written back into its record; a check that could not run (no server, a
/// wrong password, a missing tool) says so and leaves the last real verdict in place.
class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(sg::BackupVerifier)
public:
    struct Result
    {
        bool ok = false;      ///< the backup is good and that verdict is recorded
        bool checked = false; ///< the check ran to a verdict; false: it could not (see message)
        QString message;
        QStringList
            mismatches; ///< full: tables whose counts differ, "schema.table: 10 in the backup, 9 restored"
    };

    explicit BackupVerifier(QString backupPath) : m_path(std::move(backupPath)) {}
    void setPgBinDir(const QString& dir) { m_pgBinDir = dir; }
    /// From any thread (or a signal's watcher): stops the check, and the scratch restore if one runs.
    void cancel();

    Result quick();
    /// \a server: where to create the scratch database (its dbname is only used to connect).
    Result full(const ConnectionOptions& server);

private:
    /// The verdict of a check that ran: written into the record, or the check fails.
    Result record(Result result, const QString& level);
    /// A check that could not reach a verdict; nothing is recorded.
    static Result unchecked(const QString& why);
    static Result verdict(Result result);
    /// Checksum and archive, not recorded.
    Result quickCheck();

    QString m_path;
    QString m_pgBinDir;
    std::atomic_bool m_cancel{false};
    std::atomic<class RestoreJob*> m_restore{nullptr};
};

} // namespace sg
