import io
import stat

import pytest
from django.core.management import call_command
from wagtail.models import Site

from masthead.demo.editor import PASSWORD_FILE, ensure_editor_login

from .terminal import Terminal


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    return tmp_path


@pytest.fixture
def run_demo(db, data_dir):
    def run(addr="127.0.0.1:8123", stdout_class=Terminal):
        output = stdout_class()
        call_command("demo", "--no-serve", "--addr", addr, stdout=output)
        return output.getvalue()

    return run


def test_demo_command_prints_the_site_and_flagship_urls(run_demo):
    output = run_demo()
    assert "http://127.0.0.1:8123/en/\n" in output
    assert "http://127.0.0.1:8123/admin/" in output
    flagship = "/en/korea/border-town-counts-its-losses-as-floodwaters-recede/"
    assert f"http://127.0.0.1:8123{flagship}" in output


def test_demo_command_prints_the_editor_login(run_demo, data_dir):
    output = run_demo()
    password = (data_dir / PASSWORD_FILE).read_text().strip()
    assert "Username:  editor" in output
    assert f"Password:  {password}" in output


def test_demo_command_keeps_the_same_password_on_every_run(run_demo, data_dir):
    run_demo()
    first = (data_dir / PASSWORD_FILE).read_text()
    run_demo()
    assert (data_dir / PASSWORD_FILE).read_text() == first


def test_demo_command_shows_a_password_only_on_the_run_that_made_it(run_demo, data_dir):
    run_demo()
    password = (data_dir / PASSWORD_FILE).read_text().strip()
    again = run_demo()
    assert password not in again
    assert f"(kept in {data_dir / PASSWORD_FILE})" in again


def test_demo_command_writes_no_password_to_output_that_is_not_a_terminal(
    run_demo, data_dir
):
    """Redirected output usually ends in a log file, which outlives the run."""
    output = run_demo(stdout_class=io.StringIO)
    password = (data_dir / PASSWORD_FILE).read_text().strip()
    assert password not in output
    assert f"(kept in {data_dir / PASSWORD_FILE})" in output


def test_demo_command_points_the_default_site_at_its_address(run_demo):
    run_demo("127.0.0.1:8765")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8765)


def test_editor_password_file_is_readable_by_its_owner_only(db, data_dir):
    ensure_editor_login(data_dir)
    mode = stat.S_IMODE((data_dir / PASSWORD_FILE).stat().st_mode)
    assert mode == 0o600


def test_editor_can_sign_in_with_the_printed_password(db, data_dir, client):
    username, password = ensure_editor_login(data_dir)
    assert client.login(username=username, password=password)


def test_editor_password_in_the_file_wins_over_a_changed_one(
    db, data_dir, django_user_model
):
    username, password = ensure_editor_login(data_dir)
    editor = django_user_model.objects.get(username=username)
    editor.set_password("something-else-entirely")
    editor.save()
    ensure_editor_login(data_dir)
    editor.refresh_from_db()
    assert editor.check_password(password)
