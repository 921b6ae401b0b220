"""docs/deploy.md names only settings that exist, every one the production settings
read, and only commands that exist."""

import re
from pathlib import Path

from django.core.management import get_commands

from tests.test_docs import ENV_READ, environment_variables

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
PRODUCTION = (ROOT / "masthead" / "settings" / "production.py").read_text("utf-8")
# Read by Django, by `masthead` itself or by the shell rather than by our settings.
NOT_OURS = {"DJANGO_SETTINGS_MODULE", "DJANGO_SUPERUSER_PASSWORD", "PWD"}


def guide_variables():
    assigned = re.findall(r"^([A-Z][A-Z0-9_]+)=", GUIDE, re.M)
    named = re.findall(r"`\$?([A-Z][A-Z0-9_]{2,})`", GUIDE)
    expanded = re.findall(r"\$\{?([A-Z][A-Z0-9_]{2,})\b", GUIDE)
    return set(assigned) | set(named) | set(expanded)


def test_every_variable_in_the_guide_is_read_by_the_settings():
    unknown = guide_variables() - environment_variables() - NOT_OURS
    assert sorted(unknown) == []


def test_every_variable_the_production_settings_read_is_in_the_guide():
    read = set(ENV_READ.findall(PRODUCTION))
    assert "SECRET_KEY" in read
    assert sorted(read - guide_variables()) == []


def test_every_command_in_the_guide_exists():
    # As run (.venv/bin/masthead migrate) or named in the text (`masthead bake`).
    named = set(re.findall(r"(?:bin/|`)masthead ([a-z_]+)", GUIDE))
    commands = set(get_commands())
    assert {"serve", "db_worker", "migrate"} <= named
    assert sorted(named - commands) == []
