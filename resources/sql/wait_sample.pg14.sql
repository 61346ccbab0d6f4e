-- One sample of the wait profile: every session doing work right now, with what it waits for.
-- Only active sessions are load: one idle in a transaction waits for its client between
-- statements. Left out too: this session, walsenders and processes idle in their main loop
-- (wait_event_type 'Activity'). Active and not waiting is CPU, or a wait PostgreSQL does not
-- instrument. From 14 on, queries are told apart by query_id
-- (compute_query_id, on with pg_stat_statements); without one, by their text.
-- Straight through the view: ruling idle sessions out first with the per-backend accessors
-- halved the cost with 500 idle sessions but doubled it with 40 idle in a transaction, the
-- incident this is for (BENCHMARKS.md).
SELECT pid,
       backend_type,
       coalesce(wait_event_type, 'CPU')                  AS wait_class,
       coalesce(wait_event, 'CPU')                       AS wait_event,
       query_id                                          AS query_id,
       left(query, 200)                                  AS query,
       coalesce(nullif(application_name, ''), '(none)') AS application,
       coalesce(usename, '(none)')                       AS usr,
       coalesce(datname, '(none)')                       AS db
  FROM pg_stat_activity
 WHERE state = 'active'
   AND pid <> pg_backend_pid()
   AND backend_type <> 'walsender'
   AND wait_event_type IS DISTINCT FROM 'Activity';
