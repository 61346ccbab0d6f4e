-- The 100 statements with the most total execution time (pg_stat_statements 1.8+, PostgreSQL 13+).
SELECT s.calls,
       round(s.total_exec_time::numeric, 1)         AS total_ms,
       round(s.mean_exec_time::numeric, 2)          AS mean_ms,
       round(s.max_exec_time::numeric, 2)           AS max_ms,
       s.rows,
       left(regexp_replace(s.query, '\s+', ' ', 'g'), 300) AS query,
       r.rolname                                    AS "user",
       d.datname                                    AS database,
       s.shared_blks_hit                            AS shared_hit,
       s.shared_blks_read                           AS shared_read,
       s.queryid::text                              AS queryid
  FROM pg_stat_statements s
  LEFT JOIN pg_roles r ON r.oid = s.userid
  LEFT JOIN pg_database d ON d.oid = s.dbid
 ORDER BY s.total_exec_time DESC
 LIMIT 100;
