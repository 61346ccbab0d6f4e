// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include "MigrationInspector.h"
#include "MigrationLinter.h"
#include "MigrationTracker.h"

namespace sg {

class Connection;

/// Everything known before a run: the files, the tracking rows, each migration's status, the
/// scripts that would run (pending ones, or rollbacks newest first), their lint findings with the
/// live facts, and what must be resolved before anything may run.
struct MigrationPlan
{
    MigrationSet files;
    bool connected = false;
    QString trackingTable;
    QString trackingSource;
    bool foreignTracking = false; ///< Flyway or golang-migrate: read, never written
    QList<AppliedMigration> applied;
    QList<MigrationStatus> statuses;
    bool rollback = false;
    QList<MigrationScript> scripts;
    MigrationLinter::Result lint;
    MigrationInspector::Report live;
    QStringList blockers; ///< why apply/rollback must not start (rehearsal still may)
    QString error;        ///< the plan could not be made (no connection, no folder)

    int findingsAtLeast(LintFinding::Severity severity) const;
    QJsonObject toJson() const;
};

/// Builds a MigrationPlan, with a server (status, live lint) or without (lint of every file).
class MigrationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(sg::MigrationPlanner)
public:
    struct Options
    {
        QString schema = QStringLiteral("sightglass");
        int rollbackSteps = 0;       ///< >0: plan the rollback of that many applied migrations
        bool allowOutOfOrder = false;
        QString targetVersion;       ///< apply only up to this version (empty: all pending)
    };
    /// \a connection may be null: offline, every file is linted and there is no status.
    static MigrationPlan prepare(Connection* connection, const QString& directory, const Options& options);
};

} // namespace sg
