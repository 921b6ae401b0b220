"""Answers to the most read baked pages, kept in the serving process's memory.

Under load the front answers the same few pages again and again; building each
answer anew (finding the file among the candidates, opening and reading it, making
a dozen headers) costs more than the rest of the request together. A kept answer
is reused only while the file it was read from is the same one: a `stat` per
request compares inode, size and modification time, so a purge (the file is gone)
or a new bake (a new file is renamed into place) is seen on the very next request,
as without this memory.

The memory is bounded in bytes (MASTHEAD_MIRROR_MEMORY_MB); when it is full the
answer read least recently is dropped first, so the most read pages stay.
"""

import os
import threading
from dataclasses import dataclass

from cachetools import LRUCache


@dataclass(frozen=True)
class KeptAnswer:
    path: str
    identity: tuple
    mtime: float
    etag: str
    headers: tuple
    body: bytes


def file_identity(info):
    return (info.st_ino, info.st_dev, info.st_size, info.st_mtime_ns)


def answer_size(kept):
    return len(kept.body)


class AnswerMemory:
    def __init__(self, limit_bytes):
        self.limit = limit_bytes
        # An LRU cache reorders itself on every read, so reads take the lock too.
        self.answers = LRUCache(maxsize=max(limit_bytes, 1), getsizeof=answer_size)
        self.lock = threading.Lock()

    @property
    def size(self):
        return self.answers.currsize

    def get(self, key):
        """Return the kept answer for `key` if its file is unchanged, else None."""
        with self.lock:
            kept = self.answers.get(key)
        if kept is None:
            return None
        try:
            unchanged = file_identity(os.stat(kept.path)) == kept.identity
        except OSError:
            unchanged = False
        if not unchanged:
            self.forget(key)
            return None
        return kept

    def keep(self, key, path, info, etag, headers, body):
        """Return the answer made of these parts, kept under `key` if it fits."""
        kept = KeptAnswer(
            path, file_identity(info), info.st_mtime, etag, tuple(headers), body
        )
        if self.limit <= 0 or len(body) > self.limit // 4:
            return kept
        with self.lock:
            self.answers[key] = kept
        return kept

    def forget(self, key):
        with self.lock:
            self.answers.pop(key, None)

    def forget_paths(self, paths, trees=()):
        """Drop the answers to these URL paths and to every URL under `trees`."""
        paths, trees = set(paths), tuple(trees)
        with self.lock:
            for key in list(self.answers):
                url_path = url_path_of(key)
                if url_path in paths or url_path.startswith(trees):
                    self.answers.pop(key, None)

    def forget_all(self):
        with self.lock:
            self.answers.clear()


def url_path_of(key):
    """Return the URL path of a kept answer's key, whose PATH_INFO is WSGI's latin-1."""
    return key[0].encode("latin-1", "replace").decode("utf-8", "replace")
