-- Replication slots and the WAL each keeps on disk: an inactive slot retains WAL (and with an
-- xmin, dead rows) until it is used again or dropped, and can fill the disk. wal_status says
-- whether the WAL it needs is still there ('lost' once max_slot_wal_keep_size removed it) and
-- safe_wal_size how much more may be written before that happens (NULL: no limit set).
WITH pos AS (
    SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_receive_lsn() ELSE pg_current_wal_lsn() END AS lsn
)
SELECT s.slot_name::text                                      AS slot,
       s.slot_type                                            AS type,
       s.active,
       s.active_pid                                           AS pid,
       s.database::text                                       AS database,
       s.plugin::text                                         AS plugin,
       (pos.lsn - s.restart_lsn)::bigint                      AS retained_bytes,
       s.wal_status,
       s.safe_wal_size::bigint                                AS safe_wal_bytes,
       greatest(age(s.xmin), age(s.catalog_xmin))::bigint     AS xmin_age,
       s.temporary
  FROM pg_replication_slots s
 CROSS JOIN pos
 ORDER BY s.active, retained_bytes DESC NULLS LAST, slot;
