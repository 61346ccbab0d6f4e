SELECT ';', E'\';', "a;b";
DO $x$ BEGIN PERFORM 1; END $x$;
