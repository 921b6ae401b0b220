"""`masthead demo` collects static files again only when a source file changed."""

import os

import pytest
from django.core.management import call_command

from masthead.core.staticfiles import static_files_current

from .test_static_cache import collect_with_hashes

pytestmark = pytest.mark.database_independent  # it never opens the database


@pytest.fixture
def sources(settings, tmp_path):
    """One folder of static sources, collected with the hashing storage."""
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "site.css").write_text("body { color: black; }")
    collect_with_hashes(settings, folder, tmp_path / "static")
    return folder


def collect(sources):
    call_command("collectstatic", interactive=False, verbosity=0)
    # Sources made a moment before collecting are older than the manifest.
    for path in sources.iterdir():
        os.utime(path, (1_000_000_000, 1_000_000_000))


def test_nothing_collected_is_not_current(sources):
    assert static_files_current() is False


def test_freshly_collected_files_are_current(sources):
    collect(sources)
    assert static_files_current() is True


def test_a_source_edited_after_collecting_is_not_current(sources):
    collect(sources)
    (sources / "site.css").write_text("body { color: navy; }")
    assert static_files_current() is False


def test_a_source_of_another_size_with_an_old_time_is_not_current(sources):
    collect(sources)
    (sources / "site.css").write_text("body { color: rebeccapurple; }")
    os.utime(sources / "site.css", (1_000_000_000, 1_000_000_000))
    assert static_files_current() is False


def test_a_source_added_after_collecting_is_not_current(sources):
    collect(sources)
    (sources / "new.css").write_text("p { margin: 0; }")
    os.utime(sources / "new.css", (1_000_000_000, 1_000_000_000))
    assert static_files_current() is False
