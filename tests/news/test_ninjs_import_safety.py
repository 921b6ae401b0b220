"""An import reads pictures only from where it may, and never replaces by surprise."""

import os
import socket
import time

import pytest

from masthead.news.models import ArticlePage, NewsImage
from masthead.news.ninjs.errors import ImportFailure
from masthead.news.ninjs.importer import import_file

from .ninjs_fixtures import (
    failure_of,
    import_doc,
    jpeg_bytes,
    minimal,
    rich_document,
    write_json,
    write_rich_story,
)

PICTURE = {"name": "p", "uri": "urn:p", "type": "picture"}


def with_picture(href):
    renditions = [{"name": "original", "href": href}]
    return minimal(associations=[{**PICTURE, "renditions": renditions}])


@pytest.fixture
def outside(tmp_path):
    """A picture beside, not inside, the folder of the imported file."""
    (tmp_path / "secret.jpg").write_bytes(jpeg_bytes((64, 48)))
    story_dir = tmp_path / "story"
    story_dir.mkdir()
    return story_dir


@pytest.mark.parametrize(
    "href", ["../secret.jpg", "sub/../../secret.jpg", "%2e%2e/secret.jpg"]
)
def test_picture_path_with_dot_dot_is_refused(outside, href, db):
    failure = failure_of(outside, with_picture(href))
    assert failure.field == "associations[0].renditions[0].href"
    assert "folder of the imported file" in failure.message
    assert not NewsImage.objects.exists()


@pytest.mark.parametrize("form", ["{path}", "file://{path}"])
def test_absolute_picture_path_is_refused(outside, form, db):
    href = form.format(path=outside.parent / "secret.jpg")
    failure = failure_of(outside, with_picture(href))
    assert "folder of the imported file" in failure.message


def test_symlink_out_of_the_folder_is_refused(outside, db):
    os.symlink(outside.parent / "secret.jpg", outside / "link.jpg")
    failure = failure_of(outside, with_picture("link.jpg"))
    assert "folder of the imported file" in failure.message


def test_picture_in_a_subfolder_is_read(tmp_path, db):
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "boat.jpg").write_bytes(jpeg_bytes((80, 60)))
    article = import_doc(tmp_path, with_picture("pictures/boat.jpg"))
    assert article.lead_image.width == 80


def test_download_from_a_host_not_allowed_is_refused(tmp_path, served, settings, db):
    settings.MASTHEAD_IMPORT_IMAGE_HOSTS = ["pictures.example.org"]
    directory, base_url = served
    (directory / "photo.jpg").write_bytes(jpeg_bytes())
    failure = failure_of(tmp_path, with_picture(f"{base_url}/photo.jpg"))
    assert "MASTHEAD_IMPORT_IMAGE_HOSTS" in failure.message


def test_download_from_loopback_is_refused_even_from_an_allowed_host(
    tmp_path, served, settings, db
):
    settings.MASTHEAD_IMPORT_IMAGE_HOSTS = ["*"]
    settings.MASTHEAD_IMPORT_IMAGE_NETWORKS = []
    directory, base_url = served
    (directory / "photo.jpg").write_bytes(jpeg_bytes())
    failure = failure_of(tmp_path, with_picture(f"{base_url}/photo.jpg"))
    assert "127.0.0.1" in failure.message
    assert "MASTHEAD_IMPORT_IMAGE_NETWORKS" in failure.message


def test_host_that_resolves_to_a_private_address_is_refused(
    tmp_path, served, settings, monkeypatch, db
):
    """The address connected to is checked, so a name that resolves (or rebinds)
    to a private address gets nothing."""
    settings.MASTHEAD_IMPORT_IMAGE_HOSTS = ["pictures.example.org"]
    settings.MASTHEAD_IMPORT_IMAGE_NETWORKS = []
    directory, base_url = served
    port = int(base_url.rsplit(":", 1)[1])
    (directory / "photo.jpg").write_bytes(jpeg_bytes())
    real_getaddrinfo = socket.getaddrinfo

    def rebinding(host, *args, **kwargs):
        if host == "pictures.example.org":
            host = "127.0.0.1"
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    href = f"http://pictures.example.org:{port}/photo.jpg"
    failure = failure_of(tmp_path, with_picture(href))
    assert "127.0.0.1" in failure.message


def test_redirect_to_a_refused_host_is_not_followed(tmp_path, settings, db):
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from threading import Thread

    class Redirect(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    Thread(target=server.serve_forever, daemon=True).start()
    settings.MASTHEAD_IMPORT_IMAGE_HOSTS = ["127.0.0.1"]
    settings.MASTHEAD_IMPORT_IMAGE_NETWORKS = ["127.0.0.0/8"]
    try:
        href = f"http://127.0.0.1:{server.server_port}/photo.jpg"
        failure = failure_of(tmp_path, with_picture(href))
    finally:
        server.shutdown()
        server.server_close()
    assert "169.254.169.254" in failure.message


def test_download_over_the_size_setting_is_refused(tmp_path, served, settings, db):
    settings.MASTHEAD_IMPORT_IMAGE_MAX_BYTES = 1000
    directory, base_url = served
    (directory / "photo.jpg").write_bytes(jpeg_bytes())
    failure = failure_of(tmp_path, with_picture(f"{base_url}/photo.jpg"))
    assert "larger than 1000 bytes" in failure.message


def test_local_picture_over_the_size_setting_is_refused(tmp_path, settings, db):
    settings.MASTHEAD_IMPORT_IMAGE_MAX_BYTES = 1000
    with pytest.raises(ImportFailure, match="larger than 1000 bytes"):
        import_file(write_rich_story(tmp_path))


def test_same_uri_without_update_is_refused_naming_the_article(tmp_path, rich):
    document = rich_document(headlines=[{"role": "main", "value": "Replaced"}])
    failure = failure_of(tmp_path, document, "again.json")
    assert failure.field == "uri"
    assert "--update" in failure.message
    assert rich.title in failure.message and str(rich.pk) in failure.message
    assert ArticlePage.objects.get().title == rich.title


def test_uri_naming_an_existing_article_url_without_update_is_refused(
    tmp_path, en_section, make_article
):
    article = make_article(en_section, title="Rail link opens")
    document = minimal(uri=article.get_full_url())
    failure = failure_of(tmp_path, document)
    assert "--update" in failure.message
    assert ArticlePage.objects.get(pk=article.pk).title == "Rail link opens"


def test_update_keeps_the_article_in_its_place(tmp_path, rich):
    place = (rich.get_parent().pk, rich.url)
    document = rich_document(subjects=[{"name": "Business", "rel": "section"}])
    path = write_json(tmp_path / "again.json", document)
    article = import_file(path, update=True).article
    assert article.pk == rich.pk
    assert (article.get_parent().pk, article.url) == place


@pytest.mark.parametrize(
    "headline",
    [
        "Storm\x07warning",
        "Storm\x1b[31mwarning",
        "Storm\x85warning",
        "Evil\u202egnp.exe",
    ],
)
def test_control_character_in_a_headline_is_refused(tmp_path, headline, db):
    document = minimal(headlines=[{"value": headline}])
    failure = failure_of(tmp_path, document)
    assert failure.field == "headlines[0].value"
    assert "urn:test:minimal" in failure.message
    assert "U+" in failure.message
    assert not ArticlePage.objects.exists()


def test_line_breaks_in_a_headline_become_spaces(tmp_path, db):
    document = minimal(headlines=[{"value": "Storm\nwarning\tfor the coast"}])
    assert import_doc(tmp_path, document).title == "Storm warning for the coast"


def test_picture_sent_too_slowly_is_refused(tmp_path, settings, monkeypatch, db):
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from threading import Thread

    from masthead.news.ninjs import images

    class Drip(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.end_headers()
            for _ in range(20):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Drip)
    Thread(target=server.serve_forever, daemon=True).start()
    settings.MASTHEAD_IMPORT_IMAGE_HOSTS = ["127.0.0.1"]
    settings.MASTHEAD_IMPORT_IMAGE_NETWORKS = ["127.0.0.1/32"]
    monkeypatch.setattr(images, "DOWNLOAD_DEADLINE", 0.5)
    try:
        href = f"http://127.0.0.1:{server.server_port}/photo.jpg"
        failure = failure_of(tmp_path, with_picture(href))
    finally:
        server.shutdown()
        server.server_close()
    assert "too slowly" in failure.message
