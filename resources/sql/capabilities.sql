-- Capability probe, run once per (re)connect. Works without superuser: pg_settings hides
-- shared_preload_libraries from roles that may not read it, which then comes back NULL.
SELECT current_setting('server_version_num')::int                         AS version_num,
       current_setting('server_version')                                   AS version,
       current_user                                                        AS current_user,
       current_database()                                                  AS database,
       r.rolsuper                                                          AS is_superuser,
       pg_has_role(current_user, 'pg_monitor', 'USAGE')                    AS has_pg_monitor,
       pg_has_role(current_user, 'pg_read_all_stats', 'USAGE')             AS has_read_all_stats,
       pg_has_role(current_user, 'pg_signal_backend', 'USAGE')             AS has_signal_backend,
       (SELECT string_agg(rolname, E'\n') FROM pg_roles WHERE rolsuper)      AS superusers,
       current_setting('transaction_read_only') = 'on'                     AS read_only,
       pg_is_in_recovery()                                                 AS in_recovery,
       current_setting('max_connections')::int                             AS max_connections,
       current_setting('superuser_reserved_connections')::int
         + coalesce(current_setting('reserved_connections', true)::int, 0) AS reserved_connections, -- 16+
       (SELECT setting FROM pg_settings WHERE name = 'shared_preload_libraries') AS shared_preload_libraries,
       (SELECT coalesce(json_object_agg(extname, extversion), '{}') FROM pg_extension) AS installed,
       (SELECT coalesce(json_agg(name ORDER BY name), '[]')
          FROM pg_available_extensions
         WHERE name IN ('pg_stat_statements', 'pgstattuple', 'hypopg', 'pg_buffercache')) AS available
  FROM pg_roles r
 WHERE r.rolname = current_user;
