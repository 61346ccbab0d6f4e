-- The pg_stat_statements rows of the queries a wait-profile range names, by query_id ($1, an
-- array): normalized text, calls and mean time, summed over the users and databases that ran it.
-- Cumulative since pg_stat_statements was last reset, not only within the range.
SELECT queryid                                           AS query_id,
       min(query)                                        AS query,
       sum(calls)::bigint                                AS calls,
       sum(total_exec_time) / nullif(sum(calls), 0)      AS mean_ms
  FROM pg_stat_statements
 WHERE queryid = ANY ($1::bigint[])
 GROUP BY queryid;
