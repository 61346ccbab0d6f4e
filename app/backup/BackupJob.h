// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupMetadata.h"
#include "BackupOptions.h"

#include "db/ConnectionOptions.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace sg {

/// One backup, start to finish, over the real pg_dump: picks the pg_dump matching the server,
/// exports a snapshot so the row counts and the dump see the same data, dumps under a temporary
/// name with progress from `--verbose` weighted by table size, checksums, writes the sidecar, and
/// only then gives the backup its final name. Anything that fails or is cancelled leaves nothing
/// that looks like a backup.
///
/// run() blocks: call it on a worker thread (BackupRunner does) or from the command line.
class BackupJob
{
    Q_DECLARE_TR_FUNCTIONS(sg::BackupJob)
public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString message; ///< what happened, for a person
        QString path;    ///< the finished backup
        /// Leftovers of interrupted runs that were removed first ("…/shop_daily_….dump.partial").
        QStringList removedPartials;
        BackupMetadata metadata;
    };
    /// fraction 0..1 and the table being dumped
    using Progress = std::function<void(double fraction, const QString& table)>;

    BackupJob(ConnectionOptions connection, BackupOptions options);
    void setPgBinDir(const QString& dir) { m_pgBinDir = dir; }
    void setProgressHandler(Progress handler) { m_progress = std::move(handler); }

    Result run();
    /// From any thread: stops pg_dump and removes what it wrote.
    void cancel() { m_cancel = true; }

    /// Connection options for a client program: the password leaves the conninfo (it would show in
    /// `ps`) and goes to the environment instead.
    static QString programConninfo(const ConnectionOptions& options, QString* password);
    /// Removes the `.partial` files and folders in \a directory that no running backup holds (a run
    /// holds `NAME.partial.lock` while it writes): what a killed or crashed run left. Returns them.
    static QStringList removeStalePartials(const QString& directory);

private:
    Result fail(const QString& message, const QString& partial);

    ConnectionOptions m_connection;
    BackupOptions m_options;
    QString m_pgBinDir;
    Progress m_progress;
    std::atomic_bool m_cancel{false};
    QStringList m_removedPartials;
};

} // namespace sg
