-- Transaction ID and multixact ages of every database against the limits that matter:
-- autovacuum_freeze_max_age (an anti-wraparound vacuum is forced) and the hard limit, about
-- 2^31 - 3 million, where the server refuses to assign new transaction IDs (writes stop).
-- next_xid comes from the snapshot, so reading it assigns no transaction ID of its own.
SELECT datname                                                       AS database,
       age(datfrozenxid)::bigint                                     AS xid_age,
       mxid_age(datminmxid)::bigint                                  AS mxid_age,
       datallowconn                                                  AS allows_connections,
       current_setting('autovacuum_freeze_max_age')::bigint          AS freeze_max_age,
       current_setting('autovacuum_multixact_freeze_max_age')::bigint AS mxid_freeze_max_age,
       pg_snapshot_xmax(pg_current_snapshot())::text::bigint         AS next_xid
  FROM pg_database
 ORDER BY age(datfrozenxid) DESC, datname;
