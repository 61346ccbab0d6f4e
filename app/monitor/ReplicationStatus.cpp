// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplicationStatus.h"

#include "db/Durations.h"
#include "db/ResultSet.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace sg {

namespace {

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n, 1, QLocale::DataSizeIecFormat);
}

} // namespace

ReplicationStatus ReplicationStatus::from(const ResultSet& wal, const ResultSet& replicas,
                                          const ResultSet& slotRows, const ResultSet& subscriptions,
                                          const ActivityThresholds& t, double walBytesPerS, qint64 nowMs)
{
    ReplicationStatus s;
    if (wal.rowCount() == 0)
        return s;
    s.level = Level::Good;
    auto raise = [&s](Level l) { s.level = qMax(s.level, l); };
    QStringList urgent, rest;
    auto v = [&wal](const char* column) { return wal.value(0, QString::fromLatin1(column)); };

    if (v("standby").toBool()) {
        const QString status = v("receiver_status").toString();
        if (status.isEmpty()) {
            urgent << tr("This is a standby without a WAL receiver: it streams from no primary (it replays "
                         "from the archive, or cannot reach its primary: its log says which).");
            raise(Level::Error);
        } else {
            QString r = tr("Standby of %1:%2, its WAL receiver %3")
                            .arg(v("sender_host").toString(), v("sender_port").toString(), status);
            if (!v("receiver_slot").toString().isEmpty())
                r += QLatin1Char(' ') + tr("through slot %1").arg(v("receiver_slot").toString());
            rest << r + QLatin1Char('.');
            if (status != QLatin1String("streaming"))
                raise(Level::Warning);
        }
        const double delay = v("replay_delay_s").toDouble();
        const qint64 behind = v("unreplayed_bytes").toLongLong();
        if (v("replay_paused").toBool()) {
            urgent << tr("Replay is paused (pg_wal_replay_resume() continues it): %1 received and not "
                         "replayed, %2 behind.")
                          .arg(bytes(behind), durationText(delay));
            raise(Level::Warning);
        } else if (behind > 0) {
            (delay > t.replicaLagS ? urgent : rest)
                << tr("Replay is %1 behind what it received (%2).").arg(durationText(delay), bytes(behind));
            if (delay > t.replicaLagS)
                raise(Level::Error);
        } else {
            rest << tr("Replay has caught up with what it received.");
        }
    } else {
        int streaming = 0;
        for (int r = 0; r < replicas.rowCount(); ++r)
            streaming += replicas.value(r, QStringLiteral("state")).toString() == QLatin1String("streaming");
        const int worst = 0; // health_replicas comes most bytes behind first
        if (replicas.rowCount() == 0) {
            rest << tr("No standby streams from this server.");
        } else {
            const QVariant lag = replicas.value(worst, QStringLiteral("replay_lag_s"));
            QString r =
                tr("%n standby(s) connected, %1 streaming", nullptr, int(replicas.rowCount())).arg(streaming);
            const qint64 behind = replicas.value(worst, QStringLiteral("unreplayed_bytes")).toLongLong();
            if (behind > 0) {
                r += QStringLiteral("; ") +
                     tr("the most behind, %1, has %2 to replay")
                         .arg(replicas.value(worst, QStringLiteral("standby")).toString(), bytes(behind));
                if (!lag.isNull())
                    r += QLatin1Char(' ') + tr("(replay lag %1)").arg(durationText(lag.toDouble()));
            } else {
                r += QStringLiteral("; ") + tr("all have replayed everything written here");
            }
            r += QLatin1Char('.');
            const bool lagging = !lag.isNull() && lag.toDouble() > t.replicaLagS;
            (lagging ? urgent : rest) << r;
            if (lagging)
                raise(Level::Error);
            else if (streaming < replicas.rowCount())
                raise(Level::Warning);
        }
    }

    // Slots: a lost one is broken for good; an inactive one keeps WAL on this disk for nobody.
    int inactive = 0;
    qint64 retained = 0;
    QString largest;
    QStringList lost;
    for (int r = 0; r < slotRows.rowCount(); ++r) {
        const QString name = slotRows.value(r, QStringLiteral("slot")).toString();
        if (slotRows.value(r, QStringLiteral("wal_status")).toString() == QLatin1String("lost"))
            lost << name;
        if (slotRows.value(r, QStringLiteral("active")).toBool())
            continue;
        ++inactive;
        const qint64 b = slotRows.value(r, QStringLiteral("retained_bytes")).toLongLong();
        if (largest.isEmpty() || b > retained) {
            retained = qMax(retained, b);
            largest = name;
        }
    }
    if (!lost.isEmpty()) {
        urgent << tr("Slot(s) %1 lost the WAL they need (max_slot_wal_keep_size removed it): whatever "
                     "reads them must be set up again.")
                      .arg(lost.join(QStringLiteral(", ")));
        raise(Level::Error);
    }
    if (inactive > 0) {
        const bool tooMuch = double(retained) / (1024.0 * 1024.0) > t.inactiveSlotMb;
        (tooMuch ? urgent : rest) << tr("%n inactive slot(s) keep WAL nobody reads: %1 for %2, the largest.",
                                        nullptr, inactive)
                                         .arg(bytes(retained), largest);
        raise(tooMuch ? Level::Warning : Level::Good);
    }

    // Subscriptions (this server subscribing to others): one without a running apply worker
    // receives nothing; errors mean a conflict it cannot get past; silence, a publisher gone quiet.
    int receiving = 0;
    for (int r = 0; r < subscriptions.rowCount(); ++r) {
        auto sv = [&](const char* column) { return subscriptions.value(r, QString::fromLatin1(column)); };
        const QString name = sv("subscription").toString();
        const qint64 errors = sv("apply_errors").toLongLong() + sv("sync_errors").toLongLong();
        if (!sv("enabled").toBool()) {
            urgent << tr("Subscription %1 is disabled: nothing it subscribes to arrives (ALTER SUBSCRIPTION "
                         "… ENABLE).")
                          .arg(name);
            raise(Level::Warning);
        } else if (sv("pid").isNull()) {
            urgent << (errors > 0 ? tr("Subscription %1 has no apply worker running and failed %n time(s): a "
                                       "conflict stops it (the server's log names it).",
                                       nullptr, int(errors))
                                        .arg(name)
                                  : tr("Subscription %1 has no apply worker running: it receives nothing "
                                       "(the server's log says why).")
                                        .arg(name));
            raise(Level::Error);
        } else {
            ++receiving;
            const double silent = sv("last_message_age_s").toDouble();
            if (!sv("last_message_age_s").isNull() && silent > t.replicaLagS) {
                urgent << tr("Subscription %1 heard nothing from its publisher for %2.")
                              .arg(name, durationText(silent));
                raise(Level::Warning);
            }
            if (errors > 0) {
                rest << tr("Subscription %1 failed to apply %n time(s) since its statistics were reset, and "
                           "runs now.",
                           nullptr, int(errors))
                            .arg(name);
            }
        }
    }
    if (receiving > 0)
        rest << tr("%n subscription(s) receiving from their publishers.", nullptr, receiving);

    // Archiving: failing means the segments since the last success are on this disk only.
    const QString mode = v("archive_mode").toString();
    const QVariant waiting = v("waiting_segments");
    QString waitingText;
    if (waiting.toInt() == 0 && !waiting.isNull())
        waitingText = QLatin1Char(' ') + tr("Nothing waits to be archived.");
    else if (!waiting.isNull())
        waitingText =
            QLatin1Char(' ') + tr("%n segment(s) wait to be archived (%1).", nullptr, waiting.toInt())
                                   .arg(bytes(v("waiting_bytes").toLongLong()));
    if (mode == QLatin1String("off")) {
        rest << tr("WAL archiving is off.");
    } else if (v("archive_failing").toBool()) {
        const qint64 failedMs = v("last_failed_ms").toLongLong();
        urgent << tr("WAL archiving is failing: %1 failed %2 ago; archive_command's error is in the server "
                     "log.")
                          .arg(v("last_failed_wal").toString(),
                               durationText(double(nowMs - failedMs) / 1000.0)) +
                      waitingText;
        raise(Level::Error);
    } else if (!v("last_archived_wal").isNull()) {
        rest << tr("Archiving works: %1 archived %2 ago.")
                        .arg(v("last_archived_wal").toString(),
                             durationText(double(nowMs - v("last_archived_ms").toLongLong()) / 1000.0)) +
                    waitingText;
    } else {
        rest << tr("WAL archiving is on and has archived nothing yet.") + waitingText;
    }
    if (std::isfinite(walBytesPerS))
        rest << tr("WAL written now: %1/s.").arg(bytes(qint64(walBytesPerS)));
    s.sentences = urgent + rest;
    return s;
}

} // namespace sg
