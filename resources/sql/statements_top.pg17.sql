-- The statements with the most total execution time, pg_stat_statements 1.11+
-- (PostgreSQL 17 and later: the I/O times split into shared and local blocks; summed here).
-- Column names are the same in every version's variant; what a version lacks comes back NULL.
-- The query text comes twice: collapsed to one line for the table (first, so it is what a reader
-- sees), and whole for EXPLAIN.
SELECT s.queryid::text                                  AS queryid,
       left(regexp_replace(s.query, '\s+', ' ', 'g'), 300) AS query,
       r.rolname                                        AS "user",
       d.datname                                        AS database,
       s.calls,
       round(s.total_exec_time::numeric, 1)             AS total_ms,
       round(s.mean_exec_time::numeric, 2)              AS mean_ms,
       round(s.max_exec_time::numeric, 2)               AS max_ms,
       round(s.stddev_exec_time::numeric, 2)            AS stddev_ms,
       round(s.total_plan_time::numeric, 1)             AS plan_ms,
       s.rows,
       s.shared_blks_hit                                AS shared_hit,
       s.shared_blks_read                               AS shared_read,
       s.shared_blks_dirtied                            AS shared_dirtied,
       s.shared_blks_written                            AS shared_written,
       s.temp_blks_read                                 AS temp_read,
       s.temp_blks_written                              AS temp_written,
       round((s.shared_blk_read_time + s.local_blk_read_time)::numeric, 1)             AS io_read_ms,
       round((s.shared_blk_write_time + s.local_blk_write_time)::numeric, 1)             AS io_write_ms,
       round((s.temp_blk_read_time + s.temp_blk_write_time)::numeric, 1) AS temp_io_ms,
       s.wal_bytes,
       s.query                                          AS query_text
  FROM pg_stat_statements s
  LEFT JOIN pg_roles r ON r.oid = s.userid
  LEFT JOIN pg_database d ON d.oid = s.dbid
 ORDER BY s.total_exec_time DESC
 LIMIT 500;
