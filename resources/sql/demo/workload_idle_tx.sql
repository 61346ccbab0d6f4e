-- pgbench script, one client: opens a transaction and leaves it idle for 75 s (longer than the
-- 60 s idle-in-transaction threshold), then rests 45 s.
BEGIN;
SELECT sum(bbalance) FROM pgbench_branches;
\sleep 75 s
COMMIT;
\sleep 45 s
