DROP TABLE IF EXISTS public.orders;
DROP TABLE IF EXISTS public.customers;
