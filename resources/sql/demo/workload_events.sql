-- pgbench script: reads and writes on demo_events, filtered on the unindexed account_id
\set acct random(1, 5000)
INSERT INTO demo_events (account_id, kind) VALUES (:acct, 'login');
SELECT kind, count(*) FROM demo_events WHERE account_id = :acct GROUP BY kind;
