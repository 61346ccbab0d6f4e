-- Every sequence of this database against the largest value it may reach: its own MAXVALUE, or
-- less when the column it feeds is narrower (an integer column fed by a bigint sequence stops at
-- 2^31 - 1 with "integer out of range"). The owning column comes from OWNED BY, serial and
-- identity columns alike. last_value is NULL until the sequence is first used, and for sequences
-- our role may not read; both are left out. Descending sequences count toward MINVALUE.
WITH s AS (
    SELECT ps.schemaname AS schema, ps.sequencename AS sequence, ps.data_type::text AS sequence_type,
           ps.last_value, ps.increment_by, ps.min_value, ps.max_value, ps.cycle,
           c.oid AS seq_oid
      FROM pg_sequences ps
      JOIN pg_namespace n ON n.nspname = ps.schemaname
      JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = ps.sequencename
     WHERE ps.last_value IS NOT NULL
), owned AS (
    SELECT d.objid AS seq_oid, tn.nspname AS table_schema, t.relname AS "table", a.attname AS "column",
           format_type(a.atttypid, a.atttypmod) AS column_type, a.atttypid
      FROM pg_depend d
      JOIN pg_class t ON t.oid = d.refobjid
      JOIN pg_namespace tn ON tn.oid = t.relnamespace
      JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
     WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
       AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0
), l AS (
    SELECT s.*, o.table_schema, o."table", o."column", o.column_type,
           CASE WHEN s.increment_by > 0
                THEN least(s.max_value, CASE o.atttypid WHEN 'int2'::regtype THEN 32767
                                                        WHEN 'int4'::regtype THEN 2147483647 END)
                ELSE greatest(s.min_value, CASE o.atttypid WHEN 'int2'::regtype THEN -32768
                                                           WHEN 'int4'::regtype THEN -2147483648 END)
           END AS limit_value
      FROM s LEFT JOIN owned o ON o.seq_oid = s.seq_oid
)
SELECT schema, sequence, sequence_type, last_value, increment_by, limit_value, cycle,
       table_schema, "table", "column", column_type,
       round(100.0 * last_value / nullif(limit_value, 0), 4)::float8 AS used_pct,
       ((limit_value - last_value) / increment_by)::bigint          AS values_left
  FROM l
 ORDER BY used_pct DESC NULLS LAST, schema, sequence;
