// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupJob.h"
#include "RestoreJob.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>

namespace sg {

/// Runs one backup, restore or verification at a time in the background for the dialogs, and
/// reports progress and the outcome as queued signals: the GUI thread never waits for pg_dump.
class BackupRunner : public QObject
{
    Q_OBJECT
public:
    explicit BackupRunner(QObject* parent = nullptr);
    ~BackupRunner() override;

    void setPgBinDir(const QString& dir) { m_pgBinDir = dir; }
    bool isRunning() const { return m_running; }

    void backup(const ConnectionOptions& server, const BackupOptions& options);
    void restore(const ConnectionOptions& server, const RestoreJob::Options& options);
    /// Quick unless \a full (which restores into a scratch database on \a server).
    void verify(const QString& backupPath, bool full, const ConnectionOptions& server = {});
    /// Stops what runs; it reports finished() with cancelled set.
    void cancel();

Q_SIGNALS:
    /// \a fraction in 0..1, or -1 when the tool gives no measure (plain SQL restores).
    void progress(double fraction, const QString& object);
    void finished(bool ok, const QString& message, const QString& path, const QStringList& details);

private:
    struct Outcome
    {
        bool ok = false;
        QString message, path;
        QStringList details;
    };
    void start(std::function<Outcome()> work, std::function<void()> cancel);
    void reportProgress(double fraction, const QString& object);

    QString m_pgBinDir;
    QFuture<Outcome> m_work;
    bool m_running = false;
    std::function<void()> m_cancel;
    double m_lastFraction = -2;
    QString m_lastObject;
};

} // namespace sg
