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

from .normalise import normalise

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
    folded = normalise(text).text
    return " ".join("".join(c for c in folded if category(c) != "Cf").split())


class FoldDigests:
    """Digests of folded texts, remembered by a digest of the text as written.

    The duplicate rule compares a new comment with each of its commenter's comments
    of the last day; folding is the costly part (tens of microseconds a text), and
    without this memory every comment of a prolific commenter, or of a flood from
    one address, was folded again at each new comment: quadratic work for the task
    worker. Keys and values are 16-byte digests, so the memory stays small whatever
    the comments' length; the oldest entry goes first when it is full.
    """

    def __init__(self, limit=50_000):
        self.limit = limit
        self.known = {}

    def __call__(self, text):
        key = _digest(text)
        found = self.known.get(key)
        if found is None:
            found = _digest(fold(text))
            if len(self.known) >= self.limit:
                self.known.pop(next(iter(self.known), None), None)
            self.known[key] = found
        return found


def _digest(text):
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


fold_digest = FoldDigests()


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
    """Comment ids by band key, per edition, in the cache, for `seconds`.

    Each band key holds a counter and numbered slots. Adding takes a slot number
    with the cache's incr, which is atomic, so comments posted at the same moment never
    overwrite each other; the counter's lifetime is renewed with each addition, and
    each slot expires on its own, so the index forgets comments after the window
    without a sweep. Reading takes the newest `per_band` slots of each band.
    """

    def __init__(self, edition, seconds, per_band=20):
        self.edition, self.seconds, self.per_band = edition, seconds, per_band

    def _counter(self, key):
        return f"{PREFIX}:{self.edition}:{key}"

    def candidates(self, keys):
        """Return the ids of comments sharing at least one band key, newest first."""
        cache = index_cache()
        counters = cache.get_many([self._counter(key) for key in keys])
        slots = [
            f"{counter}:{n}"
            for counter, last in counters.items()
            for n in range(max(1, last - self.per_band + 1), last + 1)
        ]
        return sorted(set(cache.get_many(slots).values()), reverse=True)

    def add(self, keys, comment_id):
        cache, slots = index_cache(), {}
        for key in keys:
            counter = self._counter(key)
            try:
                n = cache.incr(counter)
            except ValueError:  # a new band key, or one just forgotten
                n = 1 if cache.add(counter, 1, self.seconds) else cache.incr(counter)
            cache.touch(counter, self.seconds)
            slots[f"{counter}:{n}"] = comment_id
        cache.set_many(slots, self.seconds)


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
