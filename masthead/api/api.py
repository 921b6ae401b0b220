"""The JSON API, version 1: readers' comments and the moderation desk.

The OpenAPI schema is served at /api/v1/openapi.json. The interactive docs page is
off: it loads its scripts from a CDN, and no page on our host may make a request to
another one.
"""

from ninja import NinjaAPI
from ninja.renderers import JSONRenderer

from . import comments, errors, moderation, reasons


class UTF8Renderer(JSONRenderer):
    # Korean or Burmese text as UTF-8 is half the bytes of \u escapes: it matters on
    # the slow networks many readers are on.
    json_dumps_params = {"ensure_ascii": False}


class MastheadAPI(NinjaAPI):
    def get_openapi_schema(self, **kwargs):
        schema = super().get_openapi_schema(**kwargs)
        return reasons.enumerate_reason_codes(schema)


api = MastheadAPI(
    title="Masthead API",
    version="1",
    description=(
        "Reader comments (public) and moderation (Authorization: Bearer <key> from "
        "`masthead moderator_token`)."
    ),
    urls_namespace="masthead-api-v1",
    docs_url=None,
    renderer=UTF8Renderer(),
)
errors.install(api)
api.add_router("/", comments.router)
api.add_router("/", moderation.router)
api.add_router("/", reasons.router)
