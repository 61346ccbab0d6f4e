-- The first part of the health report: version, the settings that matter, cache hit ratios since
-- the statistics began, connection use, and whether pg_stat_statements is there. Settings our
-- role may not read are left out by pg_settings itself.
SELECT current_setting('server_version')                                 AS server_version,
       current_database()                                                AS database,
       current_user                                                      AS "user",
       (extract(epoch FROM pg_postmaster_start_time()) * 1000)::bigint   AS started_ms,
       (SELECT json_object_agg(name, current_setting(name) ORDER BY name)
          FROM pg_settings
         WHERE name IN ('max_connections', 'superuser_reserved_connections', 'reserved_connections',
                        'shared_buffers', 'work_mem',
                        'maintenance_work_mem', 'effective_cache_size', 'statement_timeout', 'lock_timeout',
                        'idle_in_transaction_session_timeout', 'autovacuum', 'track_io_timing',
                        'shared_preload_libraries', 'random_page_cost'))  AS settings,
       EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements') AS pg_stat_statements_installed,
       (SELECT setting LIKE '%pg_stat_statements%' FROM pg_settings WHERE name = 'shared_preload_libraries')
                                                                         AS pg_stat_statements_preloaded,
       (SELECT round(100.0 * sum(blks_hit) / nullif(sum(blks_hit) + sum(blks_read), 0), 2)
          FROM pg_stat_database)                                         AS cache_hit_pct,
       (SELECT round(100.0 * sum(heap_blks_hit) / nullif(sum(heap_blks_hit) + sum(heap_blks_read), 0), 2)
          FROM pg_statio_user_tables)                                    AS table_hit_pct,
       (SELECT round(100.0 * sum(idx_blks_hit) / nullif(sum(idx_blks_hit) + sum(idx_blks_read), 0), 2)
          FROM pg_statio_user_indexes)                                   AS index_hit_pct,
       (SELECT count(*) FROM pg_stat_activity
         WHERE backend_type = 'client backend' OR (backend_type IS NULL AND usesysid IS NOT NULL AND datid IS NOT NULL)) AS connections,
       current_setting('max_connections')::int
         - current_setting('superuser_reserved_connections')::int
         - coalesce(current_setting('reserved_connections', true)::int, 0) AS usable_connections; -- 16+
