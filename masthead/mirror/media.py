"""Media files for readers: images only, never documents, with headers that defuse them.

The media folder also holds Wagtail documents, and a document of a restricted
collection must only ever reach a reader through Wagtail's document view, which
checks the collection's view restriction (WAGTAILDOCS_SERVE_METHOD "serve_view").
So `masthead serve` no longer mounts the whole folder: this WSGI layer answers
`MEDIA_URL` paths from the image folders alone and 404s the rest. Every answer says
`nosniff` and carries a policy that runs nothing, so an uploaded file that is really
HTML or SVG with a script cannot act as a page of the site.
Behind nginx the same folders are served with the same headers (README).
"""

import mimetypes
import os
import stat
from wsgiref.util import FileWrapper

from django.conf import settings

from .serving import last_modified, not_modified
from .store import relative_path

MEDIA_POLICY = "default-src 'none'; sandbox"
CHUNK_SIZE = 64 * 1024


class MediaApplication:
    """WSGI: files of `public_folders` under `root` at MEDIA_URL, `application` else.

    Subclass and change `public_folders` and `cache_control` to publish another
    folder of the media root.
    """

    # Wagtail's image originals and renditions; documents/ stays private.
    public_folders = ("images", "original_images")
    # A rendition's name carries its original's name and the filter spec, and an
    # original replaced in the admin is saved beside the old file under a new name, so
    # a rendition name never points at other pixels: browsers may keep it a year.
    # An original's name can come back after its file is deleted, so it is checked
    # daily.
    cache_control = {
        "images": "public, max-age=31536000, immutable",
        "original_images": "public, max-age=86400",
    }

    def __init__(self, application, root):
        self.application = application
        self.root = os.path.realpath(root)
        self.prefix = settings.MEDIA_URL

    def __call__(self, wsgi_env, start_response):
        path_info = wsgi_env.get("PATH_INFO", "")
        if not path_info.startswith(self.prefix):
            return self.application(wsgi_env, start_response)
        if wsgi_env.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return self.refuse(start_response, "405 Method Not Allowed")
        found = self.find(path_info)
        if found is None:
            return self.refuse(start_response, "404 Not Found")
        return self.respond(wsgi_env, start_response, *found)

    def find(self, path_info):
        """Return (folder, file, stat) of a public media file for a URL path, or None.

        Refuses hidden names, empty and dot segments (relative_path), folders other
        than the public ones, and any name whose real path leaves its folder.
        """
        try:
            url_path = path_info.encode("latin-1").decode("utf-8")
        except UnicodeError:
            return None
        relative = relative_path("/" + url_path.removeprefix(self.prefix))
        folder, _, rest = (relative or "").partition("/")
        if folder not in self.public_folders or not rest:
            return None
        folder_path = os.path.realpath(os.path.join(self.root, folder))
        path = os.path.realpath(os.path.join(folder_path, rest))
        if os.path.commonpath([path, folder_path]) != folder_path:
            return None
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            return None
        return (folder, path, info) if stat.S_ISREG(info.st_mode) else None

    def respond(self, wsgi_env, start_response, folder, path, info):
        etag = f'"{info.st_mtime_ns:x}-{info.st_size:x}"'
        headers = self.headers(path, info, etag, self.cache_control[folder])
        if not_modified(wsgi_env, etag, info.st_mtime):
            start_response("304 Not Modified", headers)
            return [b""]
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed by the server
        except OSError:  # removed between the stat and the open
            return self.refuse(start_response, "404 Not Found")
        start_response("200 OK", [*headers, ("Content-Length", str(info.st_size))])
        if wsgi_env["REQUEST_METHOD"] == "HEAD":
            handle.close()
            return [b""]
        wrapper = wsgi_env.get("wsgi.file_wrapper", FileWrapper)
        return wrapper(handle, CHUNK_SIZE)

    def headers(self, path, info, etag, cache_control):
        content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        return [
            ("Content-Type", content_type),
            ("ETag", etag),
            ("Last-Modified", last_modified(int(info.st_mtime))),
            ("Cache-Control", cache_control),
            *self.defusing_headers(),
        ]

    def defusing_headers(self):
        return [
            ("Content-Security-Policy", MEDIA_POLICY),
            ("X-Content-Type-Options", "nosniff"),
            ("Cross-Origin-Resource-Policy", "same-site"),
        ]

    def refuse(self, start_response, status):
        body = status.encode("ascii")
        headers = [
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Length", str(len(body))),
            *self.defusing_headers(),
        ]
        start_response(status, headers)
        return [body]
