// SPDX-License-Identifier: GPL-3.0-or-later
// The health report's Markdown sections, written from its JSON (HealthReport::toJson), so the two
// formats cannot tell different stories.
#include "HealthReportSections.h"

#include "HealthReport.h"

#include "db/Durations.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <QTextStream>

namespace sg::healthreport {

namespace {

QString cell(const QString& text)
{
    QString out = text;
    return out.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString count(const QJsonValue& v)
{
    return QLocale().toString(v.toInteger());
}

} // namespace

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
        return HealthReport::tr(
            "loaded but not installed in this database: CREATE EXTENSION pg_stat_statements");
    return HealthReport::tr("not installed (add it to shared_preload_libraries, restart, then "
                            "CREATE EXTENSION pg_stat_statements)");
}

QString dateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString pct(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined() ? QStringLiteral("–")
                                         : QString::number(v.toDouble(), 'f', 2) + QStringLiteral(" %");
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
             .arg(locale.toString(timed), locale.toString(requested),
                  pct(c.value(QStringLiteral("requested_pct"))),
                  c.value(QStringLiteral("since")).toString().replace(QLatin1Char('T'), QLatin1Char(' ')))
      << "\n- "
      << HealthReport::tr(
             "Buffers written by the checkpointer %1, the background writer %2, backends themselves %3 (%4)")
             .arg(locale.toString(qint64(buffers.value(QStringLiteral("checkpointer")).toDouble())),
                  locale.toString(qint64(buffers.value(QStringLiteral("background_writer")).toDouble())),
                  locale.toString(qint64(buffers.value(QStringLiteral("backends")).toDouble())),
                  pct(buffers.value(QStringLiteral("backends_pct"))))
      << "\n";
    for (const CheckpointAdvice::Advice& a : advice)
        t << "- **" << a.headline << "**: " << a.text << "\n";
    if (io.isNull()) {
        t << "- " << HealthReport::tr("I/O by backend type: pg_stat_io needs PostgreSQL 16 or later.")
          << "\n";
        return;
    }
    t << "\n| backend_type | object | context | reads | writes | extends | fsyncs | hits |\n"
         "|---|---|---|---|---|---|---|---|\n";
    for (const QJsonValue& v : io.toArray()) {
        const QJsonObject r = v.toObject();
        t << "| " << r.value(QStringLiteral("backend_type")).toString() << " | "
          << r.value(QStringLiteral("object")).toString() << " | "
          << r.value(QStringLiteral("context")).toString();
        for (const char* k : {"reads", "writes", "extends", "fsyncs", "hits"})
            t << " | " << locale.toString(qint64(r.value(QString::fromLatin1(k)).toDouble()));
        t << " |\n";
    }
}

// A value inside a Markdown table row: a | or a line break in a name would end the cell.
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

// Wraparound and sequences for people: where the oldest transaction ID stands against the two
// limits and when it gets there, what keeps vacuum from freezing, and sequences running out.
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

} // namespace sg::healthreport
