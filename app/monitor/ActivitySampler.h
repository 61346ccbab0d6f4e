// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivityPoint.h"
#include "AlertMonitor.h"
#include "RingBuffer.h"

#include "db/DbError.h"
#include "db/DbRequest.h"

#include <QObject>

#include <limits>
#include <QTimer>

namespace sg {

class DbClient;
class HistoryStore;

/// Samples activity on the monitoring worker: one query per tick (1 s by default, 0.5–60 s),
/// turns counters into rates, keeps the points in a fixed-size ring (24 h at 1 Hz), checks the
/// thresholds, and writes to the local history when one is attached.
class ActivitySampler : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype HistoryCapacity = 24 * 3600;

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
    quint64 m_inFlight = 0;
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
