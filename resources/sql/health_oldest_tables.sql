-- The tables of this database whose oldest unfrozen transaction ID is the oldest (a TOAST table
-- counts for the table it belongs to), with the freeze age that forces their anti-wraparound
-- vacuum (a table's own autovacuum_freeze_max_age, else the server's) and when they were last
-- vacuumed. One pass over pg_class reads the ages; a TOAST table finds its owner through
-- pg_depend's index, and sizes, options and vacuum times are read for the rows shown only
-- (pg_stat_all_tables would aggregate over the whole catalog).
WITH oldest AS (
    SELECT c.oid, c.relkind,
           age(c.relfrozenxid)::bigint   AS xid_age,
           mxid_age(c.relminmxid)::bigint AS mxid_age
      FROM pg_class c
     WHERE c.relkind IN ('r', 'm', 't') AND c.relfrozenxid <> '0'::xid
     ORDER BY age(c.relfrozenxid) DESC, c.oid
     LIMIT 20
), owned AS (
    SELECT coalesce(CASE WHEN o.relkind = 't'
                         THEN (SELECT d.refobjid FROM pg_depend d
                                WHERE d.classid = 'pg_class'::regclass AND d.objid = o.oid
                                  AND d.objsubid = 0 AND d.deptype = 'i'
                                  AND d.refclassid = 'pg_class'::regclass LIMIT 1) END,
                    o.oid) AS oid,
           o.xid_age, o.mxid_age
      FROM oldest o
), t AS (
    SELECT oid, max(xid_age) AS xid_age, max(mxid_age) AS mxid_age
      FROM owned GROUP BY oid
     ORDER BY 2 DESC, 1
     LIMIT 10
)
SELECT n.nspname AS schema, c.relname AS "table", t.xid_age, t.mxid_age,
       coalesce((SELECT option_value FROM pg_options_to_table(c.reloptions)
                  WHERE option_name = 'autovacuum_freeze_max_age')::bigint,
                current_setting('autovacuum_freeze_max_age')::bigint)            AS freeze_max_age,
       pg_total_relation_size(c.oid)                                               AS bytes,
       (extract(epoch FROM greatest(pg_stat_get_last_vacuum_time(c.oid),
                                    pg_stat_get_last_autovacuum_time(c.oid))) * 1000)::bigint AS last_vacuum_ms
  FROM t
  JOIN pg_class c ON c.oid = t.oid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 ORDER BY t.xid_age DESC, n.nspname, c.relname;
