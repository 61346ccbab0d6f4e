// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthReport.h"

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

namespace {

// Installed is not enough: without the preload the extension's views raise an error.
QString statementsState(const QJsonObject& pss)
{
    const bool installed = pss.value(QStringLiteral("installed")).toBool();
    const QJsonValue preloaded = pss.value(QStringLiteral("preloaded"));
    if (installed && preloaded.isBool() && !preloaded.toBool())
        return HealthReport::tr("installed but not loaded: add it to shared_preload_libraries and restart "
                                "the server (its views fail until then)");
    if (installed)
        return HealthReport::tr("installed and loaded");
    if (preloaded.toBool())
        return HealthReport::tr("loaded but not installed in this database: CREATE EXTENSION pg_stat_statements");
    return HealthReport::tr("not installed (add it to shared_preload_libraries, restart, then "
                            "CREATE EXTENSION pg_stat_statements)");
}

} // namespace

namespace {

QString dateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString pct(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined() ? QStringLiteral("–") : QString::number(v.toDouble(), 'f', 2) + QStringLiteral(" %");
}

QJsonValue finite(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

// Checkpoints and I/O for people, with what to do when the figures say so: checkpoints that WAL
// volume forced (max_wal_size too small for the write load), backends writing out buffers
// themselves (shared_buffers or the background writer cannot keep up).
void writeCheckpoints(QTextStream& t, const QJsonObject& c, const QJsonValue& io,
                      const QList<CheckpointAdvice::Advice>& advice)
{
    const QLocale locale;
    const qint64 timed = qint64(c.value(QStringLiteral("timed")).toDouble());
    const qint64 requested = qint64(c.value(QStringLiteral("requested")).toDouble());
    const QJsonObject buffers = c.value(QStringLiteral("buffers_written")).toObject();
    t << "\n## " << HealthReport::tr("Checkpoints and I/O") << "\n\n- "
      << HealthReport::tr("Checkpoints: %1 on time, %2 requested (%3), since %4")
             .arg(locale.toString(timed), locale.toString(requested), pct(c.value(QStringLiteral("requested_pct"))),
                  c.value(QStringLiteral("since")).toString().replace(QLatin1Char('T'), QLatin1Char(' ')))
      << "\n- "
      << HealthReport::tr("Buffers written by the checkpointer %1, the background writer %2, backends themselves %3 (%4)")
             .arg(locale.toString(qint64(buffers.value(QStringLiteral("checkpointer")).toDouble())),
                  locale.toString(qint64(buffers.value(QStringLiteral("background_writer")).toDouble())),
                  locale.toString(qint64(buffers.value(QStringLiteral("backends")).toDouble())),
                  pct(buffers.value(QStringLiteral("backends_pct"))))
      << "\n";
    for (const CheckpointAdvice::Advice& a : advice)
        t << "- **" << a.headline << "**: " << a.text << "\n";
    if (io.isNull()) {
        t << "- " << HealthReport::tr("I/O by backend type: pg_stat_io needs PostgreSQL 16 or later.") << "\n";
        return;
    }
    t << "\n| backend_type | object | context | reads | writes | extends | fsyncs | hits |\n"
         "|---|---|---|---|---|---|---|---|\n";
    for (const QJsonValue& v : io.toArray()) {
        const QJsonObject r = v.toObject();
        t << "| " << r.value(QStringLiteral("backend_type")).toString() << " | " << r.value(QStringLiteral("object")).toString()
          << " | " << r.value(QStringLiteral("context")).toString();
        for (const char* k : {"reads", "writes", "extends", "fsyncs", "hits"})
            t << " | " << locale.toString(qint64(r.value(QString::fromLatin1(k)).toDouble()));
        t << " |\n";
    }
}

// A value inside a Markdown table row: a | or a line break in a name would end the cell.
QString cell(const QString& text)
{
    QString out = text;
    return out.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString count(const QJsonValue& v)
{
    return QLocale().toString(v.toInteger());
}

// Wraparound and sequences for people: where the oldest transaction ID stands against the two
// limits and when it gets there, what keeps vacuum from freezing, and sequences running out.
// Autovacuum's workers, the tables it owes work to (the most urgent twenty) and every command in
// progress, as the Production health panel shows them.
void writeVacuum(QTextStream& t, const QJsonObject& v)
{
    const QLocale l;
    t << "\n## " << HealthReport::tr("Vacuum and commands in progress") << "\n\n- ";
    if (v.value(QStringLiteral("autovacuum_on")).toBool())
        t << HealthReport::tr("Autovacuum: %1 of %2 workers busy.")
                 .arg(v.value(QStringLiteral("workers_busy")).toInt())
                 .arg(v.value(QStringLiteral("workers_max")).toInt());
    else
        t << HealthReport::tr("Autovacuum is off: only anti-wraparound vacuums run.");
    const QJsonArray queue = v.value(QStringLiteral("queue")).toArray();
    t << "\n- " << HealthReport::tr("Tables past a vacuum or analyze threshold: %1").arg(queue.size())
      << "\n";
    if (!queue.isEmpty()) {
        t << "\n| " << HealthReport::tr("table") << " | " << HealthReport::tr("reason") << " | "
          << HealthReport::tr("urgency") << " | " << HealthReport::tr("dead rows / threshold") << " | "
          << HealthReport::tr("XID age / freeze age") << " |\n|---|---|---|---|---|\n";
        for (qsizetype i = 0; i < queue.size() && i < 20; ++i) {
            const QJsonObject q = queue.at(i).toObject();
            t << "| " << q.value(QStringLiteral("schema")).toString() << '.'
              << q.value(QStringLiteral("table")).toString() << " | "
              << q.value(QStringLiteral("reason")).toString() << " | "
              << l.toString(q.value(QStringLiteral("urgency")).toDouble(), 'f', 2) << " | "
              << l.toString(qint64(q.value(QStringLiteral("dead_rows")).toDouble())) << " / "
              << l.toString(qint64(q.value(QStringLiteral("vacuum_threshold")).toDouble())) << " | "
              << l.toString(qint64(q.value(QStringLiteral("xid_age")).toDouble())) << " / "
              << l.toString(qint64(q.value(QStringLiteral("freeze_max_age")).toDouble())) << " |\n";
        }
        if (queue.size() > 20)
            t << "\n" << HealthReport::tr("(%1 more in the JSON report)").arg(queue.size() - 20) << "\n";
    }
    const QJsonArray running = v.value(QStringLiteral("in_progress")).toArray();
    t << "\n- " << HealthReport::tr("Commands in progress: %1").arg(running.size()) << "\n";
    for (const QJsonValue& value : running) {
        const QJsonObject p = value.toObject();
        QString what = p.value(QStringLiteral("command")).toString();
        if (!p.value(QStringLiteral("object")).toString().isEmpty())
            what += QLatin1Char(' ') + p.value(QStringLiteral("object")).toString();
        t << "  - " << what << ": " << p.value(QStringLiteral("phase")).toString();
        if (!p.value(QStringLiteral("percent")).isNull())
            t << ", " << l.toString(p.value(QStringLiteral("percent")).toDouble(), 'f', 1) << " %";
        t << " ("
          << HealthReport::tr("session %1, running for %2")
                 .arg(qint64(p.value(QStringLiteral("pid")).toDouble()))
                 .arg(durationText(p.value(QStringLiteral("running_ms")).toDouble() / 1000.0))
          << ")\n";
    }
}

// Replication in the panel's sentences, then every standby and slot with its lag or the WAL it keeps.
void writeReplication(QTextStream& t, const QJsonObject& r)
{
    const QLocale l;
    auto size = [&l](const QJsonValue& v) {
        return v.isNull() ? QStringLiteral("–")
                          : l.formattedDataSize(v.toInteger(), 1, QLocale::DataSizeIecFormat);
    };
    auto seconds = [](const QJsonValue& v) {
        return v.isNull() ? QStringLiteral("–") : durationText(v.toDouble());
    };
    t << "\n## " << HealthReport::tr("Replication and WAL") << "\n\n";
    for (const QJsonValue& s : r.value(QStringLiteral("summary")).toArray())
        t << "- " << s.toString() << "\n";
    const QJsonArray standbys = r.value(QStringLiteral("standbys")).toArray();
    if (!standbys.isEmpty()) {
        t << "\n| " << HealthReport::tr("standby") << " | " << HealthReport::tr("state") << " | "
          << HealthReport::tr("replay lag") << " | " << HealthReport::tr("not replayed") << " | "
          << HealthReport::tr("slot") << " |\n|---|---|---|---|---|\n";
        for (const QJsonValue& value : standbys) {
            const QJsonObject s = value.toObject();
            t << "| " << cell(s.value(QStringLiteral("standby")).toString()) << " | "
              << s.value(QStringLiteral("state")).toString() << ", "
              << s.value(QStringLiteral("sync_state")).toString() << " | "
              << seconds(s.value(QStringLiteral("replay_lag_s"))) << " | "
              << size(s.value(QStringLiteral("unreplayed_bytes"))) << " | "
              << cell(s.value(QStringLiteral("slot")).toString()) << " |\n";
        }
    }
    const QJsonArray slotList = r.value(QStringLiteral("slots")).toArray();
    if (!slotList.isEmpty()) {
        t << "\n| " << HealthReport::tr("slot") << " | " << HealthReport::tr("type") << " | "
          << HealthReport::tr("active") << " | " << HealthReport::tr("WAL retained") << " | "
          << HealthReport::tr("WAL status") << " |\n|---|---|---|---|---|\n";
        for (const QJsonValue& value : slotList) {
            const QJsonObject s = value.toObject();
            t << "| " << cell(s.value(QStringLiteral("slot")).toString()) << " | "
              << s.value(QStringLiteral("type")).toString() << " | "
              << (s.value(QStringLiteral("active")).toBool() ? HealthReport::tr("yes")
                                                             : HealthReport::tr("no"))
              << " | " << size(s.value(QStringLiteral("retained_bytes"))) << " | "
              << s.value(QStringLiteral("wal_status")).toString() << " |\n";
        }
    }
    const QJsonArray subscriptions = r.value(QStringLiteral("subscriptions")).toArray();
    if (!subscriptions.isEmpty()) {
        t << "\n| " << HealthReport::tr("subscription") << " | " << HealthReport::tr("database") << " | "
          << HealthReport::tr("apply worker") << " | " << HealthReport::tr("last message") << " | "
          << HealthReport::tr("apply errors") << " |\n|---|---|---|---|---|\n";
        for (const QJsonValue& value : subscriptions) {
            const QJsonObject s = value.toObject();
            const QJsonValue pid = s.value(QStringLiteral("pid"));
            const QJsonValue errors = s.value(QStringLiteral("apply_errors"));
            t << "| " << cell(s.value(QStringLiteral("subscription")).toString()) << " | "
              << cell(s.value(QStringLiteral("database")).toString()) << " | "
              << (!s.value(QStringLiteral("enabled")).toBool() ? HealthReport::tr("disabled")
                  : pid.isNull()                               ? HealthReport::tr("not running")
                                                               : QString::number(pid.toInteger()))
              << " | " << seconds(s.value(QStringLiteral("last_message_age_s"))) << " | "
              << (errors.isNull() ? QStringLiteral("–") : QString::number(errors.toInteger())) << " |\n";
        }
    }
}

void writeWraparound(QTextStream& t, const QJsonObject& w, const QJsonArray& sequences)
{
    const QLocale l;
    const QJsonArray databases = w.value(QStringLiteral("databases")).toArray();
    t << "\n## " << HealthReport::tr("Transaction ID wraparound and sequences") << "\n\n";
    if (!databases.isEmpty()) {
        const QJsonObject oldest = databases.first().toObject();
        t << "- "
          << HealthReport::tr(
                 "Oldest unfrozen transaction ID: database %1, age %2, %3 % of autovacuum_freeze_max_age "
                 "(%4) and %5 % of the age where writes stop (%6)")
                 .arg(oldest.value(QStringLiteral("database")).toString(),
                      count(oldest.value(QStringLiteral("xid_age"))),
                      l.toString(oldest.value(QStringLiteral("pct_of_freeze_max_age")).toDouble(), 'f', 1),
                      count(w.value(QStringLiteral("freeze_max_age"))),
                      l.toString(oldest.value(QStringLiteral("pct_of_stop_limit")).toDouble(), 'f', 2),
                      count(w.value(QStringLiteral("stop_limit_age"))))
          << "\n";
    }
    const QJsonObject f = w.value(QStringLiteral("forecast")).toObject();
    const QString summary = f.value(QStringLiteral("summary")).toString();
    if (summary.isEmpty()) // the basis says why there is none
        t << "- " << f.value(QStringLiteral("basis")).toString() << "\n";
    else
        t << "- "
          << HealthReport::tr("Forecast: %1 (%2)").arg(summary, f.value(QStringLiteral("basis")).toString())
          << "\n";
    for (const QJsonValue& v : databases) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("pct_of_freeze_max_age")).toDouble() >= 100)
            t << "- **"
              << HealthReport::tr("Anti-wraparound vacuum due in %1")
                     .arg(d.value(QStringLiteral("database")).toString())
              << "**: "
              << HealthReport::tr(
                     "its age is past autovacuum_freeze_max_age; autovacuum will freeze it and cannot be "
                     "cancelled. If it does not finish, see what holds the horizon back below.")
              << "\n";
    }
    t << "\n| database | xid age | multixact age | % of freeze age |\n|---|---|---|---|\n";
    for (const QJsonValue& v : databases) {
        const QJsonObject d = v.toObject();
        t << "| " << cell(d.value(QStringLiteral("database")).toString()) << " | "
          << count(d.value(QStringLiteral("xid_age"))) << " | " << count(d.value(QStringLiteral("mxid_age")))
          << " | " << l.toString(d.value(QStringLiteral("pct_of_freeze_max_age")).toDouble(), 'f', 1)
          << " |\n";
    }
    const QJsonArray holders = w.value(QStringLiteral("horizon_held_by")).toArray();
    t << "\n"
      << HealthReport::tr(
             "What holds the xmin horizon back (vacuum can neither remove dead rows nor freeze past it):")
      << "\n\n";
    if (holders.isEmpty()) {
        t << "- "
          << HealthReport::tr(
                 "nothing: no old snapshot, replication slot, prepared transaction or standby feedback.")
          << "\n";
    } else {
        t << "| kind | name | xmin age | detail |\n|---|---|---|---|\n";
        for (const QJsonValue& v : holders) {
            const QJsonObject h = v.toObject();
            t << "| " << h.value(QStringLiteral("kind")).toString() << " | "
              << cell(h.value(QStringLiteral("name")).toString()) << " | "
              << count(h.value(QStringLiteral("xmin_age"))) << " | "
              << cell(h.value(QStringLiteral("detail")).toString()) << " |\n";
        }
    }
    t << "\n"
      << HealthReport::tr("Tables of this database with the oldest transaction IDs:") << "\n\n"
      << "| table | xid age | freeze age | size |\n|---|---|---|---|\n";
    for (const QJsonValue& v : w.value(QStringLiteral("oldest_tables")).toArray()) {
        const QJsonObject r = v.toObject();
        t << "| "
          << cell(r.value(QStringLiteral("schema")).toString() + QLatin1Char('.') +
                  r.value(QStringLiteral("table")).toString())
          << " | " << count(r.value(QStringLiteral("xid_age"))) << " | "
          << count(r.value(QStringLiteral("freeze_max_age"))) << " | "
          << l.formattedDataSize(qint64(r.value(QStringLiteral("bytes")).toDouble())) << " |\n";
    }
    // Sequences: only those past half their range are listed; the JSON has all of them.
    QJsonArray near;
    for (const QJsonValue& v : sequences)
        if (v.toObject().value(QStringLiteral("used_pct")).toDouble() >= 50)
            near.append(v);
    t << "\n"
      << HealthReport::tr("Sequences: %1 in this database, %2 past half of their range.")
             .arg(sequences.size())
             .arg(near.size())
      << "\n";
    if (near.isEmpty())
        return;
    t << "\n| sequence | feeds | used | values left |\n|---|---|---|---|\n";
    for (const QJsonValue& v : near) {
        const QJsonObject q = v.toObject();
        const QString column = q.value(QStringLiteral("column")).isNull()
                                   ? QString()
                                   : q.value(QStringLiteral("table_schema")).toString() + QLatin1Char('.') +
                                         q.value(QStringLiteral("table")).toString() + QLatin1Char('.') +
                                         q.value(QStringLiteral("column")).toString() + QLatin1Char(' ') +
                                         q.value(QStringLiteral("column_type")).toString();
        t << "| "
          << cell(q.value(QStringLiteral("schema")).toString() + QLatin1Char('.') +
                  q.value(QStringLiteral("sequence")).toString())
          << " | " << cell(column) << " | "
          << l.toString(q.value(QStringLiteral("used_pct")).toDouble(), 'f', 2) << " % | "
          << l.toString(q.value(QStringLiteral("values_left")).toInteger()) << " |\n";
    }
    for (const QJsonValue& v : near) {
        const QJsonObject q = v.toObject();
        if (q.value(QStringLiteral("used_pct")).toDouble() < 75)
            continue;
        const bool narrowColumn =
            q.value(QStringLiteral("column_type")).toString() == QLatin1String("integer") ||
            q.value(QStringLiteral("column_type")).toString() == QLatin1String("smallint");
        t << "\n- **"
          << HealthReport::tr("%1 is running out")
                 .arg(q.value(QStringLiteral("schema")).toString() + QLatin1Char('.') +
                      q.value(QStringLiteral("sequence")).toString())
          << "**: "
          << (narrowColumn
                  ? HealthReport::tr(
                        "the column it feeds is %1: when it is full, inserts fail with \"out of range\". "
                        "Change the column to bigint (a new column filled in batches, then swapped) "
                        "before it runs out.")
                        .arg(q.value(QStringLiteral("column_type")).toString())
                  : HealthReport::tr(
                        "nextval() fails when it reaches its limit. Raise MAXVALUE or change its type to "
                        "bigint (ALTER SEQUENCE … AS bigint) before it runs out."))
          << "\n";
    }
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
