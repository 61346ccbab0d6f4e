-- Dead tuples and (auto)vacuum history per table for the Bloat & vacuum dock.
SELECT schemaname                                   AS schema,
       relname                                      AS "table",
       n_live_tup                                   AS live_tuples,
       n_dead_tup                                   AS dead_tuples,
       round(100.0 * n_dead_tup / nullif(n_live_tup + n_dead_tup, 0), 1) AS dead_pct,
       pg_size_pretty(pg_table_size(relid))         AS size,
       last_vacuum,
       last_autovacuum,
       last_analyze,
       last_autoanalyze
  FROM pg_stat_user_tables
 ORDER BY n_dead_tup DESC;
