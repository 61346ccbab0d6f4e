-- Checkpoints and who wrote the shared buffers out, since the statistics were reset
-- (pg_stat_bgwriter up to 16; 17 moved the checkpointer's figures to pg_stat_checkpointer).
SELECT checkpoints_timed                                   AS timed,
       checkpoints_req                                     AS requested,
       checkpoint_write_time                               AS write_ms,
       checkpoint_sync_time                                AS sync_ms,
       buffers_checkpoint                                  AS buffers_checkpointer,
       buffers_clean                                       AS buffers_bgwriter,
       buffers_backend                                     AS buffers_backends,
       maxwritten_clean,
       (extract(epoch FROM stats_reset) * 1000)::bigint    AS since_ms,
       current_setting('checkpoint_timeout')               AS checkpoint_timeout,
       current_setting('max_wal_size')                     AS max_wal_size
  FROM pg_stat_bgwriter;
