// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthMonitor.h"

#include "ActivityMonitor.h"
#include "db/DbClient.h"
#include "db/LiveQuery.h"
#include "db/PgTypes.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"
#include "db/TransactionIds.h"

#include <QDateTime>

#include <cmath>

namespace sg {

namespace {

QVariant finiteOrNull(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant();
}

/// \a raw's columns named in \a names, in that order (missing ones skipped), as a row builder.
struct Picker
{
    QList<int> indexes;
    Picker(const ResultSet& raw, ResultSet::Data& out, const QStringList& names)
    {
        for (const QString& n : names) {
            const int i = raw.columnIndex(n);
            if (i < 0)
                continue;
            indexes << i;
            out.columns.append(raw.columns().at(i));
        }
    }
    QList<QVariant> row(const ResultSet& raw, int r) const
    {
        QList<QVariant> out;
        out.reserve(indexes.size() + 4);
        for (int i : indexes)
            out << raw.value(r, i);
        return out;
    }
};

} // namespace

HealthMonitor::HealthMonitor(ActivityMonitor* activity, QObject* parent)
    : QObject(parent), m_activity(activity), m_sequences(new ResultTableModel(this)),
      m_progress(new ResultTableModel(this))
{
    DbClient* catalog = activity->session()->catalog();
    auto live = [this, catalog](const char* name, const QStringList& keys, int intervalMs) {
        auto* q = new LiveQuery(catalog, QString::fromLatin1(name), keys, this);
        q->setIntervalMs(intervalMs);
        return q;
    };
    m_databases = live("health_wraparound", {QStringLiteral("database")}, kRefreshMs);
    m_horizon = live("health_xmin_holders", {QStringLiteral("kind"), QStringLiteral("name")}, kRefreshMs);
    m_autovacuum = live("health_autovacuum", {}, kRefreshMs);
    m_oldestTables =
        live("health_oldest_tables", {QStringLiteral("schema"), QStringLiteral("table")}, kCatalogRefreshMs);
    m_vacuumQueue =
        live("health_vacuum_queue", {QStringLiteral("schema"), QStringLiteral("table")}, kCatalogRefreshMs);
    m_sequenceQuery =
        live("health_sequences", {QStringLiteral("schema"), QStringLiteral("sequence")}, kCatalogRefreshMs);
    m_progressQuery = live("health_progress", {QStringLiteral("pid"), QStringLiteral("command")}, kRefreshMs);
    m_checkpoints = live("report_checkpoints", {}, kRefreshMs);
    m_replicas = live("health_replicas", {QStringLiteral("standby"), QStringLiteral("pid")}, kRefreshMs);
    m_slots = live("health_slots", {QStringLiteral("slot")}, kRefreshMs);
    m_subscriptions = live("health_subscriptions", {QStringLiteral("subscription")}, kRefreshMs);
    m_wal = live("health_wal", {}, kRefreshMs);
    m_io = live("report_io",
                {QStringLiteral("backend_type"), QStringLiteral("object"), QStringLiteral("context")},
                kRefreshMs);
    // pg_stat_io is there from 16 on: started (or not) once the server's version is known.
    connect(catalog, &DbClient::connected, this, [this] {
        if (m_running && hasIo())
            m_io->start();
        else
            m_io->stop();
    });

    m_sequences->setKeyColumns({QStringLiteral("schema"), QStringLiteral("sequence")});
    using Format = ResultTableModel::ColumnFormat;
    const QStringList counts{QStringLiteral("xid_age"),
                             QStringLiteral("mxid_age"),
                             QStringLiteral("freeze_max_age"),
                             QStringLiteral("mxid_freeze_max_age"),
                             QStringLiteral("next_xid"),
                             QStringLiteral("xmin_age"),
                             QStringLiteral("values_left"),
                             QStringLiteral("last_value"),
                             QStringLiteral("limit_value"),
                             QStringLiteral("dead_rows"),
                             QStringLiteral("vacuum_threshold"),
                             QStringLiteral("inserted"),
                             QStringLiteral("modified"),
                             QStringLiteral("done"),
                             QStringLiteral("total")};
    for (ResultTableModel* m : {m_databases->model(), m_horizon->model(), m_oldestTables->model(),
                                m_vacuumQueue->model(), m_sequences, m_progress})
        m->setColumnFormat(counts, Format::Count);
    m_sequences->setKeyColumns({QStringLiteral("schema"), QStringLiteral("sequence")});
    m_sequences->setColumnFormat({QStringLiteral("full_in_s")}, Format::Duration);
    m_progress->setKeyColumns({QStringLiteral("pid"), QStringLiteral("command")});
    m_progress->setColumnFormat({QStringLiteral("eta_s"), QStringLiteral("running_s")}, Format::Duration);
    m_oldestTables->model()->setColumnFormat({QStringLiteral("bytes")}, Format::Bytes);
    m_oldestTables->model()->setColumnFormat({QStringLiteral("last_vacuum_ms")}, Format::EpochMs);
    m_vacuumQueue->model()->setColumnFormat(
        {QStringLiteral("last_vacuum_ms"), QStringLiteral("last_analyze_ms")}, Format::EpochMs);

    // The derived models first, so whoever hears updated() reads this refresh's rates.
    connect(m_sequenceQuery, &LiveQuery::updated, this, [this] {
        const ResultSet& raw = m_sequenceQuery->model()->result();
        m_sequences->setResult(sequencesWithRates(raw, m_sequenceRates, QDateTime::currentMSecsSinceEpoch()));
        // The fullest first: its share feeds the sampler's points, and so the sequence alert.
        m_activity->sampler()->setSequenceUsedPct(
            raw.rowCount() ? raw.value(0, QStringLiteral("used_pct")).toDouble() : 0.0);
    });
    connect(m_progressQuery, &LiveQuery::updated, this, &HealthMonitor::onProgress);
    connect(activity, &ActivityMonitor::actionFinished, this, [this](bool ok, const QString& message) {
        if (!m_cancelPending)
            return;
        m_cancelPending = false;
        Q_EMIT cancelFinished(ok, message);
        m_progressQuery->refresh();
    });
    for (LiveQuery* q : {m_databases, m_horizon, m_autovacuum, m_oldestTables, m_vacuumQueue, m_sequenceQuery,
                         m_progressQuery, m_checkpoints, m_io, m_replicas, m_slots, m_subscriptions, m_wal})
        connect(q, &LiveQuery::updated, this, &HealthMonitor::updated);
    using Format = ResultTableModel::ColumnFormat;
    m_checkpoints->model()->setColumnFormat(
        {QStringLiteral("timed"), QStringLiteral("requested"), QStringLiteral("buffers_checkpointer"),
         QStringLiteral("buffers_bgwriter"), QStringLiteral("buffers_backends"),
         QStringLiteral("maxwritten_clean")},
        Format::Count);
    m_checkpoints->model()->setColumnFormat({QStringLiteral("since_ms")}, Format::EpochMs);
    const QStringList bytes{QStringLiteral("unsent_bytes"),     QStringLiteral("unflushed_bytes"),
                            QStringLiteral("unreplayed_bytes"), QStringLiteral("retained_bytes"),
                            QStringLiteral("safe_wal_bytes"),   QStringLiteral("waiting_bytes")};
    const QStringList seconds{QStringLiteral("write_lag_s"),    QStringLiteral("flush_lag_s"),
                              QStringLiteral("replay_lag_s"),   QStringLiteral("reply_age_s"),
                              QStringLiteral("replay_delay_s"), QStringLiteral("last_message_age_s")};
    for (LiveQuery* q : {m_replicas, m_slots, m_subscriptions, m_wal}) {
        q->model()->setColumnFormat(bytes, Format::Bytes);
        q->model()->setColumnFormat(seconds, Format::Duration);
        q->model()->setColumnFormat({QStringLiteral("xmin_age"), QStringLiteral("archived_count"),
                                     QStringLiteral("failed_count"), QStringLiteral("waiting_segments"),
                                     QStringLiteral("apply_errors"), QStringLiteral("sync_errors")},
                                    Format::Count);
        q->model()->setColumnFormat({QStringLiteral("last_archived_ms"), QStringLiteral("last_failed_ms"),
                                     QStringLiteral("last_message_ms")},
                                    Format::EpochMs);
    }
    m_io->model()->setColumnFormat({QStringLiteral("reads"), QStringLiteral("writes"),
                                    QStringLiteral("extends"), QStringLiteral("fsyncs"),
                                    QStringLiteral("hits")},
                                   Format::Count);
}

HealthMonitor::~HealthMonitor() = default;

void HealthMonitor::start()
{
    m_running = true;
    for (LiveQuery* q : {m_databases, m_horizon, m_autovacuum, m_oldestTables, m_vacuumQueue, m_sequenceQuery,
                         m_progressQuery, m_checkpoints, m_replicas, m_slots, m_subscriptions, m_wal})
        q->start();
    if (hasIo())
        m_io->start();
}

void HealthMonitor::stop()
{
    m_running = false;
    for (LiveQuery* q : {m_databases, m_horizon, m_autovacuum, m_oldestTables, m_vacuumQueue, m_sequenceQuery,
                         m_progressQuery, m_checkpoints, m_io, m_replicas, m_slots, m_subscriptions, m_wal})
        q->stop();
}

void HealthMonitor::refresh()
{
    for (LiveQuery* q : {m_databases, m_horizon, m_autovacuum, m_oldestTables, m_vacuumQueue, m_sequenceQuery,
                         m_progressQuery, m_checkpoints, m_replicas, m_slots, m_subscriptions, m_wal})
        q->refresh();
    if (hasIo())
        m_io->refresh();
}

bool HealthMonitor::hasIo() const
{
    const DbClient* catalog = m_activity->session()->catalog();
    return catalog->state() == ConnectionState::Connected && catalog->capabilities().majorVersion() >= 16;
}

void HealthMonitor::onProgress()
{
    const ResultSet& raw = m_progressQuery->model()->result();
    m_progress->setResult(progressWithRates(raw, m_progressRates, QDateTime::currentMSecsSinceEpoch()));
    // Every second while something runs, so its percent and ETA move; back to the slow pace after.
    const int wanted = raw.rowCount() > 0 ? kProgressMs : kRefreshMs;
    if (m_progressQuery->intervalMs() != wanted) {
        m_progressQuery->stop();
        m_progressQuery->setIntervalMs(wanted);
        m_progressQuery->start();
    }
}

ReplicationStatus HealthMonitor::replicationStatus() const
{
    const auto& history = sampler()->history();
    const double walRate = history.isEmpty() ? std::nan("") : history.last()[ActivityPoint::WalBytesPerS];
    return ReplicationStatus::from(m_wal->model()->result(), m_replicas->model()->result(),
                                   m_slots->model()->result(), m_subscriptions->model()->result(),
                                   sampler()->alerts().thresholds(), walRate,
                                   QDateTime::currentMSecsSinceEpoch());
}

const ActivitySampler* HealthMonitor::sampler() const
{
    return m_activity->sampler();
}

bool HealthMonitor::isPgBouncer() const
{
    return m_activity->isPgBouncer();
}

WraparoundForecast HealthMonitor::forecast() const
{
    const ResultSet& dbs = m_databases->model()->result();
    const qint64 oldest = dbs.rowCount() ? dbs.value(0, QStringLiteral("xid_age")).toLongLong() : 0;
    const qint64 freeze = dbs.rowCount() ? dbs.value(0, QStringLiteral("freeze_max_age")).toLongLong() : 0;
    return WraparoundForecast::from(WraparoundForecast::samplesOf(m_activity->sampler()->history()), oldest,
                                    freeze);
}

double HealthMonitor::wraparoundPct() const
{
    const ResultSet& dbs = m_databases->model()->result();
    if (dbs.rowCount() == 0)
        return std::nan("");
    return 100.0 * dbs.value(0, QStringLiteral("xid_age")).toDouble() / double(kXidStopAge);
}

QString HealthMonitor::cancelSql(int pid)
{
    return ActivityMonitor::actionSql(ActivityMonitor::SessionAction::Cancel, pid);
}

bool HealthMonitor::cancel(int pid)
{
    m_cancelPending = m_activity->runAction(ActivityMonitor::SessionAction::Cancel, pid);
    return m_cancelPending;
}

QString HealthMonitor::whyCannotCancel(const QString& user) const
{
    return m_activity->whyCannotSignal(user);
}

ResultSet HealthMonitor::sequencesWithRates(const ResultSet& raw, ObservedRate& rates, qint64 nowMs)
{
    using namespace pgtype;
    ResultSet::Data d;
    const Picker head(raw, d,
                      {QStringLiteral("schema"), QStringLiteral("sequence"), QStringLiteral("used_pct"),
                       QStringLiteral("values_left")});
    d.columns.append({QStringLiteral("per_hour"), Float8});
    d.columns.append({QStringLiteral("full_in_s"), Float8});
    ResultSet::Data tailColumns;
    const Picker tail(raw, tailColumns,
                      {QStringLiteral("table_schema"), QStringLiteral("table"), QStringLiteral("column"),
                       QStringLiteral("column_type"), QStringLiteral("sequence_type"),
                       QStringLiteral("last_value"), QStringLiteral("limit_value"),
                       QStringLiteral("increment_by"), QStringLiteral("cycle")});
    d.columns.append(tailColumns.columns);
    rates.beginUpdate(nowMs);
    for (int r = 0; r < raw.rowCount(); ++r) {
        const QString key = raw.value(r, QStringLiteral("schema")).toString() + QLatin1Char('.') +
                            raw.value(r, QStringLiteral("sequence")).toString();
        const double left = raw.value(r, QStringLiteral("values_left")).toDouble();
        // Values used, counted up whichever way the sequence runs: -values_left only grows.
        const ObservedRate::Rate rate = rates.record(key, -left);
        QList<QVariant> row = head.row(raw, r);
        row << finiteOrNull(rate.perSecond * 3600.0)
            << (rate.perSecond > 0 ? finiteOrNull(left / rate.perSecond) : QVariant());
        row << tail.row(raw, r);
        d.rows.append(std::move(row));
    }
    rates.endUpdate();
    return ResultSet(std::move(d));
}

ResultSet HealthMonitor::progressWithRates(const ResultSet& raw, ObservedRate& rates, qint64 nowMs)
{
    using namespace pgtype;
    ResultSet::Data d;
    const Picker head(raw, d,
                      {QStringLiteral("pid"), QStringLiteral("database"), QStringLiteral("command"),
                       QStringLiteral("phase"), QStringLiteral("percent")});
    d.columns.append({QStringLiteral("eta_s"), Float8});
    d.columns.append({QStringLiteral("running_s"), Float8});
    ResultSet::Data tailColumns;
    const Picker tail(raw, tailColumns,
                      {QStringLiteral("done"), QStringLiteral("total"), QStringLiteral("unit"),
                       QStringLiteral("object"), QStringLiteral("autovacuum"), QStringLiteral("user"),
                       QStringLiteral("query")});
    d.columns.append(tailColumns.columns);
    rates.beginUpdate(nowMs);
    for (int r = 0; r < raw.rowCount(); ++r) {
        // One run of one phase over one total: a new phase (or a total that changed) starts over.
        const QString key = QStringList{raw.value(r, QStringLiteral("pid")).toString(),
                                        raw.value(r, QStringLiteral("command")).toString(),
                                        raw.value(r, QStringLiteral("phase")).toString(),
                                        raw.value(r, QStringLiteral("total")).toString()}
                                .join(QLatin1Char('|'));
        const QVariant doneV = raw.value(r, QStringLiteral("done"));
        const QVariant totalV = raw.value(r, QStringLiteral("total"));
        const ObservedRate::Rate rate = rates.record(key, doneV.toDouble());
        QVariant eta;
        if (!totalV.isNull() && rate.perSecond > 0)
            eta = finiteOrNull(qMax(0.0, totalV.toDouble() - doneV.toDouble()) / rate.perSecond);
        QList<QVariant> row = head.row(raw, r);
        const QVariant runningMs = raw.value(r, QStringLiteral("running_ms"));
        row << eta << (runningMs.isNull() ? QVariant() : QVariant(runningMs.toDouble() / 1000.0));
        row << tail.row(raw, r);
        d.rows.append(std::move(row));
    }
    rates.endUpdate();
    return ResultSet(std::move(d));
}

} // namespace sg
