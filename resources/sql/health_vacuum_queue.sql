-- The tables autovacuum owes work to now, most urgent first: past their freeze age (an
-- anti-wraparound vacuum, which cannot be skipped), past their vacuum threshold by dead rows or
-- (13+) by inserts, or past their analyze threshold. Each threshold is the table's own storage
-- parameter where it has one, else the server's setting: base + scale factor × reltuples, capped
-- by autovacuum_vacuum_max_threshold on 18 (absent before: least() ignores the NULL). urgency is
-- how far past its worst threshold a table is (1 = just reached). Tables with autovacuum turned
-- off are listed too: only a wraparound vacuum ever reaches them. System catalogs count: autovacuum
-- owes them work like any table. One pass over pg_class with the three counters needed
-- (pg_stat_user_tables would compute every counter and join pg_index); storage parameters are
-- read only for tables that have any, vacuum times only for the rows shown.
WITH s AS MATERIALIZED (
    SELECT current_setting('autovacuum_vacuum_threshold')::float8          AS vac_base,
           current_setting('autovacuum_vacuum_scale_factor')::float8       AS vac_scale,
           current_setting('autovacuum_vacuum_insert_threshold')::float8   AS ins_base,
           current_setting('autovacuum_vacuum_insert_scale_factor')::float8 AS ins_scale,
           current_setting('autovacuum_analyze_threshold')::float8         AS an_base,
           current_setting('autovacuum_analyze_scale_factor')::float8      AS an_scale,
           current_setting('autovacuum_freeze_max_age')::float8            AS freeze_max,
           current_setting('autovacuum_vacuum_max_threshold', true)::float8 AS vac_max
), c AS MATERIALIZED (
    SELECT c.oid, c.relnamespace, c.relname, c.reloptions,
           greatest(c.reltuples, 0)::float8          AS tuples,
           age(c.relfrozenxid)::float8               AS xid_age,
           pg_stat_get_dead_tuples(c.oid)            AS n_dead_tup,
           pg_stat_get_ins_since_vacuum(c.oid)       AS n_ins_since_vacuum,
           pg_stat_get_mod_since_analyze(c.oid)      AS n_mod_since_analyze
      FROM pg_class c
     WHERE c.relkind IN ('r', 'm')
), t AS (
    SELECT c.*, NULL::bool AS o_enabled, NULL::float8 AS o_vac_base, NULL::float8 AS o_vac_scale,
           NULL::float8 AS o_vac_max, NULL::float8 AS o_ins_base, NULL::float8 AS o_ins_scale,
           NULL::float8 AS o_an_base, NULL::float8 AS o_an_scale, NULL::float8 AS o_freeze_max
      FROM c WHERE c.reloptions IS NULL
    UNION ALL
    SELECT c.*, o.*
      FROM c, LATERAL (
          SELECT max(option_value) FILTER (WHERE option_name = 'autovacuum_enabled')::bool                    AS o_enabled,
                 max(option_value) FILTER (WHERE option_name = 'autovacuum_vacuum_threshold')::float8         AS o_vac_base,
                 max(option_value) FILTER (WHERE option_name = 'autovacuum_vacuum_scale_factor')::float8      AS o_vac_scale,
                 max(option_value) FILTER (WHERE option_name = 'autovacuum_vacuum_max_threshold')::float8     AS o_vac_max,
                 max(option_value) FILTER (WHERE option_name = 'autovacuum_vacuum_insert_threshold')::float8  AS o_ins_base,
                 max(option_value) FILTER (WHERE option_name = 'autovacuum_vacuum_insert_scale_factor')::float8 AS o_ins_scale,
                 max(option_value) FILTER (WHERE option_name = 'autovacuum_analyze_threshold')::float8        AS o_an_base,
                 max(option_value) FILTER (WHERE option_name = 'autovacuum_analyze_scale_factor')::float8     AS o_an_scale,
                 max(option_value) FILTER (WHERE option_name = 'autovacuum_freeze_max_age')::float8           AS o_freeze_max
            FROM pg_options_to_table(c.reloptions)
      ) o
     WHERE c.reloptions IS NOT NULL
), r AS (
    SELECT t.*,
           coalesce(o_enabled, true) AS autovacuum_enabled,
           least(coalesce(o_vac_base, vac_base) + coalesce(o_vac_scale, vac_scale) * tuples,
                 coalesce(o_vac_max, vac_max)) AS vac_threshold,
           CASE WHEN coalesce(o_ins_base, ins_base) >= 0
                THEN coalesce(o_ins_base, ins_base) + coalesce(o_ins_scale, ins_scale) * tuples END AS ins_threshold,
           coalesce(o_an_base, an_base) + coalesce(o_an_scale, an_scale) * tuples AS an_threshold,
           -- a table's own freeze age may only lower the server's
           least(coalesce(o_freeze_max, freeze_max), freeze_max) AS freeze_threshold
      FROM t, s
), u AS (
    SELECT r.*,
           xid_age / nullif(freeze_threshold, 0) AS freeze_ratio,
           n_dead_tup / nullif(vac_threshold, 0) AS dead_ratio,
           n_ins_since_vacuum / nullif(ins_threshold, 0) AS ins_ratio,
           n_mod_since_analyze / nullif(an_threshold, 0) AS an_ratio
      FROM r
)
SELECT n.nspname AS schema, u.relname AS "table",
       CASE WHEN freeze_ratio >= 1 THEN 'freeze'
            WHEN NOT autovacuum_enabled THEN 'autovacuum off'
            WHEN dead_ratio >= 1 THEN 'dead rows'
            WHEN ins_ratio >= 1 THEN 'inserts'
            ELSE 'analyze' END                                        AS reason,
       round(greatest(freeze_ratio, dead_ratio, ins_ratio, an_ratio)::numeric, 2)::float8 AS urgency,
       n_dead_tup AS dead_rows, round(vac_threshold)::bigint AS vacuum_threshold,
       n_ins_since_vacuum AS inserted, n_mod_since_analyze AS modified,
       xid_age::bigint, freeze_threshold::bigint AS freeze_max_age,
       autovacuum_enabled,
       (extract(epoch FROM greatest(pg_stat_get_last_vacuum_time(u.oid),
                                    pg_stat_get_last_autovacuum_time(u.oid))) * 1000)::bigint  AS last_vacuum_ms,
       (extract(epoch FROM greatest(pg_stat_get_last_analyze_time(u.oid),
                                    pg_stat_get_last_autoanalyze_time(u.oid))) * 1000)::bigint AS last_analyze_ms,
       EXISTS (SELECT 1 FROM pg_stat_progress_vacuum v WHERE v.relid = u.oid) AS vacuuming_now
  FROM u
  JOIN pg_namespace n ON n.oid = u.relnamespace
 WHERE greatest(freeze_ratio, dead_ratio, ins_ratio, an_ratio) >= 1
 ORDER BY freeze_ratio >= 1 DESC, greatest(freeze_ratio, dead_ratio, ins_ratio, an_ratio) DESC, n.nspname, u.relname
 LIMIT 100;
