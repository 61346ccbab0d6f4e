-- The locks one session ($1 = pid) holds and waits for, waits first; relations by name.
-- PostgreSQL 14 and later say since when a lock is awaited.
SELECT l.granted,
       l.mode,
       l.locktype,
       CASE WHEN l.relation IS NOT NULL THEN l.relation::regclass::text
            WHEN l.locktype = 'transactionid' THEN l.transactionid::text
            WHEN l.locktype = 'virtualxid' THEN l.virtualxid
            ELSE coalesce(l.classid::regclass::text || ' ' || l.objid, '') END AS object,
       round(extract(epoch FROM clock_timestamp() - l.waitstart)::numeric, 1) AS waiting_seconds
  FROM pg_locks l
 WHERE l.pid = $1
 ORDER BY l.granted, l.locktype = 'relation' DESC, object;
