-- pgbench script: the demo's deliberately slow query (sequential scan on an unindexed column, plus a pause)
\set acct random(1, 5000)
SELECT pg_sleep(0.25), count(*) FROM demo_events WHERE account_id = :acct;
