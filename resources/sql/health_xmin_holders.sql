-- What holds the xmin horizon back, so that vacuum can neither remove dead rows nor freeze past
-- it: sessions with an old snapshot or transaction, replication slots (xmin, catalog_xmin),
-- prepared transactions, and standbys whose hot_standby_feedback reports an old xmin. The oldest
-- first; one row each, with its age in transactions.
WITH h AS (
    SELECT 'session' AS kind, pid::text AS name,
           age(backend_xmin)::bigint AS xmin_age,
           concat_ws(' · ', nullif(usename, ''), nullif(application_name, ''), state,
                     'since ' || to_char(coalesce(xact_start, query_start), 'YYYY-MM-DD HH24:MI:SS')) AS detail
      FROM pg_stat_activity
     WHERE backend_xmin IS NOT NULL AND pid <> pg_backend_pid()
    UNION ALL
    SELECT 'slot', slot_name::text,
           greatest(age(xmin), age(catalog_xmin))::bigint,
           concat_ws(' · ', slot_type, CASE WHEN active THEN 'active' ELSE 'inactive' END,
                     CASE WHEN catalog_xmin IS NOT NULL THEN 'catalog_xmin' END)
      FROM pg_replication_slots
     WHERE xmin IS NOT NULL OR catalog_xmin IS NOT NULL
    UNION ALL
    SELECT 'prepared', gid,
           age(transaction)::bigint,
           concat_ws(' · ', owner::text, database::text, 'prepared ' || to_char(prepared, 'YYYY-MM-DD HH24:MI:SS'))
      FROM pg_prepared_xacts
    UNION ALL
    SELECT 'standby', coalesce(nullif(application_name, ''), client_addr::text, pid::text),
           age(backend_xmin)::bigint,
           concat_ws(' · ', client_addr::text, state, 'hot_standby_feedback')
      FROM pg_stat_replication
     WHERE backend_xmin IS NOT NULL
)
SELECT kind, name, xmin_age, detail
  FROM h
 ORDER BY xmin_age DESC NULLS LAST, kind, name
 LIMIT 20;
