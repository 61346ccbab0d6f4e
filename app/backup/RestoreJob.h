// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>

namespace sg {

/// Restores a backup with the real pg_restore (or psql with ON_ERROR_STOP for plain SQL).
/// The safe default is a new database; restoring over an existing one must name it again
/// (the dialog makes the user type it) and uses --clean --if-exists.
class RestoreJob
{
    Q_DECLARE_TR_FUNCTIONS(sg::RestoreJob)
public:
    struct Options
    {
        QString backupPath;
        QString newDatabase;            ///< create this database and restore into it, or
        QString existingDatabase;       ///< restore over this one (--clean --if-exists) …
        QString confirmedName;          ///< … only if this repeats its name
        bool singleTransaction = false; ///< --single-transaction; not with jobs > 1
        int jobs = 1;
        bool noOwner = false;
        QSet<int> onlyEntries; ///< table-of-contents ids to restore; empty = everything
        /// Restore even when the archive's SHA-256 differs from its record (changed or damaged).
        bool ignoreChecksum = false;
    };
    /// One line of the archive's table of contents (pg_restore --list).
    struct TocEntry
    {
        int id = 0;
        QString type; ///< TABLE, TABLE DATA, INDEX, FK CONSTRAINT …
        QString schema;
        QString name;
        QString line; ///< the line as pg_restore printed it (for --use-list)
    };
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        /// The failure says nothing about the archive: no connection, no privilege to create the
        /// database, no suitable pg_restore, a record that does not match.
        bool beforeRestoring = false;
        bool checksumRefused = false; ///< refused: the archive does not match its record
        QString message;
        QStringList errors; ///< the failing objects and lines, as the tools said them
    };
    using Progress = std::function<void(double fraction, const QString& object)>;

    RestoreJob(ConnectionOptions server, Options options);
    void setPgBinDir(const QString& dir) { m_pgBinDir = dir; }
    void setProgressHandler(Progress handler) { m_progress = std::move(handler); }
    void cancel() { m_cancel = true; }
    Result run();

    /// Empty when the options are usable; else why not.
    static QString validate(const Options& options);
    /// The archive's table of contents; empty with \a error for plain SQL or an unreadable file.
    static QList<TocEntry> readToc(const QString& backupPath, const QString& pgRestorePath, QString* error);
    static QList<TocEntry> parseToc(const QString& listOutput);

private:
    Result fail(const QString& message, QStringList errors = {});
    Result failBefore(const QString& message);
    /// "" when the archive matches its record (or has none); else why the restore is refused.
    QString checkAgainstRecord();

    ConnectionOptions m_server;
    Options m_options;
    QString m_pgBinDir;
    Progress m_progress;
    std::atomic_bool m_cancel{false};
};

} // namespace sg
