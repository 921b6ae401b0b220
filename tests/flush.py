"""Empty the PostgreSQL test database with DELETE rather than TRUNCATE.

A test that commits (a live server's, a thread's, `transactional_db`) ends with
Django's `flush`, which on PostgreSQL is one TRUNCATE of every table: each of the 86
tables and its indexes gets new files and the old ones' buffers are dropped, 0.5 to
3 s per test on a shared two-core machine, where deleting the few rows a test leaves
takes about 10 ms. Every foreign key Django makes is deferrable, so the rows go in
any order within the flush's one transaction; the tables have no triggers, so DELETE
does nothing TRUNCATE would not. Sequences are left as TRUNCATE leaves them, and a
flush that must reset them or cascade still truncates.
"""


def delete_rather_than_truncate(connection):
    """Make `flush` on PostgreSQL connections delete rows (this process only)."""
    if connection.vendor != "postgresql":
        return
    operations = type(connection.ops)
    truncate = operations.sql_flush

    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if reset_sequences or allow_cascade or not tables:
            return truncate(
                self,
                style,
                tables,
                reset_sequences=reset_sequences,
                allow_cascade=allow_cascade,
            )
        deletes = [f"DELETE FROM {self.quote_name(table)};" for table in tables]
        return ["SET CONSTRAINTS ALL DEFERRED;", *deletes]

    operations.sql_flush = sql_flush
