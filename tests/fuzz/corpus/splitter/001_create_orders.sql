-- The base schema: customers and orders, as a shop starts out.
SET lock_timeout = '5s';

CREATE TABLE IF NOT EXISTS public.customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS public.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES public.customers (id),
    status text NOT NULL DEFAULT 'new',
    note text,
    "Order Ref" text,
    created_at timestamptz NOT NULL DEFAULT now()
);

COPY public.customers (email) FROM stdin;
ada@example.com
grace@example.com
edsger@example.com
\.

INSERT INTO public.orders (customer_id, status, note, "Order Ref")
SELECT c.id, s.status, 'first; order', 'R-' || c.id
FROM public.customers c CROSS JOIN (VALUES ('new'), ('paid')) AS s(status);
