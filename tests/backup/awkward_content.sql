-- Awkward content for the backup round trip: bytea, jsonb, arrays, quoted mixed-case and hostile
-- names, a large object, and 100,000 rows.
CREATE SCHEMA "Order Ref";
CREATE TABLE "Order Ref"."Mixed Case" (id int PRIMARY KEY, "Payload" bytea, doc jsonb, tags text[],
                                        amounts numeric[], note text);
INSERT INTO "Order Ref"."Mixed Case"
     SELECT g, decode(md5(g::text), 'hex') || '\x00ff'::bytea, jsonb_build_object('n', g, 'q', 'it''s "quoted"'),
            ARRAY['a,b', 'c"d', NULL], ARRAY[g / 3.0, -1], CASE WHEN g % 7 = 0 THEN NULL ELSE 'ü €' END
       FROM generate_series(1, 500) g;
CREATE TABLE public."a""; DROP TABLE x; --" (id int);
INSERT INTO public."a""; DROP TABLE x; --" VALUES (1), (2);
CREATE TABLE public.big (id int PRIMARY KEY, v text);
INSERT INTO public.big SELECT g, md5(g::text) FROM generate_series(1, 100000) g;
CREATE TABLE public.docs (id int, blob oid);
INSERT INTO public.docs VALUES (1, lo_from_bytea(0, '\xdeadbeef'::bytea));
ANALYZE;
