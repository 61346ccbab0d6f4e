-- The locks one session ($1 = pid) holds and waits for, waits first; relations by name.
-- PostgreSQL 13 does not say since when a lock is awaited (waitstart came in 14).
SELECT l.granted,
       l.mode,
       l.locktype,
       CASE WHEN l.relation IS NOT NULL THEN l.relation::regclass::text
            WHEN l.locktype = 'transactionid' THEN l.transactionid::text
            WHEN l.locktype = 'virtualxid' THEN l.virtualxid
            ELSE coalesce(l.classid::regclass::text || ' ' || l.objid, '') END AS object,
       NULL::numeric AS waiting_seconds
  FROM pg_locks l
 WHERE l.pid = $1
 ORDER BY l.granted, l.locktype = 'relation' DESC, object;
