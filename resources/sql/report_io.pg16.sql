-- I/O by backend type, object and context (pg_stat_io, PostgreSQL 16 and later): the busiest
-- rows, counted in operations (blocks for relations).
SELECT backend_type, object, context,
       coalesce(reads, 0)::bigint   AS reads,
       coalesce(writes, 0)::bigint  AS writes,
       coalesce(extends, 0)::bigint AS extends,
       coalesce(fsyncs, 0)::bigint  AS fsyncs,
       coalesce(hits, 0)::bigint    AS hits
  FROM pg_stat_io
 WHERE coalesce(reads, 0) + coalesce(writes, 0) + coalesce(extends, 0) + coalesce(fsyncs, 0) > 0
 ORDER BY coalesce(reads, 0) + coalesce(writes, 0) + coalesce(extends, 0) DESC, backend_type, object, context
 LIMIT 20;
