"""Same and nearly the same text, in every script: folding, shingles, MinHash, LSH.

Texts are compared as character shingles (runs of 3 to 5 letters, marks and digits,
spaces and punctuation dropped), so Chinese, Burmese, Khmer, Lao and Tibetan, written
without spaces between words, compare as well as English, Korean or Uyghur. A MinHash
signature estimates the Jaccard similarity of two shingle sets; its bands, hashed, are
keys of an index in the triage cache (kept for the window, 24 hours by default), so a
new comment meets only the comments that share a band with it, never a scan.

Signatures are stable across processes and releases: the hash functions are derived
from fixed seeds with hashlib, not from Python's per-process hash().
"""

import base64
import hashlib
from functools import lru_cache
from unicodedata import category

import numpy as np
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache

from masthead.core.text import comparable_text

from .memory import TriageMemoryCache

NUM_PERM = 128
MERSENNE = np.uint64((1 << 61) - 1)
MAX_HASH = np.uint64((1 << 32) - 1)
LOW_BITS = np.uint32(0xFFFF)
SHINGLE_SIZES = (3, 4, 5)
PREFIX = "masthead:lsh"


def fold(text):
    """Return `text` as compared for exact duplicates: folded as the word lists fold
    it (NFKC, case, look-alikes, Traditional to Simplified Chinese, Zawgyi to
    Unicode), format characters such as bidi controls dropped, spaces collapsed."""
    return comparable_text(text)


def letters_only(text):
    """Return the folded text's letters, marks and digits, nothing between them."""
    return "".join(c for c in fold(text) if category(c)[0] in "LMN")


def shingles(text, sizes=SHINGLE_SIZES):
    """Return the set of character n-grams of `text` (itself if shorter)."""
    found = {text[i : i + n] for n in sizes for i in range(len(text) - n + 1)}
    return found or ({text} if text else set())


@lru_cache(maxsize=1)
def _permutations(num_perm=NUM_PERM):
    """Return the (a, b) of `num_perm` hash functions h(x) = (a x + b) mod p."""

    def seeded(name, i):
        digest = hashlib.blake2b(f"{name}{i}".encode(), digest_size=8).digest()
        return int.from_bytes(digest, "little") % ((1 << 61) - 2) + 1

    a = np.array([seeded("a", i) for i in range(num_perm)], dtype=np.uint64)
    b = np.array([seeded("b", i) for i in range(num_perm)], dtype=np.uint64)
    return a, b


def shingle_hashes(text, sizes=SHINGLE_SIZES):
    """Return the distinct 32-bit hashes of the shingles of `text`, as a NumPy array.

    The same set as shingles() gives, hashed in bulk: a polynomial over the code
    points of each n-gram, then SplitMix64's finaliser to spread the bits.
    """
    points = np.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    runs = [_polynomial(points, n) for n in sizes if len(points) >= n] or [
        _polynomial(points, len(points))
    ]
    return np.unique(_mix(np.concatenate(runs)) & MAX_HASH)


def _polynomial(points, n):
    count = len(points) - n + 1
    value = np.full(count, n, dtype=np.uint64)  # the size too, so "ab" != "abc"
    for offset in range(n):
        value = value * np.uint64(1_000_003) + points[offset : offset + count]
    return value


def _mix(x):
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def signature(text, num_perm=NUM_PERM):
    """Return the MinHash signature of the shingles of non-empty `text` (uint32s)."""
    a, b = _permutations(num_perm)
    hashes = shingle_hashes(text)
    # a * h wraps modulo 2**64 before the modulus, as in datasketch: still a
    # well-mixed family of hash functions for 32-bit h, and fast.
    permuted = (np.outer(hashes, a) + b) % MERSENNE & MAX_HASH
    return permuted.min(axis=0).astype(np.uint32)


def similarity(first, second):
    """Return the estimated Jaccard similarity of two signatures (0 to 1).

    Only the low 16 bits of each value are compared (b-bit MinHash), so a stored
    signature takes half the room; two different minima agree on them by chance
    once in 65,536, which moves the estimate by nothing one could see.
    """
    if first.shape != second.shape:
        return 0.0
    agree = (first & LOW_BITS) == (second & LOW_BITS)
    return float(np.count_nonzero(agree)) / len(first)


def encode(sig):
    """Return the low 16 bits of a signature as base64 text, for the verdict."""
    return base64.b64encode((sig & LOW_BITS).astype("<u2").tobytes()).decode("ascii")


def decode(text):
    return np.frombuffer(base64.b64decode(text), dtype="<u2").astype(np.uint32)


def band_keys(sig, bands):
    """Return one key per band of rows; equal keys mean an equal band."""
    if len(sig) % bands:
        raise ValueError(f"{bands} bands do not divide a signature of {len(sig)}")
    return [
        f"{i}:{hashlib.blake2b(rows.tobytes(), digest_size=8).hexdigest()}"
        for i, rows in enumerate(np.split(sig.astype("<u4"), bands))
    ]


def index_cache():
    """Return the cache that holds the index (settings.CACHES["triage"] says why)."""
    return caches["triage"]


class BandIndex:
    """Comment ids by band key, per edition, in the triage cache.

    Each band key holds the newest `per_band` comment ids that had that band, and is
    forgotten `seconds` after its last addition. A batch of comments is looked up
    and added with two round trips to the cache, whatever its size; each comment
    meets the ones before it in the batch as it would have one at a time.

    In Redis each key is a list appended to atomically, so comments triaged at the
    same moment by workers on several servers never overwrite each other. Without
    Redis the index lives in the one task worker's memory (memory.py), where nothing
    else writes.
    """

    def __init__(self, edition, seconds, per_band=20):
        self.edition, self.seconds, self.per_band = edition, seconds, per_band
        self.store = band_store(index_cache())

    def _name(self, key):
        return f"{PREFIX}:{self.edition}:{key}"

    def look_up_and_add(self, entries):
        """Take [(comment id, band keys), ...] in posting order; return for each the
        ids of comments sharing a band with it, newest first; add each to the index.
        """
        names = {key: self._name(key) for _pk, keys in entries for key in keys}
        stored = self.store.read(list(names.values()))
        seen = {key: list(stored.get(name, ())) for key, name in names.items()}
        found, added = [], {}
        for pk, keys in entries:
            ids = set()
            for key in keys:
                ids.update(seen[key][-self.per_band :])
            found.append(sorted(ids - {pk}, reverse=True))
            for key in keys:
                seen[key].append(pk)
                added.setdefault(names[key], []).append(pk)
        self.store.add(added, self.per_band, self.seconds)
        return found


def band_store(cache):
    """Return where the band lists live: Redis lists, the worker's own memory, or
    values of whatever other cache a site configured."""
    if isinstance(cache, RedisCache):
        return RedisBands(cache)
    if isinstance(cache, TriageMemoryCache):
        return cache.bands
    return CacheBands(cache)


class CacheBands:
    """Band lists as values of a Django cache, read and written whole."""

    def __init__(self, cache):
        self.cache = cache

    def read(self, names):
        return self.cache.get_many(names)

    def add(self, added, keep, seconds):
        stored = self.cache.get_many(list(added))
        self.cache.set_many(
            {
                name: [*stored.get(name, []), *ids][-keep:]
                for name, ids in added.items()
            },
            seconds,
        )


class RedisBands:
    """Band lists as Redis lists: appended, trimmed and renewed in one pipeline."""

    def __init__(self, cache):
        self.cache = cache
        self.client = cache._cache.get_client(write=True)

    def read(self, names):
        pipe = self.client.pipeline(transaction=False)
        for name in names:
            pipe.lrange(self.cache.make_and_validate_key(name), 0, -1)
        return {
            name: [int(pk) for pk in ids]
            for name, ids in zip(names, pipe.execute(), strict=True)
            if ids
        }

    def add(self, added, keep, seconds):
        pipe = self.client.pipeline(transaction=False)
        for name, ids in added.items():
            key = self.cache.make_and_validate_key(name)
            pipe.rpush(key, *ids)
            pipe.ltrim(key, -keep, -1)
            pipe.expire(key, seconds)
        pipe.execute()


def join_cluster(edition, cluster_id, seconds):
    """Count one more comment in a cluster (founded by `cluster_id`); return its size.

    The count lives as long as the cluster keeps growing within the window.
    """
    key = f"{PREFIX}:{edition}:cluster:{cluster_id}"
    cache = index_cache()
    if cache.add(key, 2, seconds):  # the founder and this comment
        return 2
    try:
        size = cache.incr(key)
    except ValueError:
        size = 2 if cache.add(key, 2, seconds) else cache.incr(key)
    cache.touch(key, seconds)
    return size
