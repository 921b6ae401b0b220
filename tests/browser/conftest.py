"""A real demo site served by `masthead serve`, and headless Chromium to look at it."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.migrated import copy_prepared_data
from tests.newsroom import copy_newsroom_to_site

ARTIFACTS = os.path.join(os.path.dirname(__file__), "..", "artifacts")


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_answers(url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310
                return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {seconds}s")


@pytest.fixture(scope="session")
def demo_site_env(tmp_path_factory):
    """The environment the demo site runs with, for commands run against its data
    (`python -m masthead shell -c ...`) while it serves."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="masthead.settings.demo",
        MASTHEAD_DATA=str(tmp_path_factory.mktemp("demo-data")),
    )
    return env


@pytest.fixture(scope="session")
def demo_site(demo_site_env, tmp_path_factory, django_db_setup, django_db_blocker):
    """Run `masthead demo --no-serve` then `masthead serve`; yield the base URL.

    The demo always gets its own SQLite data folder, so a DATABASE_URL meant for the
    test run is never written to. It starts from the run's migrated database and
    static files, and on SQLite from the run's demo newsroom, which `masthead demo`
    then leaves as it is rather than build it again.
    """
    env = demo_site_env
    copy_prepared_data(tmp_path_factory, env["MASTHEAD_DATA"])
    with django_db_blocker.unblock():
        copy_newsroom_to_site(tmp_path_factory, env["MASTHEAD_DATA"])
    address = f"127.0.0.1:{_free_port()}"
    command = [sys.executable, "-m", "masthead"]
    setup = subprocess.run(
        [*command, "demo", "--no-serve", "--addr", address],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert setup.returncode == 0, setup.stderr
    server = subprocess.Popen(
        [*command, "serve", "--addr", address, "--workers", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://{address}"
    try:
        _wait_until_answers(base_url + "/en/", server)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.fixture(scope="session")
def chromium():
    executable = shutil.which("chromium")
    assert executable, "Debian's chromium is needed: apt-get install chromium"
    # Playwright's sync API keeps an event loop running in this thread while Chromium
    # is open; the ORM calls tests make meanwhile are still synchronous code.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield from _launched_chromium(executable)
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def _launched_chromium(executable):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            args=[
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def phone_page(chromium):
    """A phone-sized tab with JavaScript off, as many of our readers browse."""
    context = chromium.new_context(
        java_script_enabled=False,
        viewport={"width": 412, "height": 915},
        device_scale_factor=1,
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def artifacts_dir():
    os.makedirs(ARTIFACTS, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def watched_page(chromium):
    """A tab with JavaScript ON that records dialogs and console messages, to prove
    that hostile text shown on a page runs nothing."""
    context = chromium.new_context(java_script_enabled=True)
    page = context.new_page()
    page.dialogs, page.console_messages = [], []

    def on_dialog(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("console", lambda message: page.console_messages.append(message.text))
    yield page
    context.close()
