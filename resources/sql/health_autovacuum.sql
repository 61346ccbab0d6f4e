-- Is autovacuum keeping up: its workers busy now against autovacuum_max_workers, whether it is
-- on at all, and how many vacuums (any, manual ones included) run now.
SELECT current_setting('autovacuum')::bool                    AS autovacuum_on,
       current_setting('autovacuum_max_workers')::int         AS workers_max,
       (SELECT count(*) FROM pg_stat_activity
         WHERE backend_type = 'autovacuum worker')::int       AS workers_busy,
       (SELECT count(*) FROM pg_stat_progress_vacuum)::int    AS vacuums_running,
       current_setting('autovacuum_naptime')                  AS naptime;
