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
- `set_many` writes in one transaction (one lock, not one a key).
- `migrate` creates the table (see CoreConfig.ready()), so no extra command is needed.
"""

import base64
import pickle

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache
from django.core.management import call_command
from django.db import connections, router, transaction


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
        encoded = base64.b64encode(pickle.dumps(value, self.pickle_protocol))
        with connection.cursor() as cursor:
            cursor.execute(update, [encoded.decode("latin1"), cache_key])


def create_cache_tables(using="default", **kwargs):
    """After `migrate`: create the tables of database caches that lack one."""
    call_command("createcachetable", database=using, verbosity=0)
