-- Live sessions for the Activity dock, one row per backend with a client; pid is the stable key.
SELECT a.pid,
       a.usename                                   AS "user",
       a.application_name                          AS application,
       coalesce(host(a.client_addr), 'local')      AS client,
       a.datname                                   AS database,
       a.state,
       a.wait_event_type || ': ' || a.wait_event   AS waiting_on,
       cardinality(pg_blocking_pids(a.pid))        AS blocked_by,
       round(extract(epoch FROM now() - a.xact_start)::numeric, 1)   AS xact_seconds,
       round(extract(epoch FROM now() - a.query_start)::numeric, 1)  AS query_seconds,
       left(a.query, 300)                          AS query
  FROM pg_stat_activity a
 WHERE a.backend_type = 'client backend'
 ORDER BY a.state = 'active' DESC, a.query_start NULLS LAST;
