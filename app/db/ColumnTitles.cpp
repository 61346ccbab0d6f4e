// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnTitles.h"

#include <QCoreApplication>

namespace sg {

namespace {

// The result columns the panels show. In English a column keeps its catalog name (pg_stat_*'s
// names are what DBAs know); in other languages it is translated. Listed here so lupdate sees them.
[[maybe_unused]] const char* const kTitles[] = {
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "pid"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "user"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "application"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "client"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "database"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "state"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "wait_event"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "blocked_by"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "waiting_for"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "lock_on"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "xact_seconds"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "query_seconds"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "state_seconds"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "query"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "finding"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "schema"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "table"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "index"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "partitioned"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "scans"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "tuples_read"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "tuples_fetched"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "unique"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "primary"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "backs_constraint"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "valid"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "method"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "key_count"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "columns"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "predicate"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "expressions"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "seq_scan"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "seq_tup_read"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "idx_scan"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "live_tuples"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "dead_tuples"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "dead_pct"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "last_vacuum"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "last_autovacuum"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "last_analyze"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "last_autoanalyze"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "autovacuum_due"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "autovacuum_enabled"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "bloat_pct"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "queryid"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "calls"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "total_ms"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "mean_ms"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "max_ms"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "stddev_ms"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "plan_ms"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "rows"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "shared_hit"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "shared_read"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "shared_dirtied"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "shared_written"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "temp_read"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "temp_written"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "io_read_ms"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "io_write_ms"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "temp_io_ms"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "wal_bytes"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "reset"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "seconds"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "kind"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "subject"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "object"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "bytes"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "detail"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "fix"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "total"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "active"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "idle"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "idle_in_transaction"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "waiting"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "share_of_max_pct"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "sessions"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "busy"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "time"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "rule"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "value"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "threshold"),
    QT_TRANSLATE_NOOP("sg::ColumnTitles", "message"),
};

} // namespace

QString columnTitle(const QString& name)
{
    const QByteArray key = name.toUtf8();
    return QCoreApplication::translate("sg::ColumnTitles", key.constData());
}

} // namespace sg
