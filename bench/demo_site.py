"""The demo site, built by `masthead demo` and served by the real server on a free
127.0.0.1 port, for the tools that look at its pages (Lighthouse, screenshots)."""

import os
import subprocess
import sys
import urllib.request
from contextlib import contextmanager
from html.parser import HTMLParser

from serving_processes import Servers, free_port, log, wait_for_http


def site_env(data_dir):
    return os.environ | {
        "DJANGO_SETTINGS_MODULE": "masthead.settings.demo",
        "MASTHEAD_DATA": str(data_dir),
        "DEBUG": "false",
        "LOG_LEVEL": "ERROR",
    }


@contextmanager
def served_demo(data_dir, log_path):
    """Build the demo in `data_dir` (kept as it is if already built), serve it, and
    yield its base URL; stop the server on the way out."""
    env = site_env(data_dir)
    masthead = [sys.executable, "-m", "masthead"]
    # The demo writes its address into the site's links (canonical, feeds, sitemaps).
    address = f"127.0.0.1:{free_port()}"
    log(f"Building the demo site in {data_dir}")
    demo = [*masthead, "demo", "--no-serve", "--addr", address]
    subprocess.run(demo, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
    servers = Servers()
    serve = [*masthead, "serve", "--workers", "1", "--addr", address]
    try:
        process = servers.start("masthead", serve, env=env, log_path=log_path)
        wait_for_http(int(address.rsplit(":", 1)[1]), "/en/", process=process)
        yield f"http://{address}"
    finally:
        servers.stop_all()


class _StoryLinks(HTMLParser):
    """Collect the links of a front page's story headings (`<h3><a href>`)."""

    def __init__(self):
        super().__init__()
        self.in_heading, self.links = False, []

    def handle_starttag(self, tag, attrs):
        if tag == "h3":
            self.in_heading = True
        elif tag == "a" and self.in_heading:
            self.links.append(dict(attrs)["href"])

    def handle_endtag(self, tag):
        if tag == "h3":
            self.in_heading = False


def lead_story_path(base_url, edition):
    """Return the path of the first story on an edition's front page."""
    with urllib.request.urlopen(f"{base_url}/{edition}/") as response:  # noqa: S310
        finder = _StoryLinks()
        finder.feed(response.read().decode())
    return finder.links[0]


def warm(url):
    """Fetch a page twice: a page is baked, and its pictures' renditions made, the
    first time it is read, which is not what a reader usually meets."""
    for _ in range(2):
        with urllib.request.urlopen(url) as response:  # noqa: S310
            response.read()
