"""A document of a restricted collection reaches only those allowed to see it."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from masthead.mirror.baking import MirrorHandler
from masthead.mirror.media import MediaApplication
from tests.mirror.conftest import Front

SECRET = b"Minutes of the board: not for readers."


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def restricted_document(restriction_type, **fields):
    board = Collection.get_first_root_node().add_child(name="Board")
    CollectionViewRestriction.objects.create(
        collection=board, restriction_type=restriction_type, **fields
    )
    document = Document(title="Minutes", collection=board)
    document.file.save("minutes.txt", ContentFile(SECRET))
    return document


def read(answer):
    return b"".join(answer.streaming_content) if answer.streaming else answer.content


@pytest.mark.django_db
def test_login_restricted_document_sends_a_stranger_to_sign_in(client, media_root):
    document = restricted_document(CollectionViewRestriction.LOGIN)
    answer = client.get(document.url)
    assert answer.status_code == 302 and "login" in answer["Location"]


@pytest.mark.django_db
def test_login_restricted_document_is_read_by_a_signed_in_user(
    client, admin_user, media_root
):
    document = restricted_document(CollectionViewRestriction.LOGIN)
    client.force_login(admin_user)
    answer = client.get(document.url)
    assert answer.status_code == 200 and read(answer) == SECRET
    assert answer["X-Content-Type-Options"] == "nosniff"
    assert answer["Content-Security-Policy"].startswith("default-src 'none'")


@pytest.mark.django_db
def test_password_restricted_document_asks_for_the_password(client, media_root):
    document = restricted_document(
        CollectionViewRestriction.PASSWORD, password="s3cret"
    )
    answer = client.get(document.url)
    assert answer.status_code == 200 and SECRET not in answer.content
    assert b'name="password"' in answer.content


@pytest.mark.django_db
def test_password_restricted_document_is_read_with_the_password(client, media_root):
    document = restricted_document(
        CollectionViewRestriction.PASSWORD, password="s3cret"
    )
    form = client.get(document.url)
    action = form.context["action_url"]
    answer = client.post(action, {"password": "s3cret", "return_url": document.url})
    assert answer.status_code == 302
    assert read(client.get(document.url)) == SECRET


@pytest.mark.django_db
def test_restricted_document_is_not_served_at_its_media_path(media_root):
    document = restricted_document(
        CollectionViewRestriction.PASSWORD, password="s3cret"
    )
    front = Front(MediaApplication(MirrorHandler(), media_root))
    answer = front.get(f"/media/{document.file.name}")
    assert answer.status_code == 404 and SECRET not in answer.content
