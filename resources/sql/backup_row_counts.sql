-- Exact row count of every ordinary table, run inside pg_dump's exported snapshot so the counts
-- describe exactly the data in the backup (a full verification compares a restore against them).
-- query_to_xml runs one count(*) per table from a single statement; names are quoted by format(%I).
SELECT n.nspname || '.' || c.relname AS name,
       (xpath('/row/n/text()',
              query_to_xml(format('SELECT count(*) AS n FROM ONLY %I.%I', n.nspname, c.relname), false, true, '')))[1]::text::bigint AS row_count
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind = 'r'
   AND n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname NOT LIKE 'pg_toast%'
   AND n.nspname NOT LIKE 'pg_temp%';
