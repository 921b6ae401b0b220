"""The desk's landing page: per desk, what waits and how fast it is decided."""

from django.template.response import TemplateResponse
from django.utils import timezone

from ..dashboard import dead_letters_for, desk_stats
from ..permissions import editions_for
from .access import desk_view


@desk_view
def dashboard(request):
    now = timezone.now()
    desks = desk_stats(editions_for(request.user), request.desk_scope, now)
    context = {
        "desks": desks,
        "now": now,
        "dead_letters": dead_letters_for(request.user),
    }
    return TemplateResponse(request, "moderation/dashboard.html", context)
