// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableAdvisor.h"

#include <QCoreApplication>
#include <QLocale>

namespace sg {

namespace {
QString bytes(qint64 b)
{
    return QLocale().formattedDataSize(b);
}
} // namespace

TableAdvisor::Horizon TableAdvisor::Horizon::fromResult(const ResultSet& statsSince)
{
    Horizon h;
    auto v = [&](const char* c) { return statsSince.value(0, QString::fromLatin1(c)); };
    h.kind = v("horizon_kind").toString();
    h.who = v("horizon_who").toString();
    h.application = v("horizon_application").toString();
    h.seconds = v("horizon_seconds").isNull() ? -1 : v("horizon_seconds").toLongLong();
    h.xids = v("horizon_xids").toLongLong();
    return h;
}

bool TableAdvisor::Horizon::holdsBack(const Limits& limits) const
{
    if (kind.isEmpty())
        return false;
    return seconds >= 0 ? seconds >= limits.horizonSeconds : xids >= limits.horizonXids;
}

QString TableAdvisor::Horizon::describe() const
{
    // Explicit contexts: lupdate would file a member's tr() under the nested struct.
    const QString age = seconds >= 3600 ? QCoreApplication::translate("sg::TableAdvisor", "%1 h").arg(QLocale().toString(double(seconds) / 3600, 'f', 1))
                        : seconds >= 60 ? QCoreApplication::translate("sg::TableAdvisor", "%1 min").arg(seconds / 60)
                                        : QCoreApplication::translate("sg::TableAdvisor", "%1 s").arg(seconds);
    if (kind == QLatin1String("slot"))
        return QCoreApplication::translate("sg::TableAdvisor", "replication slot %1 (%2) holds an xmin %3 transactions old").arg(who, application,
                                                                                   QLocale().toString(xids));
    if (kind == QLatin1String("prepared"))
        return QCoreApplication::translate("sg::TableAdvisor", "prepared transaction %1 (owner %2) has been open for %3").arg(who, application, age);
    return QCoreApplication::translate("sg::TableAdvisor", "pid %1 (%2) has kept a snapshot for %3").arg(who, application, age);
}

QList<Finding> TableAdvisor::analyze(const ResultSet& tables, const ResultSet& indexes, const Horizon& horizon,
                                     const Limits& limits)
{
    QList<Finding> out;
    const bool heldBack = horizon.holdsBack(limits);
    for (int r = 0; r < tables.rowCount(); ++r) {
        auto v = [&](const char* c) { return tables.value(r, QString::fromLatin1(c)); };
        const QString schema = v("schema").toString(), table = v("table").toString();
        const QString qualified = v("qualified_table").toString();
        const qint64 dead = v("dead_tuples").toLongLong(), live = v("live_tuples").toLongLong();
        const double deadPct = v("dead_pct").toDouble();
        const qint64 bloat = v("bloat_bytes").toLongLong();
        const double bloatPct = v("bloat_pct").toDouble();
        const bool autovacuumOn = v("autovacuum_enabled").toBool();
        const QString vacuum = QStringLiteral("VACUUM (ANALYZE) %1;").arg(qualified);

        const bool deadHeavy = dead >= limits.deadTuples && deadPct >= limits.deadPct;
        const bool bloated = !v("bloat_bytes").isNull() && bloat >= limits.bloatBytes && bloatPct >= limits.bloatPct;
        if (deadHeavy || bloated) {
            QString detail;
            if (deadHeavy)
                detail = tr("%1 dead tuples (%2 % of the rows).").arg(QLocale().toString(dead)).arg(QLocale().toString(deadPct, 'f', 1));
            if (bloated)
                detail += (detail.isEmpty() ? QString() : QStringLiteral(" "))
                          + tr("About %1 (%2 %) more than the live rows need, by the statistics estimate.")
                                .arg(bytes(bloat))
                                .arg(QLocale().toString(bloatPct, 'f', 1));
            if (deadHeavy && heldBack) {
                // VACUUM would run, find the tuples still visible to that snapshot, and leave them.
                detail += QLatin1Char(' ') +
                          tr("VACUUM cannot remove dead tuples now: %1, and rows deleted or updated since "
                             "then stay until it ends. End that transaction (or cancel or terminate the "
                             "session in Activity), then VACUUM.")
                              .arg(horizon.describe());
                out << Finding{Finding::Kind::TableBloat, schema, table, {}, detail, {}, bloated ? bloat : 0};
            } else {
                detail += tr(" VACUUM makes the space reusable; giving it back to the operating system takes "
                             "VACUUM FULL (an exclusive lock) or pg_repack.");
                out << Finding{Finding::Kind::TableBloat, schema, table, {}, detail, vacuum, bloated ? bloat : 0};
            }
        }
        if (!autovacuumOn && v("autovacuum_due").toBool()) {
            out << Finding{Finding::Kind::VacuumDue, schema, table, {},
                           tr("Autovacuum is switched off for this table and its dead tuples are past the "
                              "threshold at which autovacuum would have run.") +
                               (heldBack ? QLatin1Char(' ') + tr("Until then VACUUM cannot remove them: %1.")
                                                                  .arg(horizon.describe())
                                         : QString()),
                           heldBack ? QString() : vacuum, 0};
        }
        const qint64 seqScans = v("seq_scan").toLongLong(), seqRead = v("seq_tup_read").toLongLong();
        const qint64 idxScans = v("idx_scan").toLongLong();
        if (live >= limits.seqScanRows && seqScans > idxScans && seqScans > 0
            && seqRead / seqScans >= limits.rowsPerSeqScan) {
            out << Finding{Finding::Kind::SeqScanHeavyTable, schema, table, {},
                           tr("%1 sequential scans read %2 rows (about %3 each) against %4 index scans: a "
                              "candidate for an index. Find the queries in Slow queries and EXPLAIN them to see "
                              "which columns they filter on.")
                               .arg(QLocale().toString(seqScans), QLocale().toString(seqRead),
                                    QLocale().toString(seqRead / seqScans), QLocale().toString(idxScans)),
                           {}, 0};
        }
    }
    for (int r = 0; r < indexes.rowCount(); ++r) {
        auto v = [&](const char* c) { return indexes.value(r, QString::fromLatin1(c)); };
        const qint64 bloat = v("bloat_bytes").toLongLong(), size = v("size_bytes").toLongLong();
        if (v("bloat_bytes").isNull() || size <= 0 || bloat < limits.bloatBytes
            || 100.0 * double(bloat) / double(size) < limits.bloatPct || !v("valid").toBool())
            continue;
        const bool partitioned = v("partitioned").toBool();
        out << Finding{Finding::Kind::IndexBloat, v("schema").toString(), v("table").toString(), v("index").toString(),
                       tr("About %1 of its %2 (%3 %) are more than its entries need, by the statistics estimate.")
                           .arg(bytes(bloat), bytes(size))
                           .arg(QLocale().toString(100.0 * double(bloat) / double(size), 'f', 1)),
                       (partitioned ? QStringLiteral("REINDEX INDEX %1;") : QStringLiteral("REINDEX INDEX CONCURRENTLY %1;"))
                           .arg(v("qualified_index").toString()),
                       bloat};
    }
    return out;
}

} // namespace sg
