// A widget file breaking every widget rule: tests/layering.cmake must report each of them.
#include <libpq-fe.h>
#include "main/main.cpp"
void f(PGconn* c) { PQexec(c, "SELECT 1"); }
