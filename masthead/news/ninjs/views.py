"""The ninjs view of an article: `?format=ninjs` on its URL (news/wagtail_hooks.py)."""

from django.http import JsonResponse

from .exporter import export_article


def ninjs_response(page, request):
    return JsonResponse(
        export_article(page, request),
        content_type="application/json; charset=utf-8",
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
