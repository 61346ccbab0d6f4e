-- Tables whose data pg_dump writes, with their size, to weigh the progress of a backup.
-- The name is "schema.table" unquoted, as pg_dump --verbose prints it.
-- Sizes from pg_class's page counts, not pg_relation_size(): that locks each table and would wait
-- behind a lock holder before pg_dump has even started (pg_dump then says who it waits for).
SELECT n.nspname || '.' || c.relname AS name,
       c.relpages::bigint * current_setting('block_size')::bigint AS size_bytes
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'm')
   AND n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname NOT LIKE 'pg_toast%'
   AND n.nspname NOT LIKE 'pg_temp%';
