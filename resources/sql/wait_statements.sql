-- The pg_stat_statements rows of the queries a wait-profile range names, by query_id ($1, an
-- array): normalized text, calls and execution time, summed over the users and databases that ran
-- it. Cumulative since pg_stat_statements was last reset; the Load by wait tab takes the statement
-- snapshots of the local history from them for a range.
SELECT queryid                                           AS query_id,
       min(query)                                        AS query,
       sum(calls)::bigint                                AS calls,
       sum(total_exec_time) / nullif(sum(calls), 0)      AS mean_ms,
       sum(total_exec_time)                              AS total_ms
  FROM pg_stat_statements
 WHERE queryid = ANY ($1::bigint[])
 GROUP BY queryid;
