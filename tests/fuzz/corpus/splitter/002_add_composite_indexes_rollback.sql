DROP INDEX IF EXISTS public.orders_open_idx;
DROP INDEX IF EXISTS public.orders_customer_created_idx;
