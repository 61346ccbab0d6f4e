-- Since when the usage statistics of this database count: the last reset, or the server start
-- when they were never reset (conservative: PostgreSQL 15 keeps them across clean restarts).
--
-- And what holds the xmin horizon back for this database's tables: the oldest snapshot of a
-- session here, a replication slot's xmin, or a prepared transaction. While it stands, VACUUM
-- cannot remove the dead tuples made after it (every role sees backend_xmin, pid and
-- application_name, so this works without pg_monitor).
SELECT (extract(epoch FROM coalesce(d.stats_reset, pg_postmaster_start_time())) * 1000)::bigint AS since_ms,
       d.stats_reset IS NOT NULL AS was_reset,
       (extract(epoch FROM now()) * 1000)::bigint AS now_ms,
       h.kind AS horizon_kind, h.who AS horizon_who, h.application AS horizon_application,
       h.seconds AS horizon_seconds, h.xids AS horizon_xids
  FROM pg_stat_database d
  LEFT JOIN LATERAL (
      SELECT * FROM (
          SELECT 'session' AS kind, a.pid::text AS who,
                 coalesce(nullif(a.application_name, ''), '?') AS application,
                 extract(epoch FROM clock_timestamp() - coalesce(a.xact_start, a.query_start))::bigint AS seconds,
                 age(a.backend_xmin)::bigint AS xids
            FROM pg_stat_activity a
           WHERE a.backend_xmin IS NOT NULL AND a.pid <> pg_backend_pid() AND a.datname = current_database()
          UNION ALL
          SELECT 'slot', s.slot_name::text, s.slot_type, NULL, age(s.xmin)::bigint
            FROM pg_replication_slots s
           WHERE s.xmin IS NOT NULL
          UNION ALL
          SELECT 'prepared', p.gid, p.owner::text, extract(epoch FROM now() - p.prepared)::bigint,
                 age(p.transaction)::bigint
            FROM pg_prepared_xacts p
           WHERE p.database = current_database()
      ) x
      ORDER BY x.xids DESC NULLS LAST
      LIMIT 1) h ON true
 WHERE d.datname = current_database();
