"""A site without the lite pages and the feeds still works: outputs are plug-ins."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import migrated

REPOSITORY = Path(__file__).resolve().parent.parent

# Runs in a process of its own: INSTALLED_APPS is fixed once Django is set up.
SITE_WITHOUT_OUTPUTS = """
import django
django.setup()

from bs4 import BeautifulSoup
from django.apps import apps
from django.core.management import call_command
from django.test import Client
from django.test.utils import setup_test_environment

from masthead.comments.models import Comment
from masthead.news.models import ArticlePage
from masthead.news.setup import ensure_edition, ensure_section

assert not apps.is_installed("masthead.lite")
assert not apps.is_installed("masthead.feeds")
call_command("check", fail_level="WARNING")
setup_test_environment()

home = ensure_edition("en")
section = ensure_section(home, "World", "world")
article = ArticlePage(title="Rail link opens", slug="rail-link", locale=home.locale)
section.add_child(instance=article)
article.save_revision().publish()

client = Client()
front = client.get(home.url)
assert front.status_code == 200, front.status_code
assert b"Rail link opens" in front.content
page = client.get(article.url)
assert page.status_code == 200, page.status_code
form = BeautifulSoup(page.content, "html.parser").select_one("#comment-form")
data = {field["name"]: field.get("value", "") for field in form.select("input")}
data.pop("notify")
data.update(name="Reader", body="Works without the lite pages.")
answer = client.post(form["action"], data)
assert answer.status_code == 303, (answer.status_code, answer.content[:500])
assert Comment.objects.get().body == "Works without the lite pages."
print("site without outputs works")
"""


@pytest.fixture
def migrated_database(tmp_path_factory, tmp_path):
    migrated.copy_migrated_database(tmp_path_factory, tmp_path)
    return tmp_path / migrated.DATABASE_FILE


def test_site_works_without_lite_and_feeds(migrated_database):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings_without_outputs",
        "DATABASE_URL": f"sqlite:///{migrated_database}",
        "PYTHONPATH": str(REPOSITORY),
    }
    finished = subprocess.run(
        [sys.executable, "-c", SITE_WITHOUT_OUTPUTS],
        env=env,
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    assert "site without outputs works" in finished.stdout
