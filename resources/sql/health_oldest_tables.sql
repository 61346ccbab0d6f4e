-- The tables of this database whose oldest unfrozen transaction ID is the oldest (a TOAST table
-- counts for the table it belongs to), with the freeze age that forces their anti-wraparound
-- vacuum (a table's own autovacuum_freeze_max_age, else the server's) and when they were last
-- vacuumed. The sizes are read for the ten rows only.
WITH t AS (
    SELECT c.oid, n.nspname AS schema, c.relname AS "table",
           greatest(age(c.relfrozenxid), coalesce(age(toast.relfrozenxid), 0))::bigint AS xid_age,
           greatest(mxid_age(c.relminmxid), coalesce(mxid_age(toast.relminmxid), 0))::bigint AS mxid_age,
           coalesce((SELECT option_value FROM pg_options_to_table(c.reloptions)
                      WHERE option_name = 'autovacuum_freeze_max_age')::bigint,
                    current_setting('autovacuum_freeze_max_age')::bigint) AS freeze_max_age
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_class toast ON toast.oid = c.reltoastrelid
     WHERE c.relkind IN ('r', 'm') AND c.relfrozenxid <> '0'::xid
     ORDER BY 4 DESC, 2, 3
     LIMIT 10
)
SELECT t.schema, t."table", t.xid_age, t.mxid_age, t.freeze_max_age,
       pg_total_relation_size(t.oid)                                   AS bytes,
       (extract(epoch FROM greatest(s.last_vacuum, s.last_autovacuum)) * 1000)::bigint AS last_vacuum_ms
  FROM t
  LEFT JOIN pg_stat_all_tables s ON s.relid = t.oid
 ORDER BY t.xid_age DESC, t.schema, t."table";
