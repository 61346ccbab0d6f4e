// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupMetadata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sg {

/// How many backups of each kind a folder keeps. Manual backups are never deleted by a policy.
struct RetentionPolicy
{
    int keepDaily = 7;
    int keepWeekly = 4;

    /// The folder's policy (sightglass-retention.json there), or the defaults.
    static RetentionPolicy load(const QString& dir);
    bool save(const QString& dir, QString* error) const;
};

/// Every backup in a folder (each with its sidecar), and what a retention policy keeps.
class BackupCatalog
{
    Q_DECLARE_TR_FUNCTIONS(sg::BackupCatalog)
public:
    struct Entry
    {
        QString path; ///< the backup file or directory
        BackupMetadata metadata;
        bool keep = true; ///< what the policy says
        QString reason;   ///< why it is kept or would be deleted
    };

    /// Reads \a dir: backups with a readable sidecar, newest first. Files without one (a
    /// half-written backup, someone else's dump) are listed in \a unrecognised and never touched.
    static QList<Entry> list(const QString& dir, QStringList* unrecognised = nullptr);
    /// Marks each entry keep or not under \a policy: per kind, the newest N; manual always kept.
    static void applyPolicy(QList<Entry>& entries, const RetentionPolicy& policy);
    /// Deletes the entries the policy does not keep (backup and sidecar). Returns what it deleted;
    /// failures go to \a errors.
    static QStringList prune(const QList<Entry>& entries, QStringList* errors);
};

} // namespace sg
