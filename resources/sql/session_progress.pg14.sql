-- What a long command of one session ($1 = pid) is doing, from the pg_stat_progress_* views:
-- the command, its phase, the work done of the total (in the unit given) and on what.
-- PostgreSQL 14 and later: COPY too.
SELECT 'VACUUM' AS command, phase, heap_blks_scanned AS done, heap_blks_total AS total,
       'blocks' AS unit, relid::regclass::text AS object
  FROM pg_stat_progress_vacuum WHERE pid = $1
UNION ALL
SELECT 'ANALYZE', phase, sample_blks_scanned, sample_blks_total, 'blocks', relid::regclass::text
  FROM pg_stat_progress_analyze WHERE pid = $1
UNION ALL
SELECT command, phase,
       CASE WHEN lockers_total > 0 AND blocks_total = 0 THEN lockers_done
            WHEN blocks_total > 0 THEN blocks_done ELSE tuples_done END,
       CASE WHEN lockers_total > 0 AND blocks_total = 0 THEN lockers_total
            WHEN blocks_total > 0 THEN blocks_total ELSE tuples_total END,
       CASE WHEN lockers_total > 0 AND blocks_total = 0 THEN 'sessions'
            WHEN blocks_total > 0 THEN 'blocks' ELSE 'tuples' END,
       relid::regclass::text
  FROM pg_stat_progress_create_index WHERE pid = $1
UNION ALL
SELECT command, phase, heap_blks_scanned, heap_blks_total, 'blocks', relid::regclass::text
  FROM pg_stat_progress_cluster WHERE pid = $1
UNION ALL
SELECT 'BASE BACKUP', phase, backup_streamed, backup_total, 'bytes', NULL
  FROM pg_stat_progress_basebackup WHERE pid = $1
UNION ALL
SELECT command, type, bytes_processed, nullif(bytes_total, 0), 'bytes', relid::regclass::text
  FROM pg_stat_progress_copy WHERE pid = $1;
