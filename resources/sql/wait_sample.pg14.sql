-- One sample of the wait profile: every session doing work right now, with what it waits for.
-- Only active sessions are load: one idle in a transaction waits for its client between
-- statements. Left out too: this session, walsenders and processes idle in their main loop
-- (wait_event_type 'Activity'). Active and not waiting is CPU, or a wait PostgreSQL does not
-- instrument. From 14 on, queries are told apart by query_id
-- (compute_query_id, on with pg_stat_statements); without one, by their text.
-- Reading pg_stat_activity builds a row for every session; most are idle, waiting for their
-- client's next statement outside a transaction (ClientRead, no xact_start). The per-backend
-- accessors rule those out first, from the same snapshot, and only the others get a row
-- (pg_stat_get_activity of their pid): half the cost with 500 idle sessions. An active session
-- always has a transaction, so none is missed; the state test below stays the exact one.
SELECT a.pid,
       a.backend_type,
       coalesce(a.wait_event_type, 'CPU')                  AS wait_class,
       coalesce(a.wait_event, 'CPU')                       AS wait_event,
       a.query_id                                          AS query_id,
       left(a.query, 200)                                  AS query,
       coalesce(nullif(a.application_name, ''), '(none)') AS application,
       coalesce(u.rolname, '(none)')                       AS usr,
       coalesce(d.datname, '(none)')                       AS db
  FROM pg_stat_get_backend_idset() b
 CROSS JOIN LATERAL pg_stat_get_activity(pg_stat_get_backend_pid(b)) a
  LEFT JOIN pg_database d ON d.oid = a.datid
  LEFT JOIN pg_roles u ON u.oid = a.usesysid
 WHERE (pg_stat_get_backend_wait_event(b) IS DISTINCT FROM 'ClientRead'
        OR pg_stat_get_backend_xact_start(b) IS NOT NULL)
   AND a.state = 'active'
   AND a.pid <> pg_backend_pid()
   AND a.backend_type <> 'walsender'
   AND a.wait_event_type IS DISTINCT FROM 'Activity';
