"""The mirror's fixtures for the feeds and sitemaps it keeps: baked pages on in a
folder of the test's own, a front that serves them, and an article."""

from tests.mirror.conftest import article, front, mirror  # noqa: F401
