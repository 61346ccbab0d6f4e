-- pgbench script, one client: every 45 s takes a SHARE lock on demo_events for 12 s, so the
-- inserts of the main workload queue up behind it (lock waits and a blocking tree to look at).
\sleep 10 s
BEGIN;
LOCK TABLE demo_events IN SHARE MODE;
\sleep 12 s
COMMIT;
\sleep 23 s
