"""The demo newsroom is built once per run; each module gets a copy of its own."""

import pytest

from masthead.news.models import Person
from tests.newsroom import drop_newsroom_template, newsroom_database

# Not inside a test's transaction: the database itself is swapped, as between modules.
pytestmark = pytest.mark.django_db(transaction=True)


class RunFolders:
    """A tmp_path_factory for a run of its own, so the run's real newsroom (which
    other modules may have made already) is neither used nor changed."""

    def __init__(self, base):
        self.base = base

    def getbasetemp(self):
        return self.base


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw0")
    (tmp_path / "gw0").mkdir()
    folders = RunFolders(tmp_path / "gw0")
    yield folders
    drop_newsroom_template(folders)  # on PostgreSQL, the copy database it made


def counting_build(builds):
    def build():
        builds.append(1)
        Person.objects.create(name="Built once", slug="built-once")

    return build


def test_the_newsroom_is_built_once_for_every_module_of_a_run(run):
    builds = []
    for _module in range(3):
        with newsroom_database(run, counting_build(builds)):
            assert Person.objects.filter(slug="built-once").exists()
    assert builds == [1]


def test_what_a_module_writes_never_reaches_the_next_module(run):
    builds = []
    with newsroom_database(run, counting_build(builds)):
        Person.objects.create(name="Written by a module", slug="module-write")
    with newsroom_database(run, counting_build(builds)):
        assert not Person.objects.filter(slug="module-write").exists()
        assert Person.objects.filter(slug="built-once").exists()


def test_the_test_database_is_put_back_after_the_module(run):
    before = Person.objects.count()
    with newsroom_database(run, counting_build([])):
        pass
    assert not Person.objects.filter(slug="built-once").exists()
    assert Person.objects.count() == before
