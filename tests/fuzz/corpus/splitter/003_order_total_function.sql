-- A dollar-quoted function body with semicolons and a nested $q$ string.
CREATE OR REPLACE FUNCTION public.order_label(o public.orders) RETURNS text
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    label text;
BEGIN
    label := o."Order Ref" || ': ' || o.status;
    EXECUTE $q$SELECT 'x; y'$q$;
    RETURN label;
END;
$fn$;
