-- Every index of user tables (partitioned parents included) with what the advisor needs:
-- usage, size, how it is built (columns, opclasses, expressions, predicate, method) and whether it
-- backs a constraint. Key columns are attribute numbers; 0 marks an expression. Names for DDL come
-- quoted by the server (quote_ident). The definition (pg_get_indexdef) is not here: on a cold backend it
-- costs about half a second per 30,000 indexes, and the panel asks for it per selected index.
--
-- Btree bloat estimate: the leaf pages the entries should need, from pg_stats' average widths of
-- the key columns (an 8-byte index tuple header, the data aligned to 8, a 4-byte line pointer)
-- at the index's fillfactor (90 by default) in an 8 kB page less header and btree special space,
-- plus the metapage, against relpages. NULL for other methods, expression keys and indexes
-- without statistics; it ignores the inner pages and deduplication (15+), so it reads a little high
-- for small indexes and low for indexes of many duplicates.
-- A relation under an ACCESS EXCLUSIVE lock is never opened: not measured, its expressions not read (excl).
-- Written as set operations (joins on derived tables, not a subquery per index) so it stays
-- linear on schemas with tens of thousands of indexes.
WITH excl AS (
    -- Relations a session holds or waits for ACCESS EXCLUSIVE on: measuring them (pg_*_size) would
    -- queue behind that lock, so they get the statistics' size and the advisor names who holds it.
    SELECT l.relation, string_agg(DISTINCT l.pid::text, ',') AS pids,
           string_agg(DISTINCT coalesce(nullif(a.application_name, ''), '?'), ', ') AS applications
      FROM pg_locks l
      LEFT JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'relation' AND l.mode = 'AccessExclusiveLock'
       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
     GROUP BY l.relation
), colw AS (
    SELECT schemaname, tablename, attname, coalesce(avg_width, 0) * (1 - coalesce(null_frac, 0)) AS width
      FROM pg_stats
     WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
), keycols AS (
    SELECT i.indexrelid, k.ord, k.attnum, a.attname, n.nspname, t.relname
      FROM pg_index i
      JOIN pg_class t ON t.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
     CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
      LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0
     WHERE k.ord <= i.indnkeyatts
       AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
), widths AS (
    SELECT kc.indexrelid, sum(cw.width) AS width, count(cw.width) AS known, count(*) AS total,
           string_agg(coalesce(kc.attname, '(expression)'), ', ' ORDER BY kc.ord) AS column_names
      FROM keycols kc
      LEFT JOIN colw cw ON cw.schemaname = kc.nspname AND cw.tablename = kc.relname AND cw.attname = kc.attname
     GROUP BY kc.indexrelid
), constraint_indexes AS (
    SELECT DISTINCT conindid FROM pg_constraint WHERE contype IN ('p', 'u', 'x')
)
SELECT n.nspname                                        AS schema,
       t.relname                                        AS "table",
       c.relname                                        AS index,
       c.oid::bigint                                    AS index_oid,
       t.oid::bigint                                    AS table_oid,
       c.relkind = 'I'                                  AS partitioned,
       CASE WHEN coalesce(xi.pids, xt.pids) IS NULL THEN pg_relation_size(c.oid)
            ELSE c.relpages::bigint * current_setting('block_size')::bigint END AS size_bytes,
       coalesce(xi.pids, xt.pids)                       AS locked_by_pids,
       coalesce(xi.applications, xt.applications)       AS locked_by_applications,
       s.idx_scan                                       AS scans,
       s.idx_tup_read                                   AS tuples_read,
       s.idx_tup_fetch                                  AS tuples_fetched,
       i.indisunique                                    AS "unique",
       i.indisprimary                                   AS "primary",
       ci.conindid IS NOT NULL                          AS backs_constraint,
       i.indisvalid                                     AS valid,
       am.amname                                        AS method,
       i.indnkeyatts                                    AS key_count,
       array_to_string(i.indkey::int2[], ',')           AS columns,
       array_to_string(i.indclass::oid[], ',')          AS opclasses,
       w.column_names                                   AS column_names,
       -- pg_get_expr opens the table (AccessShareLock): on a locked table the text is left out
       -- and a placeholder unique to the index keeps it from matching any other.
       CASE WHEN i.indexprs IS NULL THEN NULL
            WHEN coalesce(xi.pids, xt.pids) IS NULL THEN pg_get_expr(i.indexprs, i.indrelid)
            ELSE '(not read: locked) ' || c.oid END     AS expressions,
       CASE WHEN i.indpred IS NULL THEN NULL
            WHEN coalesce(xi.pids, xt.pids) IS NULL THEN pg_get_expr(i.indpred, i.indrelid)
            ELSE '(not read: locked) ' || c.oid END     AS predicate,
       quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS qualified_index,
       quote_ident(n.nspname) || '.' || quote_ident(t.relname) AS qualified_table,
       CASE WHEN am.amname <> 'btree' OR c.relpages < 2 OR c.reltuples <= 0 OR w.known < w.total THEN NULL
            ELSE greatest(0, c.relpages - 1 - ceil(c.reltuples * (8 + ceil(w.width / 8) * 8 + 4)
                  / ((current_setting('block_size')::numeric - 24 - 16)
                     * coalesce((SELECT option_value::numeric FROM pg_options_to_table(c.reloptions)
                                  WHERE option_name = 'fillfactor'), 90) / 100)))::bigint
                 * current_setting('block_size')::bigint
       END                                              AS bloat_bytes
  FROM pg_index i
  JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_class t ON t.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  JOIN pg_am am ON am.oid = c.relam
  LEFT JOIN pg_stat_user_indexes s ON s.indexrelid = i.indexrelid
  LEFT JOIN widths w ON w.indexrelid = i.indexrelid
  LEFT JOIN constraint_indexes ci ON ci.conindid = i.indexrelid
  LEFT JOIN excl xi ON xi.relation = c.oid
  LEFT JOIN excl xt ON xt.relation = t.oid
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
   AND n.nspname NOT LIKE 'pg_temp%'
 ORDER BY n.nspname, t.relname, c.relname;
