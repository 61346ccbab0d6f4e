-- The pg_stat_statements row of a running statement's query id ($1), summed over users and
-- databases that share it: how this statement usually behaves, beside how long it runs now.
SELECT sum(s.calls)                                                      AS calls,
       round(sum(s.total_exec_time)::numeric, 1)                         AS total_ms,
       round((sum(s.total_exec_time) / nullif(sum(s.calls), 0))::numeric, 2) AS mean_ms,
       round(max(s.max_exec_time)::numeric, 2)                           AS max_ms,
       sum(s.rows)                                                       AS rows,
       sum(s.shared_blks_hit)                                            AS shared_hit,
       sum(s.shared_blks_read)                                           AS shared_read,
       sum(s.temp_blks_written)                                          AS temp_written
  FROM pg_stat_statements s
 WHERE s.queryid = $1::bigint
HAVING count(*) > 0;
