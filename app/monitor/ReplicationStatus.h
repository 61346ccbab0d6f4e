// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivityThresholds.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sg {

class ResultSet;

/// Replication and WAL in a few sentences, from health_wal, health_replicas and health_slots:
/// what the Production health panel's replication line says and the health report's summary.
/// A standby names its primary, its receiver and how far replay is behind; a primary its
/// standbys and the most lagging one, the slots that retain WAL with nobody reading, and the
/// archiver with the segments still waiting for it; either, the logical replication subscriptions
/// it holds (health_subscriptions): stopped, failing or silent ones first.
struct ReplicationStatus
{
    Q_DECLARE_TR_FUNCTIONS(sg::ReplicationStatus)

public:
    enum class Level { Unknown, Good, Warning, Error };
    Level level = Level::Unknown;
    QStringList sentences; ///< most urgent first

    QString text() const { return sentences.join(QLatin1Char(' ')); }
    /// \a walBytesPerS: the sampler's latest WAL rate (NaN when unknown).
    static ReplicationStatus from(const ResultSet& wal, const ResultSet& replicas, const ResultSet& slotRows,
                                  const ResultSet& subscriptions, const ActivityThresholds& thresholds,
                                  double walBytesPerS, qint64 nowMs);
};

} // namespace sg
