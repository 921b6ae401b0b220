"""Every setting read from the environment and every command of ours is documented."""

import re
from pathlib import Path

import pytest
from django.core.management import get_commands

pytestmark = pytest.mark.database_independent  # it never opens the database

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
ENV_READ = re.compile(r"""(?:environ\.get|env_\w+)\(\s*["']([A-Z][A-Z0-9_]+)["']""")


def environment_variables():
    names = set()
    for path in (ROOT / "masthead").rglob("*.py"):
        names.update(ENV_READ.findall(path.read_text(encoding="utf-8")))
    return names


def test_every_environment_variable_is_in_the_readme():
    names = environment_variables()
    assert {"DATABASE_URL", "REDIS_URL", "SECRET_KEY", "MASTHEAD_DATA"} <= names
    undocumented = sorted(name for name in names if f"`{name}`" not in README)
    assert undocumented == []


def test_every_masthead_command_is_in_the_readme():
    ours = sorted(
        name for name, app in get_commands().items() if app.startswith("masthead.")
    )
    assert {"demo", "serve", "import", "export"} <= set(ours)
    undocumented = [name for name in ours if f"`masthead {name}" not in README]
    assert undocumented == []


def test_readme_opens_with_install_and_demo_commands():
    first_block = README.split("```sh", 1)[1].split("```", 1)[0].split()
    assert first_block == ["pip", "install", "-e", ".", "masthead", "demo"]
