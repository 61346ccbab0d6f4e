-- Logical replication subscriptions on this server, as in health_subscriptions.sql, with the
-- apply and initial-sync errors pg_stat_subscription_stats counts from 15 on (since its last
-- reset): a conflict on the subscriber (a duplicate key, a missing table) stops the apply worker,
-- which restarts and fails again until the conflict is resolved.
SELECT s.subname::text                                                          AS subscription,
       d.datname::text                                                          AS database,
       s.subenabled                                                             AS enabled,
       max(st.pid) FILTER (WHERE st.relid IS NULL)                              AS pid,
       count(st.pid) FILTER (WHERE st.relid IS NOT NULL)::int                   AS syncing_tables,
       max(st.received_lsn::text) FILTER (WHERE st.relid IS NULL)               AS received_lsn,
       max(extract(epoch FROM clock_timestamp() - st.last_msg_receipt_time))
           FILTER (WHERE st.relid IS NULL)::float8                              AS last_message_age_s,
       max(ss.apply_error_count)::bigint                                        AS apply_errors,
       max(ss.sync_error_count)::bigint                                         AS sync_errors
  FROM pg_subscription s
  LEFT JOIN pg_database d ON d.oid = s.subdbid
  LEFT JOIN pg_stat_subscription st ON st.subid = s.oid
  LEFT JOIN pg_stat_subscription_stats ss ON ss.subid = s.oid
 GROUP BY s.oid, s.subname, d.datname, s.subenabled
 ORDER BY (max(st.pid) FILTER (WHERE st.relid IS NULL)) IS NOT NULL, subscription;
