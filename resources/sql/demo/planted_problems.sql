-- The demo's planted problems, one for every panel. Runs once on the freshly loaded pgbench data.
CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
CREATE EXTENSION IF NOT EXISTS pgstattuple;

-- Indexes: an index nothing reads
CREATE INDEX pgbench_history_mtime_idx ON pgbench_history (mtime);
-- Indexes: two identical indexes
CREATE INDEX pgbench_tellers_bid_idx ON pgbench_tellers (bid);
CREATE INDEX pgbench_tellers_bid_dup_idx ON pgbench_tellers (bid);
-- Indexes: redundant with the primary key
CREATE INDEX pgbench_branches_bid_idx ON pgbench_branches (bid);
-- Indexes: pgbench --foreign-keys leaves pgbench_accounts.bid and pgbench_history.* unindexed.

-- Indexes: a table read by sequential scans (the workload filters on account_id, never indexed)
CREATE TABLE demo_events (
    id         bigserial PRIMARY KEY,
    account_id integer NOT NULL,
    kind       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO demo_events (account_id, kind)
SELECT (g % 5000) + 1, (ARRAY['login', 'deposit', 'withdrawal', 'transfer'])[1 + g % 4]
  FROM generate_series(1, 60000) g;

-- Bloat: nine rows in ten deleted and autovacuum kept away
CREATE TABLE demo_bloat (id bigint PRIMARY KEY, payload text NOT NULL) WITH (autovacuum_enabled = off);
INSERT INTO demo_bloat SELECT g, repeat(md5(g::text), 6) FROM generate_series(1, 120000) g;
DELETE FROM demo_bloat WHERE id % 10 <> 0;

-- Hostile identifiers: every panel must quote these correctly
CREATE SCHEMA "Order Ref";
CREATE TABLE "Order Ref"."a""; DROP TABLE x; --" (
    id              integer PRIMARY KEY,
    "Customer Name" text,
    "Größe"         numeric(12, 2)
);
INSERT INTO "Order Ref"."a""; DROP TABLE x; --" SELECT g, 'customer ' || g, g * 1.5 FROM generate_series(1, 500) g;
CREATE INDEX "idx ""Customer Name"" ünused" ON "Order Ref"."a""; DROP TABLE x; --" ("Customer Name");

-- Health: an integer key fed by a bigint sequence, 92 % of the way to 2^31 - 1 (the report's
-- sequences near their limit)
CREATE TABLE demo_tickets (id integer PRIMARY KEY, title text NOT NULL);
CREATE SEQUENCE demo_tickets_id_seq OWNED BY demo_tickets.id;
ALTER TABLE demo_tickets ALTER COLUMN id SET DEFAULT nextval('demo_tickets_id_seq');
SELECT setval('demo_tickets_id_seq', 1975000000);
INSERT INTO demo_tickets (title) SELECT 'ticket ' || g FROM generate_series(1, 100) g;

ANALYZE;
