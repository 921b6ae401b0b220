import os

import joblib
import pytest

from masthead.triage.learning import storage

pytestmark = pytest.mark.database_independent  # it never opens the database


def test_a_model_is_saved_in_the_data_folder_with_its_metadata(data_dir, trained_en):
    path = storage.save(trained_en)
    assert path == data_dir / "triage-models" / "en.joblib"
    _pipeline, meta = storage.read(path)
    assert meta["approved"] + meta["rejected"] == 300
    assert {"precision", "recall", "auc"} <= set(meta["metrics"])
    assert meta["trained_at"]


def test_saving_leaves_no_temporary_file(data_dir, trained_en):
    storage.save(trained_en)
    assert [p.name for p in (data_dir / "triage-models").iterdir()] == ["en.joblib"]


def test_a_failed_save_keeps_the_previous_model(data_dir, trained_en, monkeypatch):
    path = storage.save(trained_en)
    before = path.read_bytes()

    def broken_dump(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(joblib, "dump", broken_dump)
    with pytest.raises(OSError):
        storage.save(trained_en)
    assert path.read_bytes() == before
    assert len(list(path.parent.iterdir())) == 1


def test_an_edition_without_a_model_has_none(data_dir):
    assert storage.ModelCache().get("lo") is None


def test_the_cache_reads_a_model_once(data_dir, trained_en):
    storage.save(trained_en)
    cache = storage.ModelCache()
    assert cache.get("en") is cache.get("en")


def test_the_cache_reads_a_retrained_model(data_dir, trained_en):
    path = storage.save(trained_en)
    cache = storage.ModelCache()
    first = cache.get("en")
    storage.save(trained_en)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert cache.get("en") is not first


def test_a_corrupted_model_file_says_how_to_replace_it(data_dir):
    path = storage.model_path("ko")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a model")
    with pytest.raises(storage.ModelFileError, match="masthead train_triage"):
        storage.ModelCache().get("ko")
