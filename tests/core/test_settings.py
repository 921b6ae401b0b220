"""Settings read from the environment, checked the way a deployment meets them.

Settings are read once per process, so most of these tests start a fresh Python with
the environment under test and read back what Django made of it.
"""

import importlib
import json
import os
import re
import secrets
import socket
import stat
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.cache import CacheHandler
from django.core.cache.backends.redis import RedisCache
from django.core.exceptions import ImproperlyConfigured

from masthead.settings import base

PRODUCTION = "masthead.settings.production"


def in_ci():
    return os.environ.get("CI", "").lower() not in {"", "0", "false", "no"}


def run_python(arguments, settings_module, data_dir, **env):
    """Run Python with `arguments` under `settings_module`; None unsets a variable."""
    environ = {
        **os.environ,
        # Other tests may set this in pytest's process; no deployment has it.
        "DJANGO_ALLOW_ASYNC_UNSAFE": None,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "MASTHEAD_DATA": str(data_dir),
        **env,
    }
    environ = {name: value for name, value in environ.items() if value is not None}
    return subprocess.run(
        [sys.executable, *arguments],
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


def read_setting(expression, data_dir, settings_module=PRODUCTION, **env):
    """Return a setting as a fresh process under `settings_module` sees it."""
    env.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({expression}, default=str))"
    )
    result = run_python(["-c", code], settings_module, data_dir, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def import_production(monkeypatch, secret_key):
    if secret_key is None:
        monkeypatch.delenv("SECRET_KEY", raising=False)
    else:
        monkeypatch.setenv("SECRET_KEY", secret_key)
    monkeypatch.delitem(sys.modules, PRODUCTION, raising=False)
    return importlib.import_module(PRODUCTION)


@pytest.mark.parametrize(
    "secret_key", [None, "", "x" * 49], ids=["unset", "empty", "49"]
)
def test_production_refuses_a_missing_or_short_secret_key(monkeypatch, secret_key):
    with pytest.raises(ImproperlyConfigured, match="Set SECRET_KEY .* at least 50"):
        import_production(monkeypatch, secret_key)


def test_production_secret_key_error_gives_a_command_that_makes_a_good_key(
    monkeypatch,
):
    with pytest.raises(ImproperlyConfigured) as raised:
        import_production(monkeypatch, None)
    command = re.search(r"python3 -c '([^']+)'", str(raised.value)).group(1)
    made = subprocess.run(
        [sys.executable, "-c", command], capture_output=True, text=True, check=True
    )
    key = made.stdout.strip()
    assert import_production(monkeypatch, key).SECRET_KEY == key


def test_production_settings_pass_check_deploy_without_warnings(tmp_path):
    result = run_python(
        ["-m", "masthead", "check", "--deploy", "--fail-level", "WARNING"],
        PRODUCTION,
        tmp_path,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="news.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_database_url_selects_postgresql(tmp_path):
    database = read_setting(
        "settings.DATABASES['default']",
        tmp_path,
        DATABASE_URL="postgres://desk:secret@db.example.org:5433/newsroom",
    )
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["PORT"]) == ("db.example.org", 5433)
    assert database["NAME"] == "newsroom"


@pytest.fixture(scope="module")
def sqlite_default(tmp_path_factory):
    """What a process without DATABASE_URL connects to, and its journal mode."""
    data_dir = tmp_path_factory.mktemp("data")
    code = (
        "import json; from django.db import connection\n"
        "with connection.cursor() as cursor:\n"
        "    cursor.execute('PRAGMA journal_mode')\n"
        "    mode = cursor.fetchone()[0]\n"
        "settings = connection.settings_dict\n"
        "print(json.dumps({'engine': settings['ENGINE'], "
        "'name': str(settings['NAME']), 'journal_mode': mode}))"
    )
    result = run_python(
        ["-c", code], PRODUCTION, data_dir, DATABASE_URL=None, SECRET_KEY="s" * 50
    )
    assert result.returncode == 0, result.stderr
    return {"data_dir": data_dir.resolve(), **json.loads(result.stdout)}


def test_without_database_url_the_database_is_sqlite_in_the_data_folder(
    sqlite_default,
):
    assert sqlite_default["engine"] == "django.db.backends.sqlite3"
    database_file = Path(sqlite_default["name"])
    assert database_file.parent == sqlite_default["data_dir"]
    assert database_file.exists()


def test_sqlite_default_runs_in_wal_mode(sqlite_default):
    assert sqlite_default["journal_mode"] == "wal"


def test_redis_url_selects_django_redis_cache(tmp_path):
    cache = read_setting(
        "settings.CACHES['default']", tmp_path, REDIS_URL="redis://cache.local:6379/3"
    )
    assert cache == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://cache.local:6379/3",
    }


def test_without_redis_url_the_cache_is_a_table_every_worker_shares(tmp_path):
    backend = read_setting(
        "settings.CACHES['default']['BACKEND']", tmp_path, REDIS_URL=None
    )
    assert backend == "masthead.core.cache.SharedDatabaseCache"


@pytest.fixture
def redis_url():
    """A Redis server to talk to: required in CI, optional on a developer's machine."""
    url = os.environ.get("TEST_REDIS_URL") or "redis://127.0.0.1:6379/15"
    parts = urlsplit(url)
    try:
        socket.create_connection(
            (parts.hostname, parts.port or 6379), timeout=2
        ).close()
    except OSError as error:
        message = (
            f"no Redis at {url} ({error}): start redis-server or set TEST_REDIS_URL"
        )
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return url


def test_redis_cache_from_redis_url_round_trips_a_value(monkeypatch, redis_url):
    monkeypatch.setenv("REDIS_URL", redis_url)
    cache = CacheHandler({"default": base.cache_from_environment()})["default"]
    key = f"masthead-test-{uuid.uuid4()}"
    try:
        assert isinstance(cache, RedisCache)
        cache.set(key, {"headline": "Harbour reopens", "editions": ["ko", "ug"]}, 30)
        assert cache.get(key) == {
            "headline": "Harbour reopens",
            "editions": ["ko", "ug"],
        }
    finally:
        cache.delete(key)
        cache.close()


@pytest.fixture(scope="module")
def demo_secret_keys(tmp_path_factory):
    """The secret keys two demo processes in turn read from one fresh data folder."""
    data_dir = tmp_path_factory.mktemp("demo")
    keys = [
        read_setting(
            "settings.SECRET_KEY",
            data_dir,
            settings_module="masthead.settings.demo",
            SECRET_KEY=None,
        )
        for _ in range(2)
    ]
    return data_dir / "secret_key", keys


def test_demo_secret_key_is_generated_once_and_reused(demo_secret_keys):
    key_file, (first, second) = demo_secret_keys
    assert len(first) >= 50
    assert first == second == key_file.read_text().strip()


def test_demo_secret_key_file_is_readable_only_by_its_owner(demo_secret_keys):
    key_file, _ = demo_secret_keys
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_workers_starting_together_share_one_demo_secret_key(tmp_path):
    """Several server workers on a new data folder must not each invent a key."""
    script = (
        "from masthead.settings.demo import secret_key_from_data_folder as key; "
        "print(key())"
    )
    env = {**os.environ, "MASTHEAD_DATA": str(tmp_path)}
    env.pop("SECRET_KEY", None)
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    keys = {process.communicate(timeout=60)[0].strip() for process in processes}
    assert len(keys) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret_key"]


def test_production_installs_no_demo_app(tmp_path):
    apps = read_setting("settings.INSTALLED_APPS", tmp_path)
    assert "masthead.demo" not in apps
    assert "masthead.comments" in apps
    assert "masthead.demo" in read_setting(
        "settings.INSTALLED_APPS", tmp_path, settings_module="masthead.settings.demo"
    )
