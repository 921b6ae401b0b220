"""`masthead serve` never hands out a restricted document from the media folder."""

from pathlib import Path

import pytest

from .test_serve import get, masthead, server, site_env  # noqa: F401 (fixtures)

SECRET = b"Minutes of the board: not for readers."

# Run in `masthead shell` against the server's own database.
MAKE_RESTRICTED_DOCUMENT = """
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction
# A flush by another test (the PostgreSQL pass shares its database) takes the
# root collection the migrations made.
root = Collection.get_first_root_node() or Collection.add_root(name="Root")
board = root.add_child(name="Board")
CollectionViewRestriction.objects.create(
    collection=board, restriction_type="password", password="s3cret"
)
document = Document(title="Minutes", collection=board)
document.file.save("minutes.txt", ContentFile(%r))
print("MADE", document.file.name, document.url)
"""


@pytest.fixture
def restricted_document(site_env):  # noqa: F811
    made = masthead("shell", "-c", MAKE_RESTRICTED_DOCUMENT % SECRET, env=site_env)
    assert made.returncode == 0, made.stderr
    line = made.stdout[made.stdout.rindex("MADE ") :]
    _, file_name, document_url = line.split()
    return file_name, document_url


def test_restricted_document_is_not_served_from_the_media_folder(
    server,  # noqa: F811
    restricted_document,
):
    _, base_url = server
    file_name, _ = restricted_document
    status, _ = get(f"{base_url}/media/{file_name}")
    assert status == 404


def test_restricted_document_url_asks_for_the_password(
    server,  # noqa: F811
    restricted_document,
):
    _, base_url = server
    _, document_url = restricted_document
    status, headers = get(f"{base_url}{document_url}")
    assert status == 200  # the password form, not the file
    assert "text/html" in headers["Content-Type"]


def test_image_is_served_with_nosniff_and_a_policy_that_runs_nothing(
    server,  # noqa: F811
    site_env,  # noqa: F811
):
    _, base_url = server
    folder = Path(site_env["MASTHEAD_DATA"]) / "media" / "original_images"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "harbour.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    status, headers = get(f"{base_url}/media/original_images/harbour.png")
    assert status == 200
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Security-Policy"] == "default-src 'none'; sandbox"
