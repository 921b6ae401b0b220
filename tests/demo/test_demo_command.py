import io
import stat
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.models import Site

from masthead.demo.editor import PASSWORD_FILE, editor_login
from tests.conftest import restore_migrated_data

from .terminal import Terminal


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    return tmp_path


def run_demo(data_dir, addr, stdout_class=Terminal):
    """Run `masthead demo --no-serve` keeping its data in `data_dir`; return what it
    printed, the editor's password as kept then, and the default site's address."""
    output = stdout_class()
    with override_settings(DATA_DIR=data_dir):
        call_command("demo", "--no-serve", "--addr", addr, stdout=output)
    site = Site.objects.get(is_default_site=True)
    return SimpleNamespace(
        output=output.getvalue(),
        password=(data_dir / PASSWORD_FILE).read_text().strip(),
        site=(site.hostname, site.port),
        password_file=data_dir / PASSWORD_FILE,
    )


@pytest.fixture(scope="module")
def demo_runs(django_db_setup, django_db_blocker, tmp_path_factory):
    """Three runs, as an operator makes them: the first at a terminal, again at
    another address in the same folder, then into a log with a folder of its own.

    Building the newsroom takes most of a minute on PostgreSQL, so the runs are
    made once for the module and rolled back after it.
    """
    at_terminal = tmp_path_factory.mktemp("demo-terminal")
    into_log = tmp_path_factory.mktemp("demo-log")
    with django_db_blocker.unblock(), transaction.atomic():
        restore_migrated_data()  # a transactional test before may have emptied it
        yield SimpleNamespace(
            first=run_demo(at_terminal, "127.0.0.1:8123"),
            again=run_demo(at_terminal, "127.0.0.1:8765"),
            logged=run_demo(into_log, "127.0.0.1:8123", io.StringIO),
        )
        transaction.set_rollback(True)


def test_demo_command_prints_the_site_and_flagship_urls(demo_runs):
    output = demo_runs.first.output
    assert "http://127.0.0.1:8123/en/\n" in output
    assert "http://127.0.0.1:8123/admin/" in output
    flagship = "/en/korea/border-town-counts-its-losses-as-floodwaters-recede/"
    assert f"http://127.0.0.1:8123{flagship}" in output


def test_demo_command_prints_the_editor_login(demo_runs):
    first = demo_runs.first
    assert "Username:  editor" in first.output
    assert f"Password:  {first.password}" in first.output


def test_demo_command_keeps_the_same_password_on_every_run(demo_runs):
    assert demo_runs.again.password == demo_runs.first.password


def test_demo_command_shows_a_password_only_on_the_run_that_made_it(demo_runs):
    again = demo_runs.again
    assert again.password not in again.output
    assert f"(kept in {again.password_file})" in again.output


def test_demo_command_writes_no_password_to_output_that_is_not_a_terminal(
    demo_runs,
):
    """Redirected output usually ends in a log file, which outlives the run."""
    logged = demo_runs.logged
    assert logged.password != demo_runs.first.password  # made on this run
    assert logged.password not in logged.output
    assert f"(kept in {logged.password_file})" in logged.output


def test_demo_command_points_the_default_site_at_its_address(demo_runs):
    assert demo_runs.first.site == ("127.0.0.1", 8123)
    assert demo_runs.again.site == ("127.0.0.1", 8765)


def test_editor_password_file_is_readable_by_its_owner_only(db, data_dir):
    editor_login(data_dir)
    mode = stat.S_IMODE((data_dir / PASSWORD_FILE).stat().st_mode)
    assert mode == 0o600


def test_editor_can_sign_in_with_the_printed_password(db, data_dir, client):
    login = editor_login(data_dir)
    assert client.login(username=login.username, password=login.password)


def test_editor_password_in_the_file_wins_over_a_changed_one(
    db, data_dir, django_user_model
):
    login = editor_login(data_dir)
    editor = django_user_model.objects.get(username=login.username)
    editor.set_password("something-else-entirely")
    editor.save()
    editor_login(data_dir)
    editor.refresh_from_db()
    assert editor.check_password(login.password)
