-- Statements running right now, longest first, for the Slow queries dock's "running now" list.
-- PostgreSQL 14+: query_id (with compute_query_id on or auto, which pg_stat_statements turns on) links
-- each to its row in pg_stat_statements.
SELECT a.pid,
       round(extract(epoch FROM clock_timestamp() - a.query_start)::numeric, 1) AS seconds,
       a.usename                                                               AS "user",
       a.datname                                                               AS database,
       a.query_id::text                                                        AS queryid,
       left(regexp_replace(a.query, '\s+', ' ', 'g'), 300)                     AS query
  FROM pg_stat_activity a
 WHERE a.state = 'active'
   AND a.pid <> pg_backend_pid()
   AND (a.backend_type = 'client backend' OR a.backend_type IS NULL)
 ORDER BY a.query_start
 LIMIT 200;
