DROP FUNCTION IF EXISTS public.order_label(public.orders);
