-- Per user table: scans, dead tuples, vacuum history, whether autovacuum is due (from its
-- thresholds, per-table settings included), and a statistics-based bloat estimate.
--
-- Bloat estimate: the pages the live rows should need, from pg_stats' average column widths,
-- the tuple header (23 bytes plus the null bitmap, aligned to 8), the item pointer (4 bytes) and
-- the fillfactor, against the pages the table has (relpages). It needs ANALYZE statistics and
-- ignores TOAST and alignment padding between columns, so it reads low for tables of wide
-- variable-length values and means nothing for a table never analyzed (estimate is NULL then).
WITH excl AS (
    -- Relations a session holds or waits for ACCESS EXCLUSIVE on: measuring them (pg_*_size) would
    -- queue behind that lock, so they get the statistics' size and the advisor names who holds it.
    SELECT l.relation, string_agg(DISTINCT l.pid::text, ',') AS pids,
           string_agg(DISTINCT coalesce(nullif(a.application_name, ''), '?'), ', ') AS applications
      FROM pg_locks l
      LEFT JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'relation' AND l.mode = 'AccessExclusiveLock'
       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
     GROUP BY l.relation
), settings AS (
    SELECT current_setting('block_size')::numeric AS bs,
           current_setting('autovacuum_vacuum_threshold')::numeric AS vac_base,
           current_setting('autovacuum_vacuum_scale_factor')::numeric AS vac_scale,
           current_setting('autovacuum')::bool AS autovacuum_on
), widths AS (
    SELECT s.schemaname, s.tablename,
           sum((1 - coalesce(s.null_frac, 0)) * coalesce(s.avg_width, 0)) AS data_width,
           count(*) AS stat_columns
      FROM pg_stats s
     WHERE s.schemaname NOT IN ('pg_catalog', 'information_schema')
     GROUP BY s.schemaname, s.tablename
), t AS (
    SELECT n.nspname AS schema, c.relname AS "table", c.oid, c.relpages, c.reltuples, c.relnatts,
           c.reltoastrelid,
           coalesce((SELECT option_value::numeric FROM pg_options_to_table(c.reloptions)
                      WHERE option_name = 'fillfactor'), 100) AS fillfactor,
           (SELECT option_value FROM pg_options_to_table(c.reloptions)
             WHERE option_name = 'autovacuum_enabled') AS av_enabled,
           (SELECT option_value::numeric FROM pg_options_to_table(c.reloptions)
             WHERE option_name = 'autovacuum_vacuum_threshold') AS av_base,
           (SELECT option_value::numeric FROM pg_options_to_table(c.reloptions)
             WHERE option_name = 'autovacuum_vacuum_scale_factor') AS av_scale,
           w.data_width, w.stat_columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN widths w ON w.schemaname = n.nspname AND w.tablename = c.relname
     WHERE c.relkind IN ('r', 'm')
       AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
       AND n.nspname NOT LIKE 'pg_temp%'
)
SELECT t.schema, t."table", t.oid::bigint AS table_oid,
       quote_ident(t.schema) || '.' || quote_ident(t."table") AS qualified_table,
       CASE WHEN x.pids IS NULL THEN pg_table_size(t.oid)
            ELSE (t.relpages::bigint + coalesce(toast.relpages, 0)) * s.bs::bigint END AS size_bytes,
       x.pids AS locked_by_pids, x.applications AS locked_by_applications,
       st.seq_scan, st.seq_tup_read, coalesce(st.idx_scan, 0) AS idx_scan,
       st.n_live_tup AS live_tuples, st.n_dead_tup AS dead_tuples,
       round(100.0 * st.n_dead_tup / nullif(st.n_live_tup + st.n_dead_tup, 0), 1) AS dead_pct,
       st.last_vacuum, st.last_autovacuum, st.last_analyze, st.last_autoanalyze,
       st.n_dead_tup > coalesce(t.av_base, s.vac_base) + coalesce(t.av_scale, s.vac_scale) * t.reltuples
           AS autovacuum_due,
       s.autovacuum_on AND coalesce(t.av_enabled, 'on') NOT IN ('off', 'false', '0') AS autovacuum_enabled,
       CASE WHEN t.data_width IS NULL OR t.reltuples <= 0 OR t.relpages = 0 THEN NULL
            ELSE greatest(0, t.relpages - ceil(t.reltuples * (
                     -- header (23 + null bitmap) aligned to 8, the data, and the 4-byte line pointer
                     ceil((23 + ceil(t.relnatts / 8.0)) / 8) * 8 + t.data_width + 4)
                   / ((s.bs - 24) * t.fillfactor / 100)))::bigint * s.bs::bigint
       END AS bloat_bytes,
       CASE WHEN t.data_width IS NULL OR t.reltuples <= 0 OR t.relpages = 0 THEN NULL
            ELSE round((100.0 * greatest(0, t.relpages - ceil(t.reltuples * (
                     ceil((23 + ceil(t.relnatts / 8.0)) / 8) * 8 + t.data_width + 4)
                   / ((s.bs - 24) * t.fillfactor / 100))) / t.relpages)::numeric, 1)
       END AS bloat_pct
  FROM t
  CROSS JOIN settings s
  LEFT JOIN excl x ON x.relation = t.oid
  LEFT JOIN pg_class toast ON toast.oid = t.reltoastrelid
  LEFT JOIN pg_stat_user_tables st ON st.relid = t.oid
 ORDER BY t.schema, t."table";
