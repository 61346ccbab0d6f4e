-- Checkpoints and who wrote the shared buffers out, since the statistics were reset. From 17 the
-- checkpointer has its own view, and what backends wrote themselves is in pg_stat_io: relation
-- blocks (18 counts WAL there too, in other units) of shared buffers, not initdb's (standalone).
SELECT c.num_timed                                         AS timed,
       c.num_requested                                     AS requested,
       c.write_time                                        AS write_ms,
       c.sync_time                                         AS sync_ms,
       c.buffers_written                                   AS buffers_checkpointer,
       b.buffers_clean                                     AS buffers_bgwriter,
       (SELECT coalesce(sum(writes), 0)::bigint FROM pg_stat_io
         WHERE object = 'relation' AND context = 'normal' -- not the rings of COPY, VACUUM, bulk reads
           AND backend_type NOT IN ('checkpointer', 'background writer', 'standalone backend')) AS buffers_backends,
       b.maxwritten_clean,
       (extract(epoch FROM c.stats_reset) * 1000)::bigint  AS since_ms,
       current_setting('checkpoint_timeout')               AS checkpoint_timeout,
       current_setting('max_wal_size')                     AS max_wal_size
  FROM pg_stat_checkpointer c, pg_stat_bgwriter b;
