-- Foreign keys (the partitioned parent's only, not the copies on each partition) with their
-- referencing columns as attribute numbers, the referenced table and the ON DELETE action.
SELECT n.nspname                                        AS schema,
       t.relname                                        AS "table",
       k.conname                                        AS constraint_name,
       t.oid::bigint                                    AS table_oid,
       t.relkind = 'p'                                  AS partitioned,
       array_to_string(k.conkey, ',')                   AS columns,
       (SELECT string_agg(a.attname, ', ' ORDER BY u.ord)
          FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = u.attnum) AS column_names,
       rn.nspname || '.' || r.relname                   AS referenced,
       CASE k.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'
                          WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END AS on_delete,
       coalesce(st.n_live_tup, t.reltuples::bigint)     AS table_rows,
       quote_ident(n.nspname) || '.' || quote_ident(t.relname) AS qualified_table,
       (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY u.ord)
          FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = u.attnum) AS quoted_columns,
       -- a name for the index that would cover it: <table>_<columns>_fk_idx, within 63 characters
       quote_ident(left(t.relname || '_' || (SELECT string_agg(a.attname, '_' ORDER BY u.ord)
                                              FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                                              JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = u.attnum),
                        56) || '_fk_idx') AS index_name
  FROM pg_constraint k
  JOIN pg_class t ON t.oid = k.conrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  JOIN pg_class r ON r.oid = k.confrelid
  JOIN pg_namespace rn ON rn.oid = r.relnamespace
  LEFT JOIN pg_stat_user_tables st ON st.relid = t.oid
 WHERE k.contype = 'f' AND k.conparentid = 0
   AND n.nspname NOT IN ('pg_catalog', 'information_schema')
 ORDER BY n.nspname, t.relname, k.conname;
