-- Live sessions for the Activity panel, one row per client backend; pid is the stable key.
-- blocked_by lists pg_blocking_pids() for sessions waiting on a lock (computed only for those:
-- it takes the lock manager's locks), with the lock they wait for.
SELECT a.pid,
       a.usename                                          AS "user",
       a.application_name                                 AS application,
       coalesce(host(a.client_addr), 'local')             AS client,
       a.datname                                          AS database,
       a.state,
       a.wait_event_type || ': ' || a.wait_event          AS wait_event,
       CASE WHEN a.wait_event_type = 'Lock'
            THEN array_to_string(pg_blocking_pids(a.pid), ',') END AS blocked_by,
       l.mode                                             AS waiting_for,
       CASE WHEN l.relation IS NOT NULL THEN l.relation::regclass::text ELSE l.locktype END AS lock_on,
       round(extract(epoch FROM clock_timestamp() - a.xact_start)::numeric, 1)  AS xact_seconds,
       CASE WHEN a.state = 'active'
            THEN round(extract(epoch FROM clock_timestamp() - a.query_start)::numeric, 1) END AS query_seconds,
       round(extract(epoch FROM clock_timestamp() - a.state_change)::numeric, 1) AS state_seconds,
       coalesce(a.application_name = 'sightglass', false) AS own,
       left(regexp_replace(a.query, '\s+', ' ', 'g'), 500) AS query
  FROM pg_stat_activity a
  LEFT JOIN LATERAL (SELECT mode, relation, locktype FROM pg_locks
                      WHERE pid = a.pid AND NOT granted LIMIT 1) l ON true
 WHERE a.backend_type = 'client backend' OR (a.backend_type IS NULL AND a.usesysid IS NOT NULL AND a.datid IS NOT NULL)
 ORDER BY a.state = 'active' DESC, a.query_start NULLS LAST;
