-- The standbys streaming from this server (pg_stat_replication): state, sync state, the lag in
-- time as the standby last reported it and in bytes of WAL it has yet to write, flush and replay,
-- the slot it streams through and how long ago it answered. A role without pg_read_all_stats
-- sees the rows with the figures empty. On a standby this lists its cascaded standbys.
WITH pos AS (
    SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_receive_lsn() ELSE pg_current_wal_lsn() END AS lsn
)
SELECT coalesce(nullif(r.application_name, ''), r.client_addr::text, r.pid::text) AS standby,
       r.pid,
       r.client_addr::text                                             AS address,
       r.state,
       r.sync_state,
       extract(epoch FROM r.write_lag)::float8                         AS write_lag_s,
       extract(epoch FROM r.flush_lag)::float8                         AS flush_lag_s,
       extract(epoch FROM r.replay_lag)::float8                        AS replay_lag_s,
       (pos.lsn - r.sent_lsn)::bigint                                  AS unsent_bytes,
       (pos.lsn - r.flush_lsn)::bigint                                 AS unflushed_bytes,
       (pos.lsn - r.replay_lsn)::bigint                                AS unreplayed_bytes,
       s.slot_name::text                                               AS slot,
       extract(epoch FROM clock_timestamp() - r.reply_time)::float8    AS reply_age_s,
       age(r.backend_xmin)::bigint                                     AS xmin_age
  FROM pg_stat_replication r
 CROSS JOIN pos
  LEFT JOIN pg_replication_slots s ON s.active_pid = r.pid
 ORDER BY unreplayed_bytes DESC NULLS LAST, standby;
