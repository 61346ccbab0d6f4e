-- pgbench script: reads and writes on demo_events, filtered on the unindexed account_id
\set acct random(1, 5000)
INSERT INTO demo_events (account_id, kind) VALUES (:acct, 'login');
SELECT kind, count(*) FROM demo_events WHERE account_id = :acct GROUP BY kind;
-- and a support ticket now and then: the ticket sequence near the end of its integer column moves,
-- so the Production health panel can tell when it runs out
INSERT INTO demo_tickets (title) VALUES ('ticket for ' || :acct);
