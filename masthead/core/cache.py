"""The cache every worker shares when there is no Redis: a table in the database.

Flood counts and the native-digits flag must be the same in every worker process, or
two workers would each allow a commenter the full limit. A per-process memory cache
cannot give that; Django's database cache can, with these changes:

- `incr` keeps the key's expiry (Django's generic `incr` sets the value again with the
  default timeout, which would stretch or cut a flood window), and runs in one
  transaction: SQLite takes its write lock at BEGIN (IMMEDIATE, see settings), so two
  workers raising the same count take turns instead of both writing "2".
- `add` takes the write lock before Django's code, which swallows every database
  error of a write (a lost race must not fail a cache call): a database locked for
  longer than its timeout then raises, once, and the post is answered 503 with its
  text kept, instead of waiting out the timeout at every one of its counts.
- `set` is one statement, an upsert (Django's reads the row count, then the row, then
  writes it: five statements inside a transaction, at every content-generation bump
  of every decision). The count that decides culling is read at one `set` in
  CULL_CHECK_EVERY, so the table may pass MAX_ENTRIES by about that many keys.
- `set_many` writes in one transaction (one lock, not one a key).
- `migrate` creates the table (see CoreConfig.ready()), so no extra command is needed.
"""

import base64
import pickle
import secrets
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache
from django.core.management import call_command
from django.db import DatabaseError, connections, router, transaction
from django.utils import timezone

CULL_CHECK_EVERY = 100


class SharedDatabaseCache(DatabaseCache):
    def incr(self, key, delta=1, version=None):
        db = router.db_for_write(self.cache_model_class)
        with transaction.atomic(using=db):
            value = self.get(key, version=version)
            if value is None:
                raise ValueError(f"Key '{key}' not found")
            value += delta
            self._replace_value(db, self.make_and_validate_key(key, version), value)
        return value

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with transaction.atomic(using=router.db_for_write(self.cache_model_class)):
            return super().add(key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        try:
            if connection.in_atomic_block:
                # A savepoint, so a failed write does not spoil the caller's work.
                with transaction.atomic(using=db):
                    self._upsert(connection, key, value, timeout)
            else:
                self._upsert(connection, key, value, timeout)
        except DatabaseError:
            return  # as Django's own: a write that fails is a miss later
        if secrets.randbelow(CULL_CHECK_EVERY) == 0:
            self._cull_when_full(db, connection)

    def _upsert(self, connection, key, value, timeout):
        table, key_column, value_column, expires_column = map(
            connection.ops.quote_name, (self._table, "cache_key", "value", "expires")
        )
        # Only quoted names are formatted in; the values are parameters.
        upsert = (
            f"INSERT INTO {table} ({key_column}, {value_column}, {expires_column}) "  # noqa: S608  # nosec B608
            f"VALUES (%s, %s, %s) ON CONFLICT ({key_column}) DO UPDATE SET "
            f"{value_column} = excluded.{value_column}, "
            f"{expires_column} = excluded.{expires_column}"
        )
        expires = self._expiry(connection, timeout)
        with connection.cursor() as cursor:
            cursor.execute(upsert, [key, self._encoded(value), expires])

    def _encoded(self, value):
        """The value column's text, as Django's own cache writes it."""
        pickled = pickle.dumps(value, self.pickle_protocol)
        return base64.b64encode(pickled).decode("latin1")

    def _expiry(self, connection, timeout):
        """The expiry column's value, as Django's own `set` writes it."""
        seconds = self.get_backend_timeout(timeout)  # a timestamp, or None: never
        if seconds is None:
            expires = datetime.max
        else:
            expires = datetime.fromtimestamp(
                seconds, tz=UTC if settings.USE_TZ else None
            )
        return connection.ops.adapt_datetimefield_value(expires.replace(microsecond=0))

    def _cull_when_full(self, db, connection):
        table = connection.ops.quote_name(self._table)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608  # nosec B608
            count = cursor.fetchone()[0]
            if count > self._max_entries:
                self._cull(db, cursor, timezone.now().replace(microsecond=0), count)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # One transaction, so SQLite's write lock is taken once, not once a key.
        with transaction.atomic(using=router.db_for_write(self.cache_model_class)):
            return super().set_many(data, timeout, version)

    def _replace_value(self, db, cache_key, value):
        connection = connections[db]
        table, column, key = map(
            connection.ops.quote_name, (self._table, "value", "cache_key")
        )
        # Only quoted names are formatted in; the values are parameters.
        update = f"UPDATE {table} SET {column} = %s WHERE {key} = %s"  # noqa: S608  # nosec B608
        with connection.cursor() as cursor:
            cursor.execute(update, [self._encoded(value), cache_key])


def create_cache_tables(using="default", **kwargs):
    """After `migrate`: create the tables of database caches that lack one."""
    call_command("createcachetable", database=using, verbosity=0)
