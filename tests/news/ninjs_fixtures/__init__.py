"""Helpers for the ninjs tests: the IPTC examples, a rich story, image files,
a local HTTP server, and a snapshot of everything an import maps."""

import copy
import io
import json
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from PIL import Image as PILImage

from masthead.core.editions import edition_codes
from masthead.news.models import ArticlePage
from masthead.news.ninjs.errors import ImportFailure
from masthead.news.ninjs.importer import import_file

REPO_ROOT = Path(__file__).resolve().parents[3]
# The IPTC's own ninjs 3.1 examples, kept with their MIT licence (iptc/LICENSE) so
# the tests read nothing outside the repository.
EXAMPLES = Path(__file__).with_name("iptc") / "examples"
RICH_STORY = Path(__file__).with_name("rich_story.json")


def load_example(name):
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def text_examples():
    """Return the file names of the shared examples that are text items."""
    return [
        path.name
        for path in sorted(EXAMPLES.glob("*.json"))
        if json.loads(path.read_text(encoding="utf-8")).get("type", "text") == "text"
    ]


def jpeg_bytes(size=(1200, 800), colour=(30, 90, 140)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="JPEG")
    return buffer.getvalue()


def minimal(**fields):
    """Return the smallest text item Masthead imports, with `fields` added."""
    return {
        "uri": "urn:test:minimal",
        "headlines": [{"value": "A quiet day"}],
        **fields,
    }


def import_doc(directory, document, name="story.json", update=False):
    return import_file(write_json(directory / name, document), update=update).article


def failure_of(directory, document, name="story.json", update=False):
    with pytest.raises(ImportFailure) as caught:
        import_doc(directory, document, name, update)
    return caught.value


def write_json(path, document):
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def rich_document(**changes):
    document = json.loads(RICH_STORY.read_text(encoding="utf-8"))
    document.update(changes)
    return document


def write_rich_story(directory, name="story.json", **changes):
    """Write the rich story and its lead picture (harbour.jpg) into `directory`."""
    (directory / "harbour.jpg").write_bytes(jpeg_bytes())
    return write_json(directory / name, rich_document(**changes))


def importable(example, served_dir, base_url):
    """Return a shared example that Masthead can import, and say nothing else changed.

    The examples are in German, Norwegian and Swedish, which are not Masthead
    editions, so they are read as English; their pictures live on agency servers,
    so each rendition is written under `served_dir` and fetched from `base_url`.
    """
    document = copy.deepcopy(example)
    if document.get("language", "en").lower() not in edition_codes():
        document["language"] = "en"
    for association in document.get("associations", []):
        for rendition in association.get("renditions", []):
            path = urlsplit(rendition["href"]).path
            target = served_dir / path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            size = (rendition.get("width", 64), rendition.get("height", 48))
            target.write_bytes(jpeg_bytes(size))
            rendition["href"] = base_url + path
    return document


@contextmanager
def serving(directory, prefix="/"):
    """Serve `directory` at http://127.0.0.1:PORT{prefix} from a thread."""

    class Handler(SimpleHTTPRequestHandler):
        def translate_path(self, path):
            relative = unquote(urlsplit(path).path).removeprefix(prefix)
            return str(Path(directory) / relative)

        def log_message(self, format, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def snapshot(article):
    """Return every field an import maps, read fresh from the database."""
    article = ArticlePage.objects.get(pk=article.pk)
    image = article.lead_image
    return {
        "title": article.title,
        "standfirst": article.standfirst,
        "body": [(block["type"], block["value"]) for block in article.body.raw_data],
        "authors": [person.name for person in article.byline()],
        "credits": [(c.role, c.person.name) for c in article.ordered_credits()],
        "edition": article.locale.language_code,
        "section": (article.get_parent().title, article.get_parent().slug),
        "tags": sorted(tag.name for tag in article.tags.all()),
        "lead_image": image
        and (image.get_file_hash(), image.title, image.credit, image.description),
        "lead_caption": article.lead_caption,
        "first_published_at": article.first_published_at,
        "updated_at": article.updated_at,
        "external_uri": article.external_uri,
        "live": article.live,
    }
