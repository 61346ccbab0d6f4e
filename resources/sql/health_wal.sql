-- One row about WAL on this server: whether it is a standby, where its WAL stands (the LSN;
-- the sampler charts its rate), the archiver (last archived segment and its
-- age, failures, and the segments waiting to be archived: on a crash of the disk, data at risk)
-- and, on a standby, its WAL receiver and how far replay is behind what it received.
-- pg_ls_archive_statusdir() needs pg_monitor; without it the waiting segments stay empty.
WITH pos AS (
    SELECT pg_is_in_recovery() AS standby,
           CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_insert_lsn() END AS lsn
), waiting AS (
    SELECT CASE WHEN has_function_privilege('pg_ls_archive_statusdir()', 'EXECUTE') THEN
               (SELECT count(*) FROM pg_ls_archive_statusdir() WHERE name LIKE '%.ready') END AS segments
)
SELECT pos.standby,
       pos.lsn::text                                                           AS lsn,
       current_setting('wal_level')                                            AS wal_level,
       current_setting('archive_mode')                                         AS archive_mode,
       a.archived_count,
       a.last_archived_wal,
       (extract(epoch FROM a.last_archived_time) * 1000)::bigint               AS last_archived_ms,
       a.failed_count,
       a.last_failed_wal,
       (extract(epoch FROM a.last_failed_time) * 1000)::bigint                 AS last_failed_ms,
       coalesce(a.last_failed_time > coalesce(a.last_archived_time, '-infinity'), false) AS archive_failing,
       waiting.segments                                                        AS waiting_segments,
       (waiting.segments * pg_size_bytes(current_setting('wal_segment_size')))::bigint AS waiting_bytes,
       w.status                                                                AS receiver_status,
       w.sender_host,
       w.sender_port,
       w.slot_name::text                                                       AS receiver_slot,
       (extract(epoch FROM w.last_msg_receipt_time) * 1000)::bigint            AS last_message_ms,
       CASE WHEN pos.standby THEN (pg_last_wal_receive_lsn() - pg_last_wal_replay_lsn())::bigint END
                                                                               AS unreplayed_bytes,
       -- Nothing left to replay is no delay, however long ago the primary last committed.
       CASE WHEN pos.standby AND pg_last_wal_receive_lsn() IS DISTINCT FROM pg_last_wal_replay_lsn()
            THEN extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp())::float8
            WHEN pos.standby THEN 0 END                                        AS replay_delay_s,
       CASE WHEN pos.standby THEN pg_is_wal_replay_paused() END                AS replay_paused
  FROM pos
 CROSS JOIN waiting
 CROSS JOIN pg_stat_archiver a
  LEFT JOIN pg_stat_wal_receiver w ON pos.standby;
