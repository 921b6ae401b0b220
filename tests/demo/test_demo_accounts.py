"""Every login the demo prints holds the Wagtail rights of its role, and no more."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.models import get_snippet_models

from masthead.demo.moderators import ensure_moderator_logins, moderator_username
from masthead.moderation.permissions import is_moderator
from masthead.news.models import ArticlePage

from .terminal import Terminal

# Every action Wagtail knows for pages, collections and snippets; a policy answers
# False for an action its model does not have.
ACTIONS = (
    "add",
    "change",
    "delete",
    "view",
    "choose",
    "publish",
    "unpublish",
    "lock",
    "unlock",
    "bulk_delete",
)
EDITOR_LINE = re.compile(r"^ +Username: +(\S+)$", re.MULTILINE)
MODERATOR_LINE = re.compile(r"^ +\S[^:]*: +(\S+) +Password: +(\S+)$", re.MULTILINE)


@pytest.fixture(scope="module")
def demo_output(demo_newsroom, django_db_blocker, tmp_path_factory):
    """Return what `masthead demo` prints to an operator's terminal (the only place
    it prints passwords), run once inside the newsroom's rollback."""
    out = Terminal()
    data_dir = tmp_path_factory.mktemp("demo-data")
    with django_db_blocker.unblock(), override_settings(DATA_DIR=data_dir):
        call_command("demo", "--no-serve", "--addr", "127.0.0.1:8125", stdout=out)
    return out.getvalue()


@pytest.fixture
def english_article(demo_newsroom, db):
    return ArticlePage.objects.filter(locale__language_code="en").live().first()


def wagtail_models():
    return [Page, get_image_model(), get_document_model(), *get_snippet_models()]


def models_open_to(user):
    """Return the names of the Wagtail-managed models `user` may act on at all."""
    return sorted(
        model._meta.label
        for model in wagtail_models()
        if policy_registry.get_by_type(model).user_has_any_permission(user, ACTIONS)
    )


def article_rights(user, article):
    tester = article.permissions_for_user(user)
    return {
        "edit": tester.can_edit(),
        "publish": tester.can_publish(),
        "unpublish": tester.can_unpublish(),
        "lock": tester.can_lock(),
        "delete": tester.can_delete(),
    }


def test_demo_prints_the_editor_and_one_moderator_per_desk(demo_output):
    assert EDITOR_LINE.findall(demo_output) == ["editor"]
    printed = [name for name, _password in MODERATOR_LINE.findall(demo_output)]
    assert len(printed) == 10 and moderator_username("ko") in printed


def test_every_account_the_demo_prints_holds_only_what_its_role_needs(
    demo_output, english_article, django_user_model
):
    (editor,) = EDITOR_LINE.findall(demo_output)
    editor = django_user_model.objects.get(username=editor)
    assert models_open_to(editor) == sorted(m._meta.label for m in wagtail_models())
    assert all(article_rights(editor, english_article).values())
    for username, _password in MODERATOR_LINE.findall(demo_output):
        moderator = django_user_model.objects.get(username=username)
        assert is_moderator(moderator), username
        assert moderator.get_all_permissions() == {"wagtailadmin.access_admin"}
        assert models_open_to(moderator) == [], username
        assert not any(article_rights(moderator, english_article).values()), username


def test_a_demo_moderator_cannot_open_or_unpublish_an_article_in_the_admin(
    demo_output, english_article, client
):
    logins = dict(MODERATOR_LINE.findall(demo_output))
    username = moderator_username("ko")
    assert client.login(username=username, password=logins[username])
    assert client.get("/moderation/").status_code == 200
    pk = english_article.pk
    for url in (f"/admin/pages/{pk}/edit/", f"/admin/pages/{pk}/unpublish/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert response.get("Location", "") in ("", "/admin/"), url
    assert client.post(f"/admin/pages/{pk}/unpublish/").status_code in (302, 403)
    english_article.refresh_from_db()
    assert english_article.live


def test_demo_takes_wagtails_moderators_group_from_an_earlier_demos_moderators(
    demo_newsroom, db, tmp_path, django_user_model
):
    """An earlier demo put its desk moderators in Wagtail's page "Moderators"."""
    wide_group = Group.objects.get(name="Moderators")
    moderator = django_user_model.objects.get(username=moderator_username("ko"))
    moderator.groups.add(wide_group)
    ensure_moderator_logins(tmp_path)
    moderator = django_user_model.objects.get(pk=moderator.pk)
    assert wide_group not in moderator.groups.all()
    assert moderator.get_all_permissions() == {"wagtailadmin.access_admin"}
