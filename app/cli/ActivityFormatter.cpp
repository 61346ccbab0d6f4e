// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityFormatter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace sg::cli {

namespace {

QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(std::round(v * 100.0) / 100.0);
}

QString pct(double v)
{
    return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'f', 1) + QStringLiteral(" %");
}

QString time(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QJsonArray groupsJson(const QList<GroupCount>& groups)
{
    QJsonArray a;
    for (const auto& g : groups)
        a.append(QJsonObject{{QStringLiteral("name"), g.name},
                             {QStringLiteral("total"), g.total},
                             {QStringLiteral("busy"), g.busy}});
    return a;
}

} // namespace

QJsonObject ActivityFormatter::toJson(const ActivitySample& s, const ActivityRates& r,
                                      const QList<AlertEvent>& firing)
{
    QJsonObject sessions{{QStringLiteral("active"), s.active},
                         {QStringLiteral("idle"), s.idle},
                         {QStringLiteral("idle_in_transaction"), s.idleInTransaction},
                         {QStringLiteral("idle_in_transaction_aborted"), s.idleInTransactionAborted},
                         {QStringLiteral("lock_waiting"), s.lockWaiting},
                         {QStringLiteral("other_waiting"), s.otherWaiting},
                         {QStringLiteral("other"), s.other},
                         {QStringLiteral("hidden"), s.hidden},
                         {QStringLiteral("own"), s.own},
                         {QStringLiteral("total"), s.clientSessions()}};
    QJsonValue rates;
    if (r.valid) {
        rates = QJsonObject{{QStringLiteral("tps"), number(r.tps)},
                            {QStringLiteral("rollback_pct"), number(r.rollbackPct)},
                            {QStringLiteral("cache_hit_pct"), number(r.cacheHitPct)},
                            {QStringLiteral("table_hit_pct"), number(r.tableHitPct)},
                            {QStringLiteral("index_hit_pct"), number(r.indexHitPct)},
                            {QStringLiteral("temp_bytes_per_s"), number(r.tempBytesPerS)},
                            {QStringLiteral("deadlocks_per_s"), number(r.deadlocksPerS)}};
    }
    QJsonArray apps;
    for (const auto& a : s.applications)
        apps.append(QJsonObject{{QStringLiteral("name"), a.name},
                                {QStringLiteral("total"), a.total},
                                {QStringLiteral("active"), a.active},
                                {QStringLiteral("idle"), a.idle},
                                {QStringLiteral("idle_in_transaction"), a.idleInTransaction},
                                {QStringLiteral("waiting"), a.waiting},
                                {QStringLiteral("share_of_max_pct"),
                                 number(s.maxConnections ? 100.0 * a.total / s.maxConnections : NAN)}});
    QJsonArray warnings;
    for (const auto& e : firing)
        warnings.append(QJsonObject{{QStringLiteral("rule"), e.ruleName()},
                                    {QStringLiteral("message"), e.message()},
                                    {QStringLiteral("value"), number(e.value)},
                                    {QStringLiteral("limit"), number(e.limit)}});
    return QJsonObject{
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(s.sampledAtMs).toString(Qt::ISODateWithMs)},
        {QStringLiteral("max_connections"), s.maxConnections},
        {QStringLiteral("reserved_connections"), s.reservedConnections},
        {QStringLiteral("usable_connections"), s.usableConnections()},
        {QStringLiteral("utilization_pct"), number(s.utilizationPct())},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("longest_idle_in_transaction_s"), number(s.longestIdleInTransactionS)},
        {QStringLiteral("rates"), rates},
        {QStringLiteral("stats_reset"), r.statsReset},
        // The next transaction ID: its rate between two lines is the transaction ID consumption
        // the health report's wraparound forecast extrapolates.
        {QStringLiteral("next_xid"), s.nextXid},
        // What the replication alerts watch, as sampled: lag (the most lagging standby, or this
        // standby's own replay delay), WAL an inactive slot keeps, archiving failing.
        {QStringLiteral("replication"),
         QJsonObject{{QStringLiteral("standby"), s.standby},
                     {QStringLiteral("wal_bytes_per_s"), number(r.walBytesPerS)},
                     {QStringLiteral("replica_lag_s"), number(s.replicaLagS)},
                     {QStringLiteral("inactive_slot_bytes"), double(s.inactiveSlotBytes)},
                     {QStringLiteral("archive_failing"), s.archiveFailing}}},
        {QStringLiteral("applications"), apps},
        {QStringLiteral("databases"), groupsJson(s.databases)},
        {QStringLiteral("users"), groupsJson(s.users)},
        {QStringLiteral("warnings"), warnings}};
}

QString ActivityFormatter::toText(const ActivitySample& s, const ActivityRates& r,
                                  const QList<AlertEvent>& firing)
{
    QString out;
    QTextStream t(&out);
    t << time(s.sampledAtMs) << "  connections " << s.clientSessions() + s.own << "/" << s.usableConnections()
      << " usable (" << pct(s.utilizationPct()) << ", max_connections " << s.maxConnections << ")\n";
    t << "  active " << s.active << "  idle " << s.idle << "  idle in transaction " << s.idleInTransaction
      << "  aborted " << s.idleInTransactionAborted << "  waiting on lock " << s.lockWaiting
      << "  other waits " << s.otherWaiting << "  hidden " << s.hidden << "  sightglass " << s.own << "\n";
    if (r.valid)
        t << "  " << QString::number(r.tps, 'f', 1) << " tps  rollback " << pct(r.rollbackPct)
          << "  cache hit " << pct(r.cacheHitPct) << " (tables " << pct(r.tableHitPct) << ", indexes "
          << pct(r.indexHitPct) << ")  temp " << QLocale::c().formattedDataSize(qint64(r.tempBytesPerS))
          << "/s  deadlocks " << QString::number(r.deadlocksPerS, 'f', 2) << "/s\n";
    else if (r.statsReset)
        t << "  rates: statistics were reset since the last sample\n";
    else
        t << "  rates: from the next sample on\n";
    t << "  " << (s.standby ? "standby, replay delay " : "primary, replica lag ")
      << QString::number(s.replicaLagS, 'f', 1) << " s";
    if (std::isfinite(r.walBytesPerS))
        t << "  WAL " << QLocale::c().formattedDataSize(qint64(r.walBytesPerS)) << "/s";
    if (s.inactiveSlotBytes > 0)
        t << "  inactive slots keep " << QLocale::c().formattedDataSize(s.inactiveSlotBytes);
    if (s.archiveFailing)
        t << "  ARCHIVING FAILING";
    t << "\n";
    t << "  " << QStringLiteral("application").leftJustified(28) << " total active idle idle-tx waiting\n";
    for (const auto& a : s.applications)
        t << "  " << a.name.left(28).leftJustified(28) << QString::number(a.total).rightJustified(6)
          << QString::number(a.active).rightJustified(7) << QString::number(a.idle).rightJustified(5)
          << QString::number(a.idleInTransaction).rightJustified(8)
          << QString::number(a.waiting).rightJustified(8) << "\n";
    QStringList dbs;
    for (const auto& d : s.databases)
        dbs << QStringLiteral("%1 %2 (%3 busy)").arg(d.name).arg(d.total).arg(d.busy);
    if (!dbs.isEmpty())
        t << "  databases: " << dbs.join(QStringLiteral(", ")) << "\n";
    for (const auto& e : firing)
        t << "  WARNING: " << e.message() << "\n";
    return out;
}

QJsonObject ActivityFormatter::poolsToJson(const ResultSet& pools, const PoolPoint& totals)
{
    QJsonArray rows;
    for (int r = 0; r < pools.rowCount(); ++r) {
        QJsonObject o;
        for (int c = 0; c < pools.columnCount(); ++c)
            o.insert(pools.columnName(c), QJsonValue::fromVariant(pools.value(r, c)));
        rows.append(o);
    }
    return QJsonObject{
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(totals.timeMs).toString(Qt::ISODateWithMs)},
        {QStringLiteral("clients_active"), totals.clientsActive},
        {QStringLiteral("clients_waiting"), totals.clientsWaiting},
        {QStringLiteral("servers_active"), totals.serversActive},
        {QStringLiteral("servers_idle"), totals.serversIdle},
        {QStringLiteral("max_wait_s"), totals.maxWaitS},
        {QStringLiteral("pools"), rows}};
}

QString ActivityFormatter::poolsToText(const ResultSet& pools, const PoolPoint& p)
{
    QString out;
    QTextStream t(&out);
    t << time(p.timeMs) << "  pgbouncer: clients active " << p.clientsActive << ", waiting "
      << p.clientsWaiting << "; servers active " << p.serversActive << ", idle " << p.serversIdle
      << "; longest wait " << QString::number(p.maxWaitS, 'f', 2) << " s\n";
    for (int r = 0; r < pools.rowCount(); ++r) {
        auto v = [&](const char* c) { return pools.value(r, QString::fromLatin1(c)).toString(); };
        t << "  " << (v("database") + QLatin1Char('/') + v("user")).leftJustified(30) << " cl_active "
          << v("cl_active") << "  cl_waiting " << v("cl_waiting") << "  sv_active " << v("sv_active")
          << "  sv_idle " << v("sv_idle") << "  maxwait " << v("maxwait") << "\n";
    }
    return out;
}

QJsonObject ActivityFormatter::loadToJson(const WaitProfile::Summary& load)
{
    QJsonObject byClass;
    for (int c = 0; c < WaitProfile::ClassCount; ++c)
        byClass.insert(WaitProfile::className(WaitProfile::Class(c)), load.perClass[c]);
    return {{QStringLiteral("average_active_sessions"), load.aas},
            {QStringLiteral("by_wait_class"), byClass},
            {QStringLiteral("seconds_sampled"), load.seconds},
            {QStringLiteral("samples"), load.samples}};
}

QString ActivityFormatter::loadToText(const WaitProfile::Summary& load)
{
    QStringList parts;
    for (int c = 0; c < WaitProfile::ClassCount; ++c)
        if (load.perClass[c] > 0)
            parts << QStringLiteral("%1 %2")
                         .arg(WaitProfile::className(WaitProfile::Class(c)))
                         .arg(load.perClass[c], 0, 'f', 2);
    return QStringLiteral("  load %1 active%2")
        .arg(load.aas, 0, 'f', 2)
        .arg(parts.isEmpty() ? QString() : QStringLiteral(": ") + parts.join(QStringLiteral(", ")));
}

} // namespace sg::cli
