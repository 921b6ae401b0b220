"""Baked pages on disk: one file per URL, beside it its gzip and brotli copies.

`/en/world/harbour/` is kept as `ROOT/en/world/harbour/index.html` (`index.xml` for
a feed), so any web server can answer from the folder (see README, "Serving cached
pages"). Each file's modification time is the moment its rendering began: a
rendering older than the file already there, or older than the last purge of its
URL (or of a folder above it), is never written, so a slow rendering cannot bring
back what a decision has just taken away. The purge marks live in `ROOT/.purged/`,
which the front and the nginx configuration never serve.
"""

import gzip
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

try:  # brotli is optional: without it, pages are kept with gzip only.
    import brotli
except ImportError:  # pragma: no cover - depends on the installation
    brotli = None

INDEX_NAMES = {"text/html": "index.html", "application/xml": "index.xml"}
SUFFIX_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
# RSS and Atom documents are named for their format; other .xml files are sitemaps.
NAME_TYPES = {
    "rss.xml": "application/rss+xml; charset=utf-8",
    "atom.xml": "application/atom+xml; charset=utf-8",
}
MARKS = ".purged"
PAGE_MARK, TREE_MARK = "page", "tree"


def relative_path(url_path):
    """Return the path under the root for a URL path, or None when it has no file.

    Refuses anything that could leave the folder or reach the purge marks: empty,
    "." and ".." segments, hidden names and NUL.
    """
    if not url_path.startswith("/") or "\x00" in url_path or "\\" in url_path:
        return None
    segments = url_path[1:].split("/")
    if any(seg.startswith(".") for seg in segments[:-1] + [segments[-1] or "x"]):
        return None
    if any(not seg for seg in segments[:-1]):
        return None
    return "/".join(segments)


def suffix_type(name):
    """Return the Content-Type a kept file is served with, or None if none is kept."""
    base = os.path.basename(name)
    return NAME_TYPES.get(base) or SUFFIX_TYPES.get(os.path.splitext(base)[1])


# Brotli's best takes ~90 ms for an article with 150 comments, ~45 times its
# quality 5, for ~15 % fewer bytes. A reader's request that finds the page purged
# keeps it at the quick quality; the bake job queued with every change writes it
# again at the best, off any reader's path.
BROTLI_QUICK = 5
BROTLI_BEST = 11


class PageStore:
    """The folder of baked pages; `root` is created on first write."""

    compress_level = 9

    def __init__(self, root):
        self.root = Path(root)

    def file_for(self, url_path, content_type="text/html"):
        """Return the file a URL is kept in, or None if it cannot be kept."""
        relative = relative_path(url_path)
        if relative is None:
            return None
        if relative == "" or relative.endswith("/"):
            name = INDEX_NAMES.get(content_type.split(";")[0].strip())
            return self.root / relative / name if name else None
        return self.root / relative if suffix_type(relative) else None

    def write(self, url_path, content, content_type, stamp_ns, quick=False):
        """Keep `content` for `url_path`, rendered at `stamp_ns`; return if written.

        `quick` compresses for a reader who is waiting (BROTLI_QUICK).
        """
        target = self.file_for(url_path, content_type)
        if target is None:
            return False
        variants = self._variants(content, BROTLI_QUICK if quick else BROTLI_BEST)
        with self._lock():
            if stamp_ns <= self._newest_mark(url_path) or self._newer(target, stamp_ns):
                return False
            target.parent.mkdir(parents=True, exist_ok=True)
            # The compressed copies first: a server that finds the page finds them.
            for suffix, data in variants:
                self._replace(Path(f"{target}{suffix}"), data, stamp_ns)
        return True

    def purge(self, url_path):
        """Forget one URL's files and refuse renderings begun before now."""
        with self._lock():
            self._mark(url_path, PAGE_MARK)
            for name in INDEX_NAMES.values():
                self._unlink(self.file_for(url_path, _type_of(name)))
            if not url_path.endswith("/"):
                self._unlink(self.file_for(url_path))

    def purge_tree(self, url_path="/"):
        """Forget every file at and under a URL folder ("/" for all)."""
        relative = relative_path(url_path)
        if relative is None:
            return
        with self._lock():
            self._mark(url_path, TREE_MARK)
            folder = self.root / relative
            if relative == "":
                for child in self.root.iterdir() if self.root.exists() else ():
                    if child.name != MARKS and not child.name.startswith("."):
                        _remove(child)
            elif folder.exists():
                _remove(folder)

    def _variants(self, content, brotli_quality):
        found = [(".gz", gzip.compress(content, self.compress_level, mtime=0))]
        if brotli is not None:
            found.append((".br", brotli.compress(content, quality=brotli_quality)))
        return [*found, ("", content)]

    def _replace(self, path, data, stamp_ns):
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".bake-")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)
        os.utime(temporary, ns=(stamp_ns, stamp_ns))
        os.replace(temporary, path)

    def _newer(self, target, stamp_ns):
        try:
            return target.stat().st_mtime_ns > stamp_ns
        except FileNotFoundError:
            return False

    def _mark_file(self, relative, kind):
        return self.root / MARKS / relative / f".{kind}"

    def _mark(self, url_path, kind):
        relative = relative_path(url_path)
        if relative is None:
            return
        mark = self._mark_file(relative.rstrip("/"), kind)
        mark.parent.mkdir(parents=True, exist_ok=True)
        mark.touch()
        now = time.time_ns()
        os.utime(mark, ns=(now, now))

    def _newest_mark(self, url_path):
        """Return the latest purge that covers `url_path`, in nanoseconds."""
        relative = (relative_path(url_path) or "").rstrip("/")
        parts = relative.split("/") if relative else []
        candidates = [self._mark_file(relative, PAGE_MARK)]
        for depth in range(len(parts) + 1):
            candidates.append(self._mark_file("/".join(parts[:depth]), TREE_MARK))
        return max((_mtime(path) for path in candidates), default=0)

    @contextmanager
    def _lock(self):
        import fcntl

        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _unlink(self, path):
        if path is None:
            return
        for suffix in (".br", ".gz", ""):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _type_of(index_name):
    return next(kind for kind, name in INDEX_NAMES.items() if name == index_name)


def _mtime(path):
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return 0


def _remove(path):
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
