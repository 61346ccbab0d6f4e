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
       -- The larger of the two estimates: n_live_tup lags behind a bulk load until the statistics
       -- are flushed, reltuples until the next ANALYZE (and is -1 before the first).
       greatest(coalesce(st.n_live_tup, 0), t.reltuples::bigint, 0) AS table_rows,
       quote_ident(n.nspname) || '.' || quote_ident(t.relname) AS qualified_table,
       (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY u.ord)
          FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = u.attnum) AS quoted_columns,
       quote_ident(nm.cut || '_fk_idx')                 AS index_name
  FROM pg_constraint k
  JOIN pg_class t ON t.oid = k.conrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  JOIN pg_class r ON r.oid = k.confrelid
  JOIN pg_namespace rn ON rn.oid = r.relnamespace
  LEFT JOIN pg_stat_user_tables st ON st.relid = t.oid
  -- A name for the index that would cover it: <table>_<columns>_fk_idx in at most 63 *bytes*
  -- (NAMEDATALEN), cut between characters; a name cut by characters would be cut again by the
  -- server, and the index created would not be the one shown.
 CROSS JOIN LATERAL (SELECT t.relname || '_' || string_agg(a.attname, '_' ORDER BY u.ord) AS base
                       FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = u.attnum) b
 CROSS JOIN LATERAL (SELECT left(b.base, max(n)) AS cut
                       FROM generate_series(0, 56) n
                      WHERE octet_length(left(b.base, n)) <= 56) nm
 WHERE k.contype = 'f' AND k.conparentid = 0
   AND n.nspname NOT IN ('pg_catalog', 'information_schema')
 ORDER BY n.nspname, t.relname, k.conname;
