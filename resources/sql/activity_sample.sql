-- One activity sample: every figure of the Activity panel in a single row, so one sample is one
-- round trip. Nothing here grows with the number of tables (activity_table_io.sql, which does, is
-- read every 30 s). Sessions come from pg_stat_activity (client backends only); Sightglass's own
-- sessions (application_name 'sightglass') are counted apart in the states, and with everyone in
-- the per-application, per-database and per-user counts (so those three add up to the same total).
-- Categories are disjoint:
--   lock_waiting  active and waiting on a heavyweight lock (wait_event_type 'Lock')
--   other_waiting active and waiting on LWLock, IO, IPC, BufferPin or Extension
--   active        the remaining active sessions (running, or sleeping in pg_sleep)
--   hidden        state not visible to our role (no pg_monitor / pg_read_all_stats)
WITH g AS (
    -- Grouped first by what the figures need: a few groups however many sessions, so names and
    -- categories are worked out per group. pg_stat_get_activity() is the view's own function;
    -- reading it is the floor of this sample (about 2 µs a session), the view's per-session name
    -- lookups and expressions cost as much again.
    SELECT application_name, datid, usesysid, state, wait_event_type,
           count(*) AS n,
           min(state_change) FILTER (WHERE state LIKE 'idle in transaction%') AS oldest_idle_tx
      FROM pg_stat_get_activity(NULL)
     -- Sessions our role may not inspect come back with backend_type NULL too. Every role still
     -- sees datid and usesysid: a client is connected to a database as a user, while the server's
     -- own processes (the logical replication launcher runs as the bootstrap user) have no database.
     WHERE backend_type = 'client backend'
        OR (backend_type IS NULL AND usesysid IS NOT NULL AND datid IS NOT NULL)
     GROUP BY 1, 2, 3, 4, 5
), s AS (
    SELECT coalesce(nullif(g.application_name, ''), '(none)') AS app,
           coalesce(d.datname, '(none)') AS db,
           coalesce(u.rolname, '(none)') AS usr,
           coalesce(g.application_name = 'sightglass', false) AS own,
           CASE
               WHEN g.state IS NULL THEN 'hidden'
               WHEN g.state = 'active' AND g.wait_event_type = 'Lock' THEN 'lock_waiting'
               WHEN g.state = 'active' AND g.wait_event_type IN ('LWLock', 'IO', 'IPC', 'BufferPin', 'Extension')
                   THEN 'other_waiting'
               WHEN g.state = 'active' THEN 'active'
               WHEN g.state = 'idle' THEN 'idle'
               WHEN g.state = 'idle in transaction' THEN 'idle_in_transaction'
               WHEN g.state = 'idle in transaction (aborted)' THEN 'idle_in_transaction_aborted'
               ELSE 'other'
           END AS cat,
           g.n,
           extract(epoch FROM clock_timestamp() - g.oldest_idle_tx) AS idle_tx_s
      FROM g
      LEFT JOIN pg_database d ON d.oid = g.datid
      LEFT JOIN pg_roles u ON u.oid = g.usesysid
), theirs AS (
    SELECT * FROM s WHERE NOT own
), d AS (
    SELECT sum(xact_commit)::bigint AS xact_commit, sum(xact_rollback)::bigint AS xact_rollback,
           sum(blks_hit)::bigint AS blks_hit, sum(blks_read)::bigint AS blks_read,
           sum(temp_bytes)::bigint AS temp_bytes, sum(deadlocks)::bigint AS deadlocks,
           max(stats_reset) AS stats_reset, count(stats_reset)::int AS stats_reset_entries
      FROM pg_stat_database
), wal AS (
    SELECT pg_is_in_recovery() AS standby,
           CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_insert_lsn() END AS lsn
)
SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint                       AS sampled_at_ms,
       current_setting('max_connections')::int                                       AS max_connections,
       current_setting('superuser_reserved_connections')::int
         + coalesce(current_setting('reserved_connections', true)::int, 0)          AS reserved_connections,
       (SELECT coalesce(sum(n), 0)::bigint FROM theirs WHERE cat = 'active')                            AS active,
       (SELECT coalesce(sum(n), 0)::bigint FROM theirs WHERE cat = 'idle')                              AS idle,
       (SELECT coalesce(sum(n), 0)::bigint FROM theirs WHERE cat = 'idle_in_transaction')               AS idle_in_transaction,
       (SELECT coalesce(sum(n), 0)::bigint FROM theirs WHERE cat = 'idle_in_transaction_aborted')       AS idle_in_transaction_aborted,
       (SELECT coalesce(sum(n), 0)::bigint FROM theirs WHERE cat = 'lock_waiting')                      AS lock_waiting,
       (SELECT coalesce(sum(n), 0)::bigint FROM theirs WHERE cat = 'other_waiting')                     AS other_waiting,
       (SELECT coalesce(sum(n), 0)::bigint FROM theirs WHERE cat = 'other')                             AS other,
       (SELECT coalesce(sum(n), 0)::bigint FROM theirs WHERE cat = 'hidden')                            AS hidden,
       (SELECT coalesce(sum(n), 0)::bigint FROM s WHERE own)                         AS own,
       (SELECT coalesce(max(idle_tx_s), 0) FROM theirs)                              AS longest_idle_in_transaction_s,
       (SELECT coalesce(json_agg(a ORDER BY a.total DESC, a.name), '[]') FROM (
            SELECT app AS name, sum(n)::bigint AS total,
                   coalesce(sum(n) FILTER (WHERE cat IN ('active', 'other_waiting')), 0)::bigint AS active,
                   coalesce(sum(n) FILTER (WHERE cat = 'idle'), 0)::bigint AS idle,
                   coalesce(sum(n) FILTER (WHERE cat LIKE 'idle_in_transaction%'), 0)::bigint AS idle_in_transaction,
                   coalesce(sum(n) FILTER (WHERE cat = 'lock_waiting'), 0)::bigint AS waiting
              FROM s GROUP BY app) a)                                                AS applications,
       (SELECT coalesce(json_agg(x ORDER BY x.total DESC, x.name), '[]') FROM (
            SELECT db AS name, sum(n)::bigint AS total,
                   coalesce(sum(n) FILTER (WHERE cat <> 'idle'), 0)::bigint AS busy
              FROM s GROUP BY db) x)                                                 AS databases,
       (SELECT coalesce(json_agg(x ORDER BY x.total DESC, x.name), '[]') FROM (
            SELECT usr AS name, sum(n)::bigint AS total,
                   coalesce(sum(n) FILTER (WHERE cat <> 'idle'), 0)::bigint AS busy
              FROM s GROUP BY usr) x)                                                AS users,
       d.xact_commit, d.xact_rollback, d.blks_hit, d.blks_read, d.temp_bytes, d.deadlocks,
       (extract(epoch FROM d.stats_reset) * 1000)::bigint                            AS stats_reset_ms,
       d.stats_reset_entries,
       -- The next transaction ID, from the snapshot (reading it assigns none): its rate over the
       -- history is what the wraparound forecast extrapolates.
       pg_snapshot_xmax(pg_current_snapshot())::text::bigint                         AS next_xid,
       (SELECT max(age(datfrozenxid)) FROM pg_database)::bigint                      AS oldest_xid_age,
       -- Replication, for its alerts: where WAL stands (inserted, so a commit not yet flushed by an
       -- asynchronous commit counts; its rate is the WAL written per second),
       -- the most lagging standby's replay lag or, on a standby, its own replay delay; the WAL
       -- the fullest inactive slot retains; whether the archiver failed since it last succeeded.
       -- pg_stat_get_wal_senders() is pg_stat_replication without a second pass over every session.
       wal.standby,
       (wal.lsn - '0/0'::pg_lsn)::bigint                                             AS wal_bytes,
       -- Both are 0 with nothing to measure, so an alert clears when its standby or slot is gone.
       coalesce(greatest(
           (SELECT max(extract(epoch FROM replay_lag)) FROM pg_stat_get_wal_senders()),
           CASE WHEN wal.standby AND pg_last_wal_receive_lsn() IS DISTINCT FROM pg_last_wal_replay_lsn()
                THEN extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) END), 0)::float8
                                                                                     AS replica_lag_s,
       (SELECT coalesce(max(CASE WHEN wal.standby THEN pg_last_wal_receive_lsn() ELSE wal.lsn END - restart_lsn), 0)
          FROM pg_replication_slots WHERE NOT active)::bigint                        AS inactive_slot_bytes,
       (SELECT coalesce(last_failed_time > coalesce(last_archived_time, '-infinity'), false)
          FROM pg_stat_archiver)                                                     AS archive_failing
  FROM d, wal;
