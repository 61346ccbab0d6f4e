// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthReport.h"
#include "HealthReportSections.h"

#include "CheckpointAdvice.h"
#include "IndexAdvisor.h"

#include "db/DbClient.h"
#include "db/Durations.h"
#include "db/SqlLibrary.h"
#include "monitor/ReplicationStatus.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace sg {

using namespace healthreport;

namespace {

QJsonValue finite(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

HealthReport::HealthReport(DbClient* client, QObject* parent) : QObject(parent), m_client(client), m_advisor(client, nullptr)
{
    connect(&m_advisor, &Advisor::updated, this, [this] {
        m_haveFindings = true;
        maybeReady();
    });
    connect(&m_advisor, &Advisor::failed, this, &HealthReport::failed);
    connect(m_client, &DbClient::replied, this, [this](const DbReply& r) {
        ResultSet* into = m_pending.take(r.id);
        if (!into)
            return;
        if (!r.ok()) {
            m_pending.clear();
            Q_EMIT failed(r.error);
            return;
        }
        *into = r.result;
        m_haveOverview = m_pending.isEmpty();
        maybeReady();
    });
}

void HealthReport::collect()
{
    m_haveOverview = m_haveFindings = false;
    m_generatedMs = QDateTime::currentMSecsSinceEpoch();
    m_serverMajor = m_client->capabilities().majorVersion();
    m_pending.clear();
    for (ResultSet* r :
         {&m_overview, &m_checkpoints, &m_io, &m_wraparound, &m_oldestTables, &m_horizon, &m_sequences,
          &m_autovacuum, &m_vacuumQueue, &m_progress, &m_replicas, &m_slots, &m_subscriptions, &m_wal})
        *r = ResultSet();
    ask(QStringLiteral("report_overview"), &m_overview);
    ask(QStringLiteral("report_checkpoints"), &m_checkpoints);
    ask(QStringLiteral("report_io"), &m_io); // pg_stat_io is there from 16 on
    ask(QStringLiteral("health_wraparound"), &m_wraparound);
    ask(QStringLiteral("health_oldest_tables"), &m_oldestTables);
    ask(QStringLiteral("health_xmin_holders"), &m_horizon);
    ask(QStringLiteral("health_sequences"), &m_sequences);
    ask(QStringLiteral("health_autovacuum"), &m_autovacuum);
    ask(QStringLiteral("health_vacuum_queue"), &m_vacuumQueue);
    ask(QStringLiteral("health_progress"), &m_progress);
    ask(QStringLiteral("health_replicas"), &m_replicas);
    ask(QStringLiteral("health_slots"), &m_slots);
    ask(QStringLiteral("health_subscriptions"), &m_subscriptions);
    ask(QStringLiteral("health_wal"), &m_wal);
    m_advisor.refresh();
}

void HealthReport::ask(const QString& query, ResultSet* into)
{
    // A query with no variant for this version (pg_stat_io before 16) is not asked at all.
    const QString sql = SqlLibrary::load(query, m_serverMajor);
    if (!sql.isEmpty())
        m_pending.insert(m_client->submit(QStringLiteral("report"), sql), into);
}

void HealthReport::maybeReady()
{
    if (m_haveOverview && m_haveFindings)
        Q_EMIT ready();
}

QJsonObject HealthReport::checkpointsJson() const
{
    auto v = [&](const char* c) { return m_checkpoints.value(0, QString::fromLatin1(c)); };
    const CheckpointAdvice a = CheckpointAdvice::from(m_checkpoints);
    return QJsonObject{
        {QStringLiteral("timed"), double(a.timed)},
        {QStringLiteral("requested"), double(a.requested)},
        {QStringLiteral("requested_pct"), finite(a.requestedPct())},
        {QStringLiteral("write_ms"), v("write_ms").toDouble()},
        {QStringLiteral("sync_ms"), v("sync_ms").toDouble()},
        {QStringLiteral("buffers_written"),
         QJsonObject{{QStringLiteral("checkpointer"), double(a.byCheckpointer)},
                     {QStringLiteral("background_writer"), double(a.byBgwriter)},
                     {QStringLiteral("backends"), double(a.byBackends)},
                     {QStringLiteral("backends_pct"), finite(a.backendsPct())}}},
        {QStringLiteral("bgwriter_stopped_at_limit"), double(v("maxwritten_clean").toLongLong())},
        {QStringLiteral("checkpoint_timeout"), v("checkpoint_timeout").toString()},
        {QStringLiteral("max_wal_size"), v("max_wal_size").toString()},
        {QStringLiteral("since"),
         v("since_ms").isNull()
             ? QJsonValue()
             : QJsonValue(QDateTime::fromMSecsSinceEpoch(v("since_ms").toLongLong()).toString(Qt::ISODate))},
        {QStringLiteral("source"), m_serverMajor >= 17
                                       ? QStringLiteral("pg_stat_checkpointer, pg_stat_bgwriter, pg_stat_io")
                                       : QStringLiteral("pg_stat_bgwriter")}};
}

QJsonValue HealthReport::ioJson() const
{
    if (m_serverMajor < 16)
        return QJsonValue(); // null: the server has no pg_stat_io
    QJsonArray rows;
    for (int r = 0; r < m_io.rowCount(); ++r) {
        QJsonObject row;
        for (const char* c : {"backend_type", "object", "context"})
            row.insert(QString::fromLatin1(c), m_io.value(r, QString::fromLatin1(c)).toString());
        for (const char* c : {"reads", "writes", "extends", "fsyncs", "hits"})
            row.insert(QString::fromLatin1(c), double(m_io.value(r, QString::fromLatin1(c)).toLongLong()));
        rows.append(row);
    }
    return rows;
}

WraparoundForecast HealthReport::forecast() const
{
    // The oldest database decides: its datfrozenxid is the server's oldest unfrozen transaction ID.
    return WraparoundForecast::from(m_xidHistory,
                                    m_wraparound.value(0, QStringLiteral("xid_age")).toLongLong(),
                                    m_wraparound.value(0, QStringLiteral("freeze_max_age")).toLongLong());
}

namespace {

// Rows as JSON objects: text columns, whole numbers (exact to 2^63: sequence values, XIDs) and
// fractions; NULL stays null.
QJsonArray rowsJson(const ResultSet& rs, const QStringList& texts, const QStringList& integers,
                    const QStringList& reals = {}, const QStringList& bools = {})
{
    QJsonArray out;
    for (int r = 0; r < rs.rowCount(); ++r) {
        QJsonObject row;
        auto put = [&](const QStringList& columns, auto convert) {
            for (const QString& c : columns)
                row.insert(c, rs.value(r, c).isNull() ? QJsonValue() : QJsonValue(convert(rs.value(r, c))));
        };
        put(texts, [](const QVariant& v) { return v.toString(); });
        put(integers, [](const QVariant& v) { return v.toLongLong(); });
        put(reals, [](const QVariant& v) { return v.toDouble(); });
        put(bools, [](const QVariant& v) { return v.toBool(); });
        out.append(row);
    }
    return out;
}

} // namespace

QJsonObject HealthReport::wraparoundJson() const
{
    const WraparoundForecast f = forecast();
    QJsonArray databases;
    for (int r = 0; r < m_wraparound.rowCount(); ++r) {
        auto v = [&](const char* c) { return m_wraparound.value(r, QString::fromLatin1(c)); };
        const double age = v("xid_age").toDouble(), freeze = v("freeze_max_age").toDouble();
        databases.append(QJsonObject{{QStringLiteral("database"), v("database").toString()},
                                     {QStringLiteral("xid_age"), v("xid_age").toLongLong()},
                                     {QStringLiteral("mxid_age"), v("mxid_age").toLongLong()},
                                     {QStringLiteral("allows_connections"), v("allows_connections").toBool()},
                                     {QStringLiteral("pct_of_freeze_max_age"),
                                      freeze > 0 ? QJsonValue(100 * age / freeze) : QJsonValue()},
                                     {QStringLiteral("pct_of_stop_limit"), 100 * age / double(kXidStopAge)}});
    }
    auto setting = [&](const char* c) { return m_wraparound.value(0, QString::fromLatin1(c)).toLongLong(); };
    return QJsonObject{
        {QStringLiteral("freeze_max_age"), setting("freeze_max_age")},
        {QStringLiteral("multixact_freeze_max_age"), setting("mxid_freeze_max_age")},
        {QStringLiteral("stop_limit_age"), kXidStopAge},
        {QStringLiteral("next_xid"), setting("next_xid")},
        {QStringLiteral("databases"), databases},
        {QStringLiteral("oldest_tables"),
         rowsJson(m_oldestTables, {QStringLiteral("schema"), QStringLiteral("table")},
                  {QStringLiteral("xid_age"), QStringLiteral("mxid_age"), QStringLiteral("freeze_max_age"),
                   QStringLiteral("bytes"), QStringLiteral("last_vacuum_ms")})},
        {QStringLiteral("horizon_held_by"),
         rowsJson(m_horizon, {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("detail")},
                  {QStringLiteral("xmin_age")})},
        {QStringLiteral("forecast"),
         QJsonObject{
             {QStringLiteral("known"), f.known},
             {QStringLiteral("xids_per_second"), f.known ? QJsonValue(f.xidsPerSecond) : QJsonValue()},
             {QStringLiteral("basis_seconds"), double(f.basisMs) / 1000},
             {QStringLiteral("samples"), f.samples},
             {QStringLiteral("seconds_to_freeze_max_age"), finite(f.secondsToFreeze)},
             {QStringLiteral("seconds_to_stop_limit"), finite(f.secondsToStop)},
             {QStringLiteral("basis"), f.basis()},
             {QStringLiteral("summary"), f.summary()}}}};
}

QJsonArray HealthReport::sequencesJson() const
{
    return rowsJson(m_sequences,
                    {QStringLiteral("schema"), QStringLiteral("sequence"), QStringLiteral("sequence_type"),
                     QStringLiteral("table_schema"), QStringLiteral("table"), QStringLiteral("column"),
                     QStringLiteral("column_type")},
                    {QStringLiteral("last_value"), QStringLiteral("increment_by"),
                     QStringLiteral("limit_value"), QStringLiteral("values_left")},
                    {QStringLiteral("used_pct")});
}

QJsonObject HealthReport::vacuumJson() const
{
    auto v = [&](const char* c) { return m_autovacuum.value(0, QString::fromLatin1(c)); };
    return QJsonObject{
        {QStringLiteral("autovacuum_on"), v("autovacuum_on").toBool()},
        {QStringLiteral("workers_busy"), v("workers_busy").toInt()},
        {QStringLiteral("workers_max"), v("workers_max").toInt()},
        {QStringLiteral("vacuums_running"), v("vacuums_running").toInt()},
        {QStringLiteral("queue"),
         rowsJson(
             m_vacuumQueue, {QStringLiteral("schema"), QStringLiteral("table"), QStringLiteral("reason")},
             {QStringLiteral("dead_rows"), QStringLiteral("vacuum_threshold"), QStringLiteral("inserted"),
              QStringLiteral("modified"), QStringLiteral("xid_age"), QStringLiteral("freeze_max_age"),
              QStringLiteral("last_vacuum_ms"), QStringLiteral("last_analyze_ms")},
             {QStringLiteral("urgency")},
             {QStringLiteral("autovacuum_enabled"), QStringLiteral("vacuuming_now")})},
        {QStringLiteral("in_progress"),
         rowsJson(m_progress,
                  {QStringLiteral("database"), QStringLiteral("command"), QStringLiteral("phase"),
                   QStringLiteral("unit"), QStringLiteral("object"), QStringLiteral("user"),
                   QStringLiteral("query")},
                  {QStringLiteral("pid"), QStringLiteral("done"), QStringLiteral("total"),
                   QStringLiteral("running_ms")},
                  {QStringLiteral("percent")}, {QStringLiteral("autovacuum")})}};
}

QJsonObject HealthReport::replicationJson() const
{
    const ReplicationStatus status = ReplicationStatus::from(
        m_wal, m_replicas, m_slots, m_subscriptions, ActivityThresholds::load(), std::nan(""), m_generatedMs);
    static const char* const levels[] = {"unknown", "good", "warning", "error"};
    QJsonArray summary;
    for (const QString& s : status.sentences)
        summary.append(s);
    const QJsonArray wal = rowsJson(
        m_wal,
        {QStringLiteral("lsn"), QStringLiteral("wal_level"), QStringLiteral("archive_mode"),
         QStringLiteral("last_archived_wal"), QStringLiteral("last_failed_wal"),
         QStringLiteral("receiver_status"), QStringLiteral("sender_host"), QStringLiteral("receiver_slot")},
        {QStringLiteral("archived_count"), QStringLiteral("last_archived_ms"), QStringLiteral("failed_count"),
         QStringLiteral("last_failed_ms"), QStringLiteral("waiting_segments"),
         QStringLiteral("waiting_bytes"), QStringLiteral("sender_port"), QStringLiteral("last_message_ms"),
         QStringLiteral("unreplayed_bytes")},
        {QStringLiteral("replay_delay_s")},
        {QStringLiteral("standby"), QStringLiteral("archive_failing"), QStringLiteral("replay_paused")});
    return QJsonObject{
        {QStringLiteral("level"), QLatin1String(levels[int(status.level)])},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("wal"), wal.isEmpty() ? QJsonValue() : wal.first()},
        {QStringLiteral("standbys"),
         rowsJson(m_replicas,
                  {QStringLiteral("standby"), QStringLiteral("address"), QStringLiteral("state"),
                   QStringLiteral("sync_state"), QStringLiteral("slot")},
                  {QStringLiteral("pid"), QStringLiteral("unsent_bytes"), QStringLiteral("unflushed_bytes"),
                   QStringLiteral("unreplayed_bytes"), QStringLiteral("xmin_age")},
                  {QStringLiteral("write_lag_s"), QStringLiteral("flush_lag_s"),
                   QStringLiteral("replay_lag_s"), QStringLiteral("reply_age_s")})},
        {QStringLiteral("slots"),
         rowsJson(m_slots,
                  {QStringLiteral("slot"), QStringLiteral("type"), QStringLiteral("database"),
                   QStringLiteral("plugin"), QStringLiteral("wal_status")},
                  {QStringLiteral("pid"), QStringLiteral("retained_bytes"), QStringLiteral("safe_wal_bytes"),
                   QStringLiteral("xmin_age")},
                  {}, {QStringLiteral("active"), QStringLiteral("temporary")})},
        {QStringLiteral("subscriptions"),
         rowsJson(
             m_subscriptions,
             {QStringLiteral("subscription"), QStringLiteral("database"), QStringLiteral("received_lsn")},
             {QStringLiteral("pid"), QStringLiteral("syncing_tables"), QStringLiteral("apply_errors"),
              QStringLiteral("sync_errors")},
             {QStringLiteral("last_message_age_s")}, {QStringLiteral("enabled")})}};
}

QJsonObject HealthReport::toJson() const
{
    auto v = [&](const char* c) { return m_overview.value(0, QString::fromLatin1(c)); };
    const AdvisorSnapshot& s = m_advisor.snapshot();
    QJsonArray findings;
    for (const Finding& f : s.findings) {
        findings.append(QJsonObject{{QStringLiteral("kind"), Finding::kindId(f.kind)},
                                    {QStringLiteral("title"), Finding::kindName(f.kind)},
                                    {QStringLiteral("schema"), f.schema},
                                    {QStringLiteral("table"), f.table},
                                    {QStringLiteral("object"), f.object},
                                    {QStringLiteral("detail"), f.detail},
                                    {QStringLiteral("fix_sql"), f.fixSql},
                                    {QStringLiteral("bytes"), double(f.bytes)}});
    }
    const int connections = v("connections").toInt(), usable = v("usable_connections").toInt();
    auto maybe = [](const QVariant& x) { return x.isNull() ? QJsonValue() : QJsonValue(x.toString().toDouble()); };
    return QJsonObject{
        {QStringLiteral("generated_at"), QDateTime::fromMSecsSinceEpoch(m_generatedMs).toString(Qt::ISODate)},
        {QStringLiteral("server"),
         QJsonObject{{QStringLiteral("version"), v("server_version").toString()},
                     {QStringLiteral("database"), v("database").toString()},
                     {QStringLiteral("user"), v("user").toString()},
                     {QStringLiteral("started_at"),
                      QDateTime::fromMSecsSinceEpoch(v("started_ms").toLongLong()).toString(Qt::ISODate)}}},
        {QStringLiteral("settings"), QJsonDocument::fromJson(v("settings").toString().toUtf8()).object()},
        {QStringLiteral("pg_stat_statements"),
         QJsonObject{
             {QStringLiteral("installed"), v("pg_stat_statements_installed").toBool()},
             {QStringLiteral("preloaded"), QJsonValue::fromVariant(v("pg_stat_statements_preloaded"))}}},
        {QStringLiteral("cache_hit_pct"),
         QJsonObject{{QStringLiteral("all_databases"), maybe(v("cache_hit_pct"))},
                     {QStringLiteral("tables"), maybe(v("table_hit_pct"))},
                     {QStringLiteral("indexes"), maybe(v("index_hit_pct"))}}},
        {QStringLiteral("connections"),
         QJsonObject{{QStringLiteral("in_use"), connections},
                     {QStringLiteral("usable"), usable},
                     {QStringLiteral("utilization_pct"), usable > 0 ? 100.0 * connections / usable : 0.0}}},
        {QStringLiteral("checkpoints"), checkpointsJson()},
        {QStringLiteral("io"), ioJson()},
        {QStringLiteral("wraparound"), wraparoundJson()},
        {QStringLiteral("sequences"), sequencesJson()},
        {QStringLiteral("vacuum"), vacuumJson()},
        {QStringLiteral("replication"), replicationJson()},
        {QStringLiteral("statistics_since"),
         QDateTime::fromMSecsSinceEpoch(s.statsSinceMs).toString(Qt::ISODate)},
        {QStringLiteral("findings"), findings}};
}

QString HealthReport::toMarkdown() const
{
    const QJsonObject j = toJson();
    const QJsonObject server = j.value(QStringLiteral("server")).toObject();
    QString out;
    QTextStream t(&out);
    t << "# " << tr("Health report: %1").arg(server.value(QStringLiteral("database")).toString()) << "\n\n";
    t << tr("Generated %1 by Sightglass. PostgreSQL %2, up since %3; usage statistics since %4 (%5).")
             .arg(dateTime(m_generatedMs), server.value(QStringLiteral("version")).toString(),
                  server.value(QStringLiteral("started_at")).toString(),
                  dateTime(m_advisor.snapshot().statsSinceMs),
                  IndexAdvisor::coverage(m_advisor.snapshot().statsSinceMs, m_advisor.snapshot().nowMs))
      << "\n\n## " << tr("Settings") << "\n\n| setting | value |\n|---|---|\n";
    const QJsonObject settings = j.value(QStringLiteral("settings")).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        t << "| " << it.key() << " | " << it.value().toString() << " |\n";
    const QJsonObject c = j.value(QStringLiteral("connections")).toObject();
    const QJsonObject cache = j.value(QStringLiteral("cache_hit_pct")).toObject();
    const QJsonObject pss = j.value(QStringLiteral("pg_stat_statements")).toObject();
    t << "\n## " << tr("Connections and cache") << "\n\n"
      << "- " << tr("Connections: %1 of %2 usable (%3 %)").arg(c.value(QStringLiteral("in_use")).toInt())
                      .arg(c.value(QStringLiteral("usable")).toInt())
                      .arg(c.value(QStringLiteral("utilization_pct")).toDouble(), 0, 'f', 1)
      << "\n- " << tr("Cache hit ratio: all databases %1, tables %2, indexes %3")
                       .arg(pct(cache.value(QStringLiteral("all_databases"))), pct(cache.value(QStringLiteral("tables"))),
                            pct(cache.value(QStringLiteral("indexes"))))
      << "\n- " << tr("pg_stat_statements: %1").arg(statementsState(pss)) << "\n";
    writeCheckpoints(t, j.value(QStringLiteral("checkpoints")).toObject(), j.value(QStringLiteral("io")),
                     CheckpointAdvice::from(m_checkpoints).advice());
    writeWraparound(t, j.value(QStringLiteral("wraparound")).toObject(),
                    j.value(QStringLiteral("sequences")).toArray());
    writeVacuum(t, j.value(QStringLiteral("vacuum")).toObject());
    writeReplication(t, j.value(QStringLiteral("replication")).toObject());
    t << "\n## " << tr("Findings (%1)").arg(m_advisor.snapshot().findings.size()) << "\n";
    if (m_advisor.snapshot().findings.isEmpty())
        t << "\n" << tr("Nothing to report.") << "\n";
    for (const Finding& f : m_advisor.snapshot().findings) {
        t << "\n### " << Finding::kindName(f.kind) << ": " << f.subject() << "\n\n" << f.detail << "\n";
        if (!f.fixSql.isEmpty())
            t << "\n```sql\n" << f.fixSql << "\n```\n";
    }
    return out;
}

QString HealthReport::toHtml() const
{
    // The Markdown, rendered by hand into a small self-contained page (no external assets).
    const QStringList lines = toMarkdown().split(QLatin1Char('\n'));
    QString out;
    QTextStream t(&out);
    t << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
      << tr("Sightglass health report").toHtmlEscaped()
      << "</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
         "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px}"
         "pre{background:#f4f4f4;padding:8px}</style></head><body>\n";
    bool inCode = false, inTable = false;
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("```"))) {
            t << (inCode ? "</code></pre>\n" : "<pre><code>");
            inCode = !inCode;
            continue;
        }
        if (inCode) {
            t << line.toHtmlEscaped() << "\n";
            continue;
        }
        const bool tableLine = line.startsWith(QLatin1Char('|'));
        if (inTable && !tableLine) {
            t << "</table>\n";
            inTable = false;
        }
        if (tableLine) {
            if (line.startsWith(QLatin1String("|---")))
                continue;
            if (!inTable)
                t << "<table>\n";
            inTable = true;
            t << "<tr>";
            for (const QString& cell : line.mid(1, line.size() - 2).split(QLatin1Char('|')))
                t << "<td>" << cell.trimmed().toHtmlEscaped() << "</td>";
            t << "</tr>\n";
        } else if (line.startsWith(QLatin1String("### "))) {
            t << "<h3>" << line.mid(4).toHtmlEscaped() << "</h3>\n";
        } else if (line.startsWith(QLatin1String("## "))) {
            t << "<h2>" << line.mid(3).toHtmlEscaped() << "</h2>\n";
        } else if (line.startsWith(QLatin1String("# "))) {
            t << "<h1>" << line.mid(2).toHtmlEscaped() << "</h1>\n";
        } else if (line.startsWith(QLatin1String("- "))) {
            t << "<p>• " << line.mid(2).toHtmlEscaped() << "</p>\n";
        } else if (!line.isEmpty()) {
            t << "<p>" << line.toHtmlEscaped() << "</p>\n";
        }
    }
    if (inTable)
        t << "</table>\n";
    t << "</body></html>\n";
    return out;
}

QString HealthReport::render(Format format) const
{
    switch (format) {
    case Format::Json: return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    case Format::Html: return toHtml();
    case Format::Markdown: return toMarkdown();
    }
    return {};
}

bool HealthReport::parseFormat(const QString& name, Format* format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        *format = Format::Markdown;
    else if (n == QLatin1String("html") || n == QLatin1String("htm"))
        *format = Format::Html;
    else if (n == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

HealthReport::Format HealthReport::formatForPath(const QString& path)
{
    Format f = Format::Markdown;
    parseFormat(QFileInfo(path).suffix(), &f);
    return f;
}

} // namespace sg
