// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ResultSet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cmath>

namespace sg {

/// What the checkpoint counters (report_checkpoints: pg_stat_bgwriter, pg_stat_checkpointer on
/// 17+) say, and what to do about them: checkpoints that WAL volume forced (max_wal_size too small
/// for the write load), backends writing out buffers themselves (shared_buffers or the background
/// writer cannot keep up). One reading for the health report and the Production health panel.
struct CheckpointAdvice
{
    Q_DECLARE_TR_FUNCTIONS(sg::CheckpointAdvice)
public:
    qint64 timed = 0;
    qint64 requested = 0;
    qint64 byCheckpointer = 0;
    qint64 byBgwriter = 0;
    qint64 byBackends = 0;
    QString maxWalSize;
    QString checkpointTimeout;

    /// From the first row of a report_checkpoints result.
    static CheckpointAdvice from(const ResultSet& checkpoints);
    /// Requested checkpoints as a share of all, NaN before the first.
    double requestedPct() const;
    /// Buffers the backends wrote themselves as a share of all written, NaN before any.
    double backendsPct() const;

    struct Advice
    {
        QString headline; ///< "Most checkpoints were requested"
        QString text;     ///< why, and what to change
    };
    /// Empty when the figures are fine (or too few to say).
    QList<Advice> advice() const;
};

} // namespace sg
