-- Every user index with its scans and size for the Indexes dock; schema.index is the stable key.
SELECT s.schemaname                                  AS schema,
       s.relname                                     AS "table",
       s.indexrelname                                AS index,
       pg_relation_size(s.indexrelid)                AS size_bytes,
       pg_size_pretty(pg_relation_size(s.indexrelid)) AS size,
       s.idx_scan                                    AS scans,
       s.idx_tup_read                                AS tuples_read,
       s.idx_tup_fetch                               AS tuples_fetched,
       i.indisunique                                 AS "unique",
       i.indisprimary                                AS "primary",
       i.indisvalid                                  AS valid
  FROM pg_stat_user_indexes s
  JOIN pg_index i ON i.indexrelid = s.indexrelid
 ORDER BY s.idx_scan, pg_relation_size(s.indexrelid) DESC;
