"""Purges reach every server: a log in the database that each serving process follows.

A purge empties the baked folder of the process that makes it (purging.py). On
several app servers each has a folder and a memory of kept answers of its own, so
every purge is also written to a log (`PurgeRecord`, whose id is the purge's
generation) and each serving process follows the log in a thread: it drops the
purged pages from its folder and its memory within MASTHEAD_MIRROR_PURGE_POLL_MS.
With REDIS_URL the writer also publishes the generation on a channel that wakes the
followers at once; the log stays the record, so a lost message costs one poll.

A folder that purged itself already (a shared mount, or a server and its task
worker) is named in the record, and its servers then only forget their memory.

A server that was down catches up when it starts: its folder keeps the last
generation it applied (`.purged/.generation`) and every later one is applied; when
it last followed the log longer ago than the log keeps purges (a week), or never
did, every baked page is dropped.
"""

import logging
import os
import tempfile
import threading
import time
import uuid
from datetime import timedelta
from functools import cache

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection
from django.db.models import Max, Q
from django.utils import timezone

from .models import PurgeRecord
from .store import MARKS

logger = logging.getLogger(__name__)
CHANNEL = "masthead:mirror:purges"
KEEP_LOG = timedelta(days=7)
PRUNE_EVERY = 100
# A record written just before a later one may commit just after it: records this
# young are read again, so one committed late is applied all the same.
LATE_COMMIT = timedelta(seconds=10)
# With Redis the log is still read this often, in case a message was lost.
REDIS_BACKSTOP_SECONDS = 1.0
ERROR_PAUSE_SECONDS = 5


def folder_id(store):
    """Return the name of the store's folder, made up once and kept in it."""
    path = store.root / MARKS / ".folder"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "x") as out:
            out.write(uuid.uuid4().hex)
    except FileExistsError:
        pass  # another process named it first
    return path.read_text().strip()


def record_purge(store, paths, trees):
    """Write a purge the store has just made to the log every server follows."""
    record = PurgeRecord.objects.create(
        paths=list(paths), trees=list(trees), folder=folder_id(store)
    )
    if record.pk % PRUNE_EVERY == 0:
        PurgeRecord.objects.filter(created__lt=timezone.now() - KEEP_LOG).delete()
    publish(record.pk)
    return record


def publish(generation):
    url = redis_url()
    if not url:
        return
    try:
        redis_client(url).publish(CHANNEL, generation)
    except Exception:
        # The log has it: followers find it at their next poll.
        logger.warning(
            "Could not announce purge %s on Redis", generation, exc_info=True
        )


def redis_url():
    return os.environ.get("REDIS_URL", "")


@cache
def redis_client(url):
    import redis

    return redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)


def read_generation(store):
    """Return the last generation the folder applied, or None if it never followed."""
    try:
        return int((store.root / MARKS / ".generation").read_text())
    except (FileNotFoundError, ValueError):
        return None


def generation_age(store):
    """Return how long ago the folder last applied a purge of the log.

    Older than the log (pruned after KEEP_LOG), and purges it never saw may be gone.
    """
    written = (store.root / MARKS / ".generation").stat().st_mtime
    return timedelta(seconds=time.time() - written)


def write_generation(store, generation):
    folder = store.root / MARKS
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".generation-")
    with os.fdopen(handle, "w") as out:
        out.write(str(generation))
    os.replace(temporary, folder / ".generation")


class PurgeFollower(threading.Thread):
    """Apply every purge in the log to one process's folder and memory."""

    def __init__(self, store, memory, poll_seconds):
        super().__init__(name="masthead-purge-follower", daemon=True)
        self.store, self.memory, self.poll_seconds = store, memory, poll_seconds
        self.folder = folder_id(store)
        self.generation = None
        self.recent = set()
        self.caught_up = threading.Event()
        self.stopping = threading.Event()
        self.wake = RedisWake(redis_url()) if redis_url() else None

    def run(self):
        while not self.stopping.is_set():
            try:
                close_old_connections()
                if self.generation is None:
                    self.catch_up()
                else:
                    self.follow()
            except DatabaseError:
                # Down, restarting, or not migrated yet: say so now and then.
                logger.warning("Could not read the purge log", exc_info=True)
                connection.close()
                self.stopping.wait(ERROR_PAUSE_SECONDS)
            self.wait()
        connection.close()

    def stop(self):
        self.stopping.set()

    def wait(self):
        if self.wake is not None and self.generation is not None:
            self.wake.wait(REDIS_BACKSTOP_SECONDS)
        else:
            self.stopping.wait(self.poll_seconds)

    def catch_up(self):
        """Apply what the log holds since this folder last followed it."""
        stored = read_generation(self.store)
        if stored is None or generation_age(self.store) >= KEEP_LOG:
            logger.info("Dropping every baked page: purges since the last run unknown")
            newest = PurgeRecord.objects.aggregate(newest=Max("pk"))["newest"]
            self.store.purge_tree("/")
            self.memory.forget_all()
            self.remember(newest or 0)
        else:
            self.remember(stored)
            self.follow()
        self.caught_up.set()

    def follow(self):
        """Apply the purges written since the last look."""
        since = timezone.now() - LATE_COMMIT
        records = list(
            PurgeRecord.objects.filter(
                Q(pk__gt=self.generation) | Q(created__gte=since)
            ).order_by("pk")
        )
        for record in records:
            if record.pk not in self.recent:
                self.apply(record)
        self.recent = {record.pk for record in records}
        newest = max((record.pk for record in records), default=self.generation)
        if newest > self.generation:
            self.remember(newest)

    def apply(self, record):
        if record.folder != self.folder:
            for tree in record.trees:
                self.store.purge_tree(tree)
            for path in record.paths:
                self.store.purge(path)
        self.memory.forget_paths(record.paths, record.trees)

    def remember(self, generation):
        self.generation = generation
        write_generation(self.store, generation)


class RedisWake:
    """Wait for a purge announced on Redis, or for `seconds`, whichever is first."""

    def __init__(self, url):
        self.pubsub = redis_client(url).pubsub(ignore_subscribe_messages=True)
        self.subscribed = False

    def wait(self, seconds):
        try:
            if not self.subscribed:
                self.pubsub.subscribe(CHANNEL)
                self.subscribed = True
            deadline = time.monotonic() + seconds
            while (left := deadline - time.monotonic()) > 0:
                if self.pubsub.get_message(timeout=left) is not None:
                    return
        except Exception:
            logger.warning("Redis purge channel unavailable", exc_info=True)
            self.subscribed = False
            time.sleep(seconds)


def start_following(front):
    """Follow the purge log for `front` (MirrorApplication) in a thread; return it.

    The first look catches up on what changed while the server was away, before the
    server answers anyone (up to a few seconds, if the database is slow to answer).
    """
    poll_ms = settings.MASTHEAD_MIRROR_PURGE_POLL_MS
    if poll_ms <= 0:
        return None
    follower = PurgeFollower(front.store, front.memory, poll_ms / 1000)
    follower.start()
    follower.caught_up.wait(5)
    return follower
