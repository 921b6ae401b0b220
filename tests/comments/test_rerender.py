import pytest
from django.core.management import call_command

from masthead.comments.models import Comment
from masthead.moderation import actions

pytestmark = pytest.mark.django_db


def test_rerender_replaces_stale_html_of_approved_comments(
    article, post_comment, admin_user, capsys
):
    comment = actions.approve(post_comment(article), user=admin_user, revision=1)
    Comment.objects.filter(pk=comment.pk).update(rendered_html="<p>old</p>")
    pending = post_comment(article)
    call_command("rerender_comments")
    comment.refresh_from_db()
    assert "A fair report." in comment.rendered_html
    assert Comment.objects.get(pk=pending.pk).rendered_html == ""
    assert "Rendered 1 approved comments." in capsys.readouterr().out
