-- Block hits and reads of the connected database's user tables and their indexes, for the table
-- and index cache hit ratios: the sums of pg_statio_user_tables' heap and index columns. That view
-- works out every table's toast and index figures too, through joins (47 ms at 10,000 tables);
-- the two counters per relation straight from pg_class cost half, most of it the scan of pg_class
-- itself. It grows with the tables, so it is read at its own slow pace, apart from the sample.
-- Indexes live in their table's schema, so the same schemas give the same indexes.
SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint       AS sampled_at_ms,
       coalesce(sum(hit) FILTER (WHERE relkind <> 'i'), 0)::bigint          AS heap_hit,
       coalesce(sum(fetched - hit) FILTER (WHERE relkind <> 'i'), 0)::bigint AS heap_read,
       coalesce(sum(hit) FILTER (WHERE relkind = 'i'), 0)::bigint           AS idx_hit,
       coalesce(sum(fetched - hit) FILTER (WHERE relkind = 'i'), 0)::bigint AS idx_read
  FROM (SELECT c.relkind, pg_stat_get_blocks_fetched(c.oid) AS fetched, pg_stat_get_blocks_hit(c.oid) AS hit
          FROM pg_class c
         WHERE c.relkind IN ('r', 't', 'm', 'i')
           AND c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
           AND c.relnamespace NOT IN (SELECT oid FROM pg_namespace WHERE nspname ~ '^pg_toast')
        -- Each counter once per relation, however often the sums above name it.
        OFFSET 0) r;
