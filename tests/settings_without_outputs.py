"""The test settings of a site that leaves the lite pages and the feeds out.

Used by tests/test_without_outputs.py, and to run the suite minus tests/lite and
tests/feeds: `pytest --ds tests.settings_without_outputs tests/news tests/comments`.
"""

from masthead.settings.test import *  # noqa: F403

LEFT_OUT = ("masthead.lite", "masthead.feeds")

INSTALLED_APPS = [app for app in INSTALLED_APPS if app not in LEFT_OUT]  # noqa: F405
MIDDLEWARE = [name for name in MIDDLEWARE if not name.startswith(LEFT_OUT)]  # noqa: F405
