// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor/WraparoundForecast.h"
#include "ObservedRate.h"
#include "ReplicationStatus.h"

#include <QObject>
#include <QTimer>

namespace sg {

class ActivityMonitor;
class ActivitySampler;
class LiveQuery;
class ResultSet;
class ResultTableModel;

/// Everything the Production health panel shows, for one server session: transaction ID
/// wraparound per database, the oldest tables and what holds the xmin horizon back, with a
/// forecast from the sampler's history; sequences near their limit with the rate they move at;
/// autovacuum's workers and the tables it owes work to; every running pg_stat_progress_* command
/// with an ETA from its observed rate, and cancelling one (after the UI's confirmation).
///
/// Replication: the standbys streaming from this server, its slots and the WAL each retains, the
/// archiver, and on a standby its WAL receiver and replay delay; the WAL rate and the replication
/// alerts come from the sampler, which reads the same figures every second.
///
/// Checkpoints and pg_stat_io (16+) come along, as in the health report.
///
/// The cheap queries refresh every 10 s, commands in progress every second while any runs; the
/// three that read every table (oldest tables, sequences, the vacuum queue) every minute, so a
/// catalog of 10,000 tables costs the server little. All run on the catalog worker: the charts'
/// sampler and the user's own statements never wait behind them.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 10 * 1000;
    static constexpr int kCatalogRefreshMs = 60 * 1000;
    static constexpr int kProgressMs = 1000;
    /// A sequence's rate needs this long a basis; a command's ETA needs less.
    static constexpr qint64 kSequenceBasisMs = 60 * 1000;
    static constexpr qint64 kProgressBasisMs = 2 * 1000;

    explicit HealthMonitor(ActivityMonitor* activity, QObject* parent = nullptr);
    ~HealthMonitor() override;

    void start();
    void stop();
    /// Every query at once (the window's Refresh).
    void refresh();

    LiveQuery* databases() const { return m_databases; }
    LiveQuery* oldestTables() const { return m_oldestTables; }
    LiveQuery* horizon() const { return m_horizon; }
    LiveQuery* autovacuum() const { return m_autovacuum; }
    LiveQuery* vacuumQueue() const { return m_vacuumQueue; }
    LiveQuery* sequenceQuery() const { return m_sequenceQuery; }
    LiveQuery* progressQuery() const { return m_progressQuery; }
    /// Checkpoints and who wrote the buffers (pg_stat_bgwriter; pg_stat_checkpointer on 17+).
    LiveQuery* checkpoints() const { return m_checkpoints; }
    /// pg_stat_io's busiest rows; runs on PostgreSQL 16 and later only.
    LiveQuery* io() const { return m_io; }
    /// Standbys streaming from this server (pg_stat_replication).
    LiveQuery* replicas() const { return m_replicas; }
    /// Replication slots with the WAL they retain.
    LiveQuery* replicationSlots() const { return m_slots; }
    /// Logical replication subscriptions on this server, the ones without a running worker first.
    LiveQuery* subscriptions() const { return m_subscriptions; }
    /// One row: standby or not, the WAL position, the archiver, the WAL receiver (health_wal).
    LiveQuery* wal() const { return m_wal; }
    /// Replication and WAL in a few sentences, with the alert thresholds and the latest WAL rate.
    ReplicationStatus replicationStatus() const;
    /// The sampler whose history has the WAL rate and the replication lag over time.
    const ActivitySampler* sampler() const;
    /// Whether the server has pg_stat_io (false until connected).
    bool hasIo() const;
    /// The sequences with the rate each moved at while watched and the time left at that rate.
    ResultTableModel* sequences() const { return m_sequences; }
    /// The commands in progress with their rate and time left.
    ResultTableModel* progress() const { return m_progress; }

    /// pgbouncer's console has no catalogs: nothing to read, the panel says so.
    bool isPgBouncer() const;
    /// The wraparound forecast for the oldest database, from the sampler's history.
    WraparoundForecast forecast() const;
    /// The oldest database's transaction ID age as a share of the stop limit, NaN before data.
    double wraparoundPct() const;

    /// The statement that cancels the command of \a pid, for the confirmation.
    static QString cancelSql(int pid);
    /// Cancels the command of \a pid on the admin session, after the user confirmed it; the
    /// server's answer comes as cancelFinished().
    bool cancel(int pid);
    /// Empty when our role may cancel a command of \a user; else why not (for the disabled button).
    QString whyCannotCancel(const QString& user) const;

    /// The rate and ETA columns, from a result of health_sequences / health_progress and the
    /// rates measured so far (exposed for the tests and the report).
    static ResultSet sequencesWithRates(const ResultSet& raw, ObservedRate& rates, qint64 nowMs);
    static ResultSet progressWithRates(const ResultSet& raw, ObservedRate& rates, qint64 nowMs);

Q_SIGNALS:
    void updated();
    /// The answer to cancel(): done, the session had already ended, or the server's refusal.
    void cancelFinished(bool ok, const QString& message);

private:
    void onProgress();

    ActivityMonitor* m_activity;
    LiveQuery* m_databases;
    LiveQuery* m_oldestTables;
    LiveQuery* m_horizon;
    LiveQuery* m_autovacuum;
    LiveQuery* m_vacuumQueue;
    LiveQuery* m_sequenceQuery;
    LiveQuery* m_progressQuery;
    LiveQuery* m_checkpoints;
    LiveQuery* m_io;
    LiveQuery* m_replicas;
    LiveQuery* m_slots;
    LiveQuery* m_subscriptions;
    LiveQuery* m_wal;
    bool m_running = false;
    bool m_cancelPending = false; ///< the admin session's next answer is ours, not the Activity panel's
    ResultTableModel* m_sequences;
    ResultTableModel* m_progress;
    ObservedRate m_sequenceRates{kSequenceBasisMs};
    ObservedRate m_progressRates{kProgressBasisMs};
};

} // namespace sg
