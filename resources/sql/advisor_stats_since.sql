-- Since when the usage statistics of this database count: the last reset, or the server start
-- when they were never reset (conservative: PostgreSQL 15 keeps them across clean restarts).
SELECT (extract(epoch FROM coalesce(d.stats_reset, pg_postmaster_start_time())) * 1000)::bigint AS since_ms,
       d.stats_reset IS NOT NULL AS was_reset,
       (extract(epoch FROM now()) * 1000)::bigint AS now_ms
  FROM pg_stat_database d
 WHERE d.datname = current_database();
