// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivityPoint.h"
#include "AlertMonitor.h"
#include "RingBuffer.h"

#include "db/DbError.h"
#include "db/DbRequest.h"

#include <QElapsedTimer>
#include <QObject>

#include <limits>
#include <QTimer>

namespace sg {

class DbClient;
class HistoryStore;

/// Samples activity on the monitoring worker: one query per tick (1 s by default, 0.5–60 s) and
/// the table I/O every TableIoIntervalMs,
/// turns counters into rates, keeps the points in a fixed-size ring (24 h at 1 Hz), checks the
/// thresholds, and writes to the local history when one is attached.
class ActivitySampler : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype HistoryCapacity = 24 * 3600;
    /// Pace of the table and index hit ratios: their query reads a row per table.
    static constexpr int TableIoIntervalMs = 60000;

    explicit ActivitySampler(DbClient* client, QObject* parent = nullptr);

    void setIntervalMs(int ms); ///< clamped to 500–60000
    int intervalMs() const { return m_timer.interval(); }
    /// Loads the last 24 h of \a serverKey from the store and appends every new point to it.
    void attachHistory(HistoryStore* store, const QString& serverKey);
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    /// Asks for a sample now (skipped if one is still running).
    void sampleNow();

    const RingBuffer<ActivityPoint>& history() const { return m_history; }
    const ActivitySample& latest() const { return m_latest; }
    const ActivityRates& latestRates() const { return m_rates; }
    /// The latest table I/O read (null before the first one came back).
    const TableIoCounters& latestTableIo() const { return m_tableIo; }
    AlertMonitor& alerts() { return m_alerts; }
    /// The fullest sequence's use (% of its limit), read elsewhere at its own pace (the Production
    /// health panel, once a minute): every point carries the latest, for its alert and the history.
    void setSequenceUsedPct(double pct) { m_sequenceUsedPct = pct; }
    const AlertMonitor& alerts() const { return m_alerts; }
    int sampleCount() const { return m_samples; }

Q_SIGNALS:
    void sampled();
    /// Thresholds crossed (either way) by the latest sample.
    void alertsChanged(const QList<sg::AlertEvent>& transitions);
    void failed(const sg::DbError& error);

private:
    void onReply(const DbReply& reply);

    DbClient* m_client;
    QTimer m_timer;
    void sampleTableIo();

    quint64 m_inFlight = 0;
    quint64 m_tableIoInFlight = 0;
    QElapsedTimer m_sinceTableIo; ///< invalid until the first table read was asked for
    TableIoCounters m_tableIo;
    ActivityRates m_tableHit; ///< only its tableHitPct and indexHitPct
    ActivitySample m_latest;
    ActivityRates m_rates;
    RingBuffer<ActivityPoint> m_history{HistoryCapacity};
    AlertMonitor m_alerts;
    HistoryStore* m_store = nullptr;
    QString m_serverKey;
    double m_sequenceUsedPct = std::numeric_limits<double>::quiet_NaN();
    int m_samples = 0;
};

} // namespace sg
