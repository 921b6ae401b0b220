"""One model file per edition in the data folder, written atomically, read once.

The files are joblib pickles the site wrote itself: never load one from elsewhere.
"""

import os
import tempfile
import threading
from pathlib import Path

from django.conf import settings

FORMAT = 1


class ModelFileError(Exception):
    """A model file exists but cannot be used; train again to replace it."""


def models_dir():
    return Path(settings.DATA_DIR) / "triage-models"


def model_path(edition):
    return models_dir() / f"{edition}.joblib"


def save(trained):
    """Write the model for its edition; readers see the old file or the new one."""
    path = model_path(trained.edition)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "format": FORMAT,
        "meta": trained.metadata(),
        "pipeline": trained.pipeline,
    }
    import joblib  # here, not at start: web processes never read or write models

    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            joblib.dump(payload, stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def read(path):
    """Return (pipeline, metadata) from a model file, or raise ModelFileError."""
    import joblib

    try:
        payload = joblib.load(path)
        if payload.get("format") != FORMAT:
            raise ValueError(f"format {payload.get('format')!r}, expected {FORMAT}")
        return payload["pipeline"], payload["meta"]
    except Exception as error:
        raise ModelFileError(
            f"cannot read the triage model {path} ({error}); "
            "run `masthead train_triage` to replace it"
        ) from error


class ModelCache:
    """Models by edition, read again when their file's mtime or size changes."""

    def __init__(self):
        self._entries = {}
        self._lock = threading.Lock()

    def get(self, edition):
        """Return (pipeline, metadata), or None when the edition has no model."""
        path = model_path(edition)
        try:
            stat = path.stat()
        except FileNotFoundError:
            return None
        stamp = (str(path), stat.st_mtime_ns, stat.st_size)
        entry = self._entries.get(edition)
        if entry and entry[0] == stamp:
            return entry[1]
        with self._lock:
            loaded = read(path)
            self._entries[edition] = (stamp, loaded)
        return loaded

    def clear(self):
        self._entries.clear()


cache = ModelCache()
