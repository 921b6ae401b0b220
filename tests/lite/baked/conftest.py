"""The mirror's fixtures for the lite pages it keeps: baked pages on in a folder of
the test's own, a front that serves them, an article, a comment and a decision."""

from tests.mirror.conftest import (  # noqa: F401
    article,
    decide,
    front,
    mirror,
    post_comment,
)
from tests.mirror.test_serving import kept  # noqa: F401
