-- Built without blocking writes: runs outside a transaction.
SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON public.orders (status);
