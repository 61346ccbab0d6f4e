-- Every long command running on the server now, from the pg_stat_progress_* views: the command,
-- its phase, the work done of the total (in the unit given), on what, since when. Autovacuum's
-- workers are here too (their pg_stat_activity row says "autovacuum: VACUUM …"). A relation of
-- another database is named by its OID: its catalog is not readable from here.
-- PostgreSQL 13: no COPY progress yet.
WITH p AS (
    SELECT pid, datid, 'VACUUM' AS command, phase, heap_blks_scanned AS done, heap_blks_total AS total,
           'blocks' AS unit, relid
      FROM pg_stat_progress_vacuum
    UNION ALL
    SELECT pid, datid, 'ANALYZE', phase, sample_blks_scanned, sample_blks_total, 'blocks', relid
      FROM pg_stat_progress_analyze
    UNION ALL
    SELECT pid, datid, command, phase,
           CASE WHEN lockers_total > 0 AND blocks_total = 0 THEN lockers_done
                WHEN blocks_total > 0 THEN blocks_done ELSE tuples_done END,
           CASE WHEN lockers_total > 0 AND blocks_total = 0 THEN lockers_total
                WHEN blocks_total > 0 THEN blocks_total ELSE tuples_total END,
           CASE WHEN lockers_total > 0 AND blocks_total = 0 THEN 'sessions'
                WHEN blocks_total > 0 THEN 'blocks' ELSE 'tuples' END,
           relid
      FROM pg_stat_progress_create_index
    UNION ALL
    SELECT pid, datid, command, phase, heap_blks_scanned, heap_blks_total, 'blocks', relid
      FROM pg_stat_progress_cluster
    UNION ALL
    SELECT pid, NULL::oid, 'BASE BACKUP', phase, backup_streamed, backup_total, 'bytes', NULL::oid
      FROM pg_stat_progress_basebackup
)
SELECT p.pid, a.datname AS database, p.command, p.phase, p.done, p.total, p.unit,
       CASE WHEN p.relid IS NULL OR p.relid = 0 THEN NULL
            WHEN p.datid = (SELECT oid FROM pg_database WHERE datname = current_database())
            THEN p.relid::regclass::text
            ELSE 'relation ' || p.relid END AS object, -- another database's names are not ours to read
       round(100.0 * p.done / nullif(p.total, 0), 1)::float8 AS percent,
       (extract(epoch FROM now() - coalesce(a.query_start, a.backend_start)) * 1000)::bigint AS running_ms,
       a.backend_type = 'autovacuum worker' AS autovacuum,
       a.usename AS "user",
       left(a.query, 300) AS query
  FROM p
  LEFT JOIN pg_stat_activity a ON a.pid = p.pid
 ORDER BY running_ms DESC NULLS LAST, p.pid;
