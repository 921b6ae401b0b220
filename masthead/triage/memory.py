"""The triage index's cache when there is no Redis: the task worker's own memory.

Django's memory cache, with the near-duplicate index's band lists kept beside it as
plain lists. A batch of comments reads and writes some thirty band lists a comment;
through the cache API each one was a key check and a pickle, which cost more than
comparing the comments. Only the one task worker beside `masthead serve` writes
here (settings say why), so nothing else needs to see these lists.
"""

import time

from django.core.cache.backends.locmem import LocMemCache

# Band lists by cache name, shared by the cache's instances in this process (Django
# makes one per thread), as LocMemCache shares its own memory.
_BANDS = {}


class TriageMemoryCache(LocMemCache):
    def __init__(self, name, params):
        super().__init__(name, params)
        self.bands = _BANDS.setdefault(name, BandLists(self._max_entries))

    def clear(self):
        super().clear()
        self.bands.clear()


class BandLists:
    """Lists of ids by name, each forgotten `seconds` after its last addition; the
    least recently added go first once there are more than `limit`."""

    def __init__(self, limit):
        self.limit, self.lists = limit, {}

    def read(self, names):
        now, found = time.monotonic(), {}
        for name in names:
            entry = self.lists.get(name)
            if entry is not None and entry[0] > now:
                found[name] = entry[1]
        return found

    def add(self, added, keep, seconds):
        now = time.monotonic()
        for name, ids in added.items():
            expires, stored = self.lists.pop(name, (0, []))
            kept = stored if expires > now else []
            self.lists[name] = (now + seconds, [*kept, *ids][-keep:])
        while len(self.lists) > self.limit:
            del self.lists[next(iter(self.lists))]

    def clear(self):
        self.lists.clear()
