-- Block hits and reads of the connected database's user tables and their indexes, for the table
-- and index cache hit ratios. pg_statio_user_tables has a row per table (10,000 tables cost
-- 50-70 ms here), so this is read at its own slow pace, apart from the one-second sample.
SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS sampled_at_ms,
       coalesce(sum(heap_blks_hit), 0)::bigint  AS heap_hit,
       coalesce(sum(heap_blks_read), 0)::bigint AS heap_read,
       coalesce(sum(idx_blks_hit), 0)::bigint   AS idx_hit,
       coalesce(sum(idx_blks_read), 0)::bigint  AS idx_read
  FROM pg_statio_user_tables;
