"""The guards app plugs its guards in through the Wagtail hook."""

import pytest
from wagtail import hooks

from masthead.guards.bans import refuse_banned_commenters
from masthead.guards.flood import refuse_floods

pytestmark = pytest.mark.database_independent  # it never opens the database


def test_bans_then_floods_are_registered_comment_guards():
    registered = hooks.get_hooks("masthead_comment_guard")
    assert registered.index(refuse_banned_commenters) < registered.index(refuse_floods)
