-- Logical replication subscriptions on this server (the subscriber's side): each with its apply
-- worker, when it last heard from its publisher and what it received. A subscription without a
-- running apply worker receives nothing: disabled, or failing and restarting (its log says why).
-- Table synchronisation workers (relid set) copy a table's initial data. pg_subscription is a
-- shared catalog: the subscriptions of every database are listed.
-- 15 and later also count apply and sync errors (health_subscriptions.pg15.sql).
SELECT s.subname::text                                                          AS subscription,
       d.datname::text                                                          AS database,
       s.subenabled                                                             AS enabled,
       max(st.pid) FILTER (WHERE st.relid IS NULL)                              AS pid,
       count(st.pid) FILTER (WHERE st.relid IS NOT NULL)::int                   AS syncing_tables,
       max(st.received_lsn::text) FILTER (WHERE st.relid IS NULL)               AS received_lsn,
       max(extract(epoch FROM clock_timestamp() - st.last_msg_receipt_time))
           FILTER (WHERE st.relid IS NULL)::float8                              AS last_message_age_s,
       NULL::bigint                                                             AS apply_errors,
       NULL::bigint                                                             AS sync_errors
  FROM pg_subscription s
  LEFT JOIN pg_database d ON d.oid = s.subdbid
  LEFT JOIN pg_stat_subscription st ON st.subid = s.oid
 GROUP BY s.oid, s.subname, d.datname, s.subenabled
 ORDER BY (max(st.pid) FILTER (WHERE st.relid IS NULL)) IS NOT NULL, subscription;
