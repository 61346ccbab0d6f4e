// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnTitles.h"

#include <QCoreApplication>
#include <QHash>

namespace sg {

namespace {

// The result columns the panels show, by the name the query gives them, with the title a reader
// sees; the name stays in the header's tooltip (it is what pg_stat_* and the docs call it).
struct Title
{
    const char* column;
    const char* title;
};
const Title kTitles[] = {
    {"pid", QT_TRANSLATE_NOOP("sg::ColumnTitles", "PID")},
    {"user", QT_TRANSLATE_NOOP("sg::ColumnTitles", "User")},
    {"application", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Application")},
    {"client", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Client")},
    {"database", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Database")},
    {"state", QT_TRANSLATE_NOOP("sg::ColumnTitles", "State")},
    {"wait_event", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Wait event")},
    {"blocked_by", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Blocked by")},
    {"waiting_for", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Waiting for")},
    {"lock_on", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Lock on")},
    {"xact_seconds", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Transaction (s)")},
    {"query_seconds", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Query (s)")},
    {"state_seconds", QT_TRANSLATE_NOOP("sg::ColumnTitles", "In state (s)")},
    {"query", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Query")},
    {"finding", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Finding")},
    {"schema", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Schema")},
    {"table", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Table")},
    {"index", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Index")},
    {"partitioned", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Partitioned")},
    {"scans", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Scans")},
    {"tuples_read", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Tuples read")},
    {"tuples_fetched", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Tuples fetched")},
    {"unique", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Unique")},
    {"primary", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Primary")},
    {"backs_constraint", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Backs constraint")},
    {"valid", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Valid")},
    {"method", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Method")},
    {"key_count", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Key columns")},
    {"columns", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Columns")},
    {"predicate", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Predicate")},
    {"expressions", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Expressions")},
    {"seq_scan", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Seq scans")},
    {"seq_tup_read", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Seq tuples read")},
    {"idx_scan", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Index scans")},
    {"live_tuples", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Live tuples")},
    {"dead_tuples", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Dead tuples")},
    {"dead_pct", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Dead %")},
    {"last_vacuum", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Last vacuum")},
    {"last_autovacuum", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Last autovacuum")},
    {"last_analyze", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Last analyze")},
    {"last_autoanalyze", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Last autoanalyze")},
    {"autovacuum_due", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Autovacuum due")},
    {"autovacuum_enabled", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Autovacuum on")},
    {"bloat_pct", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Bloat %")},
    {"queryid", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Query ID")},
    {"calls", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Calls")},
    {"total_ms", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Total ms")},
    {"mean_ms", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Mean ms")},
    {"max_ms", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Max ms")},
    {"stddev_ms", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Stddev ms")},
    {"plan_ms", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Planning ms")},
    {"rows", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Rows")},
    {"shared_hit", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Shared hit")},
    {"shared_read", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Shared read")},
    {"shared_dirtied", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Shared dirtied")},
    {"shared_written", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Shared written")},
    {"temp_read", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Temp read")},
    {"temp_written", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Temp written")},
    {"io_read_ms", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Read I/O ms")},
    {"io_write_ms", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Write I/O ms")},
    {"temp_io_ms", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Temp I/O ms")},
    {"wal_bytes", QT_TRANSLATE_NOOP("sg::ColumnTitles", "WAL bytes")},
    {"reset", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Reset")},
    {"seconds", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Seconds")},
    {"kind", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Kind")},
    {"subject", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Subject")},
    {"object", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Object")},
    {"bytes", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Bytes")},
    {"detail", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Detail")},
    {"fix", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Fix")},
    {"total", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Total")},
    {"active", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Active")},
    {"idle", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Idle")},
    {"idle_in_transaction", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Idle in transaction")},
    {"waiting", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Waiting")},
    {"share_of_max_pct", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Share of max %")},
    {"sessions", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Sessions")},
    {"busy", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Busy")},
    {"time", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Time")},
    {"rule", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Rule")},
    {"value", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Value")},
    {"threshold", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Threshold")},
    {"message", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Message")},
    {"timed", QT_TRANSLATE_NOOP("sg::ColumnTitles", "On time")},
    {"requested", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Requested")},
    {"write_ms", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Write (ms)")},
    {"sync_ms", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Sync (ms)")},
    {"buffers_checkpointer", QT_TRANSLATE_NOOP("sg::ColumnTitles", "By the checkpointer")},
    {"buffers_bgwriter", QT_TRANSLATE_NOOP("sg::ColumnTitles", "By the background writer")},
    {"buffers_backends", QT_TRANSLATE_NOOP("sg::ColumnTitles", "By backends")},
    {"maxwritten_clean", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Background writer stopped at its limit")},
    {"since_ms", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Since")},
    {"backend_type", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Backend type")},
    {"context", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Context")},
    {"reads", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Reads")},
    {"writes", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Writes")},
    {"extends", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Extends")},
    {"fsyncs", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Fsyncs")},
    {"hits", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Hits")},
    {"xid_age", QT_TRANSLATE_NOOP("sg::ColumnTitles", "XID age")},
    {"mxid_age", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Multixact age")},
    {"allows_connections", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Allows connections")},
    {"freeze_max_age", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Forced freeze at")},
    {"mxid_freeze_max_age", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Multixact freeze at")},
    {"next_xid", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Next XID")},
    {"last_vacuum_ms", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Last vacuum")},
    {"last_analyze_ms", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Last analyze")},
    {"xmin_age", QT_TRANSLATE_NOOP("sg::ColumnTitles", "xmin age")},
    {"name", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Name")},
    {"sequence", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Sequence")},
    {"used_pct", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Used %")},
    {"values_left", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Values left")},
    {"per_hour", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Used per hour")},
    {"full_in_s", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Full in")},
    {"table_schema", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Table schema")},
    {"column", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Column")},
    {"column_type", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Column type")},
    {"sequence_type", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Sequence type")},
    {"last_value", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Last value")},
    {"limit_value", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Limit")},
    {"increment_by", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Increment")},
    {"cycle", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Cycles")},
    {"reason", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Reason")},
    {"urgency", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Urgency")},
    {"dead_rows", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Dead rows")},
    {"vacuum_threshold", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Vacuum threshold")},
    {"inserted", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Inserted since vacuum")},
    {"modified", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Changed since analyze")},
    {"vacuuming_now", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Vacuuming now")},
    {"command", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Command")},
    {"phase", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Phase")},
    {"percent", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Done %")},
    {"eta_s", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Time left")},
    {"running_s", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Running for")},
    {"done", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Done")},
    {"unit", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Unit")},
    {"autovacuum", QT_TRANSLATE_NOOP("sg::ColumnTitles", "Autovacuum")},
};

} // namespace

QString columnTitle(const QString& name)
{
    static const QHash<QString, const char*> byColumn = [] {
        QHash<QString, const char*> h;
        for (const Title& t : kTitles)
            h.insert(QString::fromLatin1(t.column), t.title);
        return h;
    }();
    if (const char* title = byColumn.value(name))
        return QCoreApplication::translate("sg::ColumnTitles", title);
    // A column no panel lists (a user's own query in a result table): its name, as given.
    return name;
}

} // namespace sg
