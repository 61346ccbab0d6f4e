\set ON_ERROR_STOP on
COPY t (a) FROM stdin;
1
2
\.
SELECT 1;
