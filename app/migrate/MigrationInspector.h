// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MigrationLinter.h"

#include <QCoreApplication>
#include <QHash>

namespace sg {

class Connection;

/// A session that holds (or waits for) a lock on a table a migration touches.
struct LockHolder
{
    int pid = 0;
    LockMode mode = LockMode::None;
    bool granted = true;
    QString user, application, state, query;
    double transactionSeconds = 0; ///< how long its transaction has been open
};

/// What the live server says about one table a migration locks.
struct LiveTable
{
    bool exists = false;
    QString kind;      ///< "table", "index", "view" …
    QString table;     ///< for an index: its table (where the lock that matters lands)
    qint64 bytes = 0;  ///< total size with indexes and TOAST, as of the last VACUUM/ANALYZE (no lock taken)
    double rows = -1;  ///< estimated (pg_class.reltuples); -1 never analysed
    QList<LockHolder> holders;

    /// The sessions whose locks conflict with \a mode: they would make the migration wait.
    QList<LockHolder> conflictsWith(LockMode mode) const;
};

/// Answers the lint rules' questions on the live server (NULLs present, rows present, indexes that
/// already cover a foreign key) and looks up size, rows and current lock holders of every table
/// the statements lock. Reads only; each count runs under a short statement timeout.
class MigrationInspector
{
    Q_DECLARE_TR_FUNCTIONS(sg::MigrationInspector)
public:
    struct Report
    {
        QHash<QString, LiveTable> tables; ///< by TableLock::displayName()
        QString error;                    ///< when the server could not be asked at all
        bool ok() const { return error.isEmpty(); }
    };
    /// One line per object the statement locks: the lock, what it blocks, and, when the server was
    /// asked, the table's size and rows and the sessions that would make it wait.
    static QStringList describeLocks(const StatementInfo& statement, const Report& report, bool connected);
    /// Updates \a lint in place (adds live findings, drops ones the server disproves).
    static Report inspect(Connection& connection, const QList<MigrationScript>& scripts, MigrationLinter::Result* lint,
                          int countTimeoutMs = 5000);
};

} // namespace sg
