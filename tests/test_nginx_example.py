"""The README's nginx example, run as written: it holds the client limits the app
server holds, and never serves a file of the media folder but the images."""

import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

# Its site is SQLite of its own or it has none: the same on any DATABASE_URL.
pytestmark = pytest.mark.database_independent

README = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
EXAMPLE = re.search(r"```nginx\n(.*?)```", README, re.S).group(1)
LIMITS = {
    "client_header_timeout": "10s",
    "client_body_timeout": "20s",
    "keepalive_timeout": "5s",
    "send_timeout": "20s",
    "client_max_body_size": "1m",
    "proxy_request_buffering": "on",
    "proxy_buffering": "on",
    "server_tokens": "off",
}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def nginx(tmp_path_factory):
    executable = shutil.which("nginx") or "/usr/sbin/nginx"
    assert Path(executable).exists(), "Debian's nginx is needed: apt-get install nginx"
    prefix = tmp_path_factory.mktemp("nginx")
    data = prefix / "masthead-data"
    for folder in ("mirror/en", "media/images", "media/documents", "static"):
        (data / folder).mkdir(parents=True)
    (data / "mirror/en/index.html").write_text("<p>baked</p>")
    (data / "media/images/photo.jpg").write_bytes(b"\xff\xd8picture")
    (data / "media/original_images").mkdir()
    (data / "media/original_images/photo.jpg").write_bytes(b"\xff\xd8picture")
    (data / "static/masthead").mkdir()
    for name in ("site.css", "site.0123456789ab.css"):
        (data / "static/masthead" / name).write_text("body{}")
    (data / "media/documents/private.pdf").write_bytes(b"%PDF secret")
    port = free_port()
    site = EXAMPLE.replace("listen 443 ssl;", f"listen 127.0.0.1:{port};")
    site = site.replace("/srv/masthead/masthead-data", str(data))
    site = site.replace("127.0.0.1:8000", f"127.0.0.1:{free_port()}")
    (prefix / "nginx.conf").write_text(
        f"user root;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log;\n"
        "events {}\nhttp {\n access_log off;\n include /etc/nginx/mime.types;\n"
        f"{site}\n}}\n"
    )
    command = [executable, "-p", str(prefix), "-c", str(prefix / "nginx.conf")]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    server = subprocess.Popen([*command, "-g", "daemon off;"])
    try:
        wait_for(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(10)


def wait_for(port, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("nginx did not start")


def status_of(url, data=None):
    request = urllib.request.Request(url, data=data, method="POST" if data else "GET")
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310
            return answer.status, dict(answer.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


@pytest.mark.parametrize("directive,value", LIMITS.items())
def test_example_holds_the_client_limit(directive, value):
    assert re.search(rf"^\s*{directive} {re.escape(value)};", EXAMPLE, re.M)


def test_example_answers_a_baked_page_without_the_app_server(nginx):
    status, headers = status_of(f"{nginx}/en/")
    assert status == 200 and headers.get("Server") == "nginx"  # no version


def test_example_serves_images_with_nosniff_and_a_sandbox(nginx):
    status, headers = status_of(f"{nginx}/media/images/photo.jpg")
    assert status == 200
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in headers["Content-Security-Policy"]


def test_example_keeps_renditions_a_year_as_immutable(nginx):
    status, headers = status_of(f"{nginx}/media/images/photo.jpg")
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_example_checks_original_images_daily(nginx):
    status, headers = status_of(f"{nginx}/media/original_images/photo.jpg")
    assert status == 200 and headers["Cache-Control"] == "public, max-age=86400"
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_example_keeps_hashed_static_files_a_year_as_immutable(nginx):
    status, headers = status_of(f"{nginx}/static/masthead/site.0123456789ab.css")
    assert status == 200
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_example_keeps_unhashed_static_names_briefly(nginx):
    status, headers = status_of(f"{nginx}/static/masthead/site.css")
    assert status == 200 and "immutable" not in headers["Cache-Control"]


def test_example_never_serves_a_document_from_the_media_folder(nginx):
    assert status_of(f"{nginx}/media/documents/private.pdf")[0] == 404


def test_example_refuses_a_body_over_the_limit_before_the_app_server(nginx):
    assert status_of(f"{nginx}/comments/post/1/", data=b"x" * (2 << 20))[0] == 413
