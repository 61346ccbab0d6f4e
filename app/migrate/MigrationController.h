// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MigrationPlanner.h"
#include "MigrationRunner.h"

#include "db/ConnectionOptions.h"

#include <QFuture>
#include <QObject>

#include <optional>

#include <atomic>
#include <memory>


namespace sg {

class Connection;

/// The migration wizard's link to the core: plans, rehearsals, applies and rollbacks run one at a
/// time on a worker thread with their own connection; results come back as queued signals, so the
/// GUI thread never waits for the server.
class MigrationController : public QObject
{
    Q_OBJECT
public:
    explicit MigrationController(QObject* parent = nullptr);
    ~MigrationController() override;

    void setServer(const ConnectionOptions& server) { m_server = server; }
    ConnectionOptions server() const { return m_server; }
    void setDirectory(const QString& directory) { m_directory = directory; }
    QString directory() const { return m_directory; }
    void setPlannerOptions(const MigrationPlanner::Options& o) { m_plannerOptions = o; }
    MigrationPlanner::Options plannerOptions() const { return m_plannerOptions; }
    void setRunnerOptions(const MigrationRunner::Options& o) { m_runnerOptions = o; }
    MigrationRunner::Options runnerOptions() const { return m_runnerOptions; }

    bool isBusy() const { return m_busy; }
    bool hasPlan() const { return m_hasPlan; }
    const MigrationPlan& plan() const { return m_plan; }
    const MigrationRunResult& lastRun() const { return m_lastRun; }
    /// The rehearsal of the current plan, if one ran (a new plan forgets it).
    const MigrationRunResult* lastRehearsal() const { return m_lastRehearsal ? &*m_lastRehearsal : nullptr; }
    /// The sessions the preview found holding locks the plan's statements wait for ("pid 727
    /// (etl-nightly) holds ACCESS EXCLUSIVE on sales.orders"), for a lock timeout's message.
    QStringList lockHolders() const;

    /// Reads the folder and the server: status, scripts, lint, live facts. Emits planned().
    void prepare();
    /// Run the planned scripts; each emits progress() per statement and runFinished() at the end.
    /// apply() and rollback() plan again afterwards (planned() follows runFinished()).
    void rehearse();
    void apply();
    /// Cancels what runs: between statements, and the running statement on the server.
    void cancel();

Q_SIGNALS:
    void planned();
    void progress(const sg::StatementOutcome& outcome, int done, int total);
    void runFinished(bool rehearsal);

private:
    enum class Job { Prepare, Rehearse, Apply };
    void start(Job job);

    ConnectionOptions m_server;
    QString m_directory;
    MigrationPlanner::Options m_plannerOptions;
    MigrationRunner::Options m_runnerOptions;
    MigrationPlan m_plan;
    MigrationRunResult m_lastRun;
    std::optional<MigrationRunResult> m_lastRehearsal;
    bool m_hasPlan = false;
    QFuture<void> m_work;
    bool m_busy = false;
    std::shared_ptr<Connection> m_connection;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace sg
