-- Composite and partial indexes for the order list and the open-orders queue.
SET lock_timeout = '5s';
CREATE INDEX IF NOT EXISTS orders_customer_created_idx ON public.orders (customer_id, created_at DESC);
CREATE INDEX IF NOT EXISTS orders_open_idx ON public.orders (created_at) WHERE status <> 'shipped';
