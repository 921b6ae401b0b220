"""The media front serves image files with defusing headers, and nothing else."""

import os

import pytest
from django.utils.http import http_date

from masthead.mirror.baking import MirrorHandler
from masthead.mirror.media import MediaApplication

from .conftest import Front

pytestmark = pytest.mark.database_independent  # it never opens the database

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def media_root(tmp_path):
    root = tmp_path / "media"
    for folder in ("images", "original_images", "documents"):
        (root / folder).mkdir(parents=True)
    (root / "original_images" / "harbour.png").write_bytes(PNG)
    (root / "images" / "harbour.width-800.format-webp.webp").write_bytes(PNG)
    (root / "documents" / "minutes.txt").write_text("Board minutes")
    (root / "secret.txt").write_text("not for readers")
    return root


@pytest.fixture
def media(media_root):
    return Front(MediaApplication(MirrorHandler(), media_root))


def test_original_image_is_served_with_defusing_headers(media):
    answer = media.get("/media/original_images/harbour.png")
    assert answer.status_code == 200 and answer.content == PNG
    assert answer["Content-Type"] == "image/png"
    assert answer["X-Content-Type-Options"] == "nosniff"
    assert answer["Content-Security-Policy"] == "default-src 'none'; sandbox"


def test_rendition_is_kept_a_year_as_immutable(media):
    answer = media.get("/media/images/harbour.width-800.format-webp.webp")
    assert answer.status_code == 200
    assert answer["Cache-Control"] == "public, max-age=31536000, immutable"


def test_original_image_is_checked_again_daily(media):
    answer = media.get("/media/original_images/harbour.png")
    assert answer["Cache-Control"] == "public, max-age=86400"


def test_head_of_an_image_has_no_body(media):
    answer = media.get("/media/original_images/harbour.png", method="HEAD")
    assert answer.status_code == 200 and answer.content == b""
    assert answer["Content-Length"] == str(len(PNG))


def test_unchanged_image_is_answered_304(media, media_root):
    mtime = os.stat(media_root / "original_images" / "harbour.png").st_mtime
    answer = media.get(
        "/media/original_images/harbour.png",
        if_modified_since=http_date(int(mtime) + 10),
    )
    assert answer.status_code == 304 and answer.content == b""


@pytest.mark.parametrize(
    "path",
    [
        "/media/documents/minutes.txt",
        "/media/secret.txt",
        "/media/images/../documents/minutes.txt",
        "/media/images/%2e%2e/documents/minutes.txt",
        "/media/images//documents/minutes.txt",
        "/media/original_images/",
        "/media/images",
        "/media/",
    ],
)
def test_anything_but_an_image_file_is_not_found(media, path):
    answer = media.get(path)
    assert answer.status_code == 404
    assert b"minutes" not in answer.content and b"readers" not in answer.content
    assert answer["X-Content-Type-Options"] == "nosniff"


def test_symlink_out_of_the_image_folders_is_not_followed(media, media_root):
    link = media_root / "images" / "minutes.txt"
    link.symlink_to(media_root / "documents" / "minutes.txt")
    assert media.get("/media/images/minutes.txt").status_code == 404


def test_other_paths_reach_the_application(media):
    calls = []

    def application(wsgi_env, start_response):
        calls.append(wsgi_env["PATH_INFO"])
        start_response("200 OK", [])
        return [b"from Django"]

    media.application.application = application
    assert media.get("/en/").content == b"from Django"
    assert calls == ["/en/"]


def test_post_to_media_is_refused(media):
    answer = media.get("/media/original_images/harbour.png", method="POST")
    assert answer.status_code == 405
