"""What every desk view does first: who is asking, in which language, about what.

Anonymous visitors go to the Wagtail login; signed-in people who moderate nothing
get 403; a comment outside the moderator's desks is refused with 403, the same
answer `ensure_can_moderate` gives the API.
"""

from dataclasses import dataclass
from functools import wraps
from urllib.parse import urlencode, urlsplit

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from masthead.comments.models import Comment

from .. import language
from ..forms import QueueQueryForm
from ..permissions import can_moderate, desk_scope, is_moderator
from ..queues import Filters, next_in_queue


class SeeOther(HttpResponseRedirect):
    """The answer to a POST: the browser follows it with a GET, so reloading never
    posts twice."""

    status_code = 303


def desk_view(view):
    """Let moderators in, in their language (moderation.language); send others to
    log in or away."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            login_url = reverse("wagtailadmin_login")
            return redirect_to_login(request.get_full_path(), login_url)
        if not is_moderator(request.user):
            raise PermissionDenied(_("Only moderators may use the moderation desk."))
        request.desk_scope = desk_scope(request.user)
        with language.speaking(request):
            return rendered(view(request, *args, **kwargs))

    return wrapper


def rendered(response):
    """Render a TemplateResponse now, while the moderator's time zone is active."""
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    return response


def comment_for(request, pk):
    """Return the comment `pk` if the user moderates its desk; 404 or 403 if not."""
    comment = get_object_or_404(
        Comment.objects.select_related("article", "parent", "decided_by"), pk=pk
    )
    if not can_moderate(request.user, comment):
        raise PermissionDenied(_("This comment belongs to a desk you do not moderate."))
    return comment


@dataclass(frozen=True)
class QueueState:
    """The queue a moderator is working through: its name, filters and URL."""

    name: str
    filters: Filters
    url: str

    def next_after(self, request, comment):
        return next_in_queue(self.name, request.desk_scope, self.filters, comment)


def default_queue_url():
    return reverse("moderation:queue", args=["pending"])


def queue_state(request, url):
    """Return the QueueState a desk queue URL names, or the pending queue.

    Only a local path to a queue page is accepted, so the URL cannot redirect the
    moderator anywhere else.
    """
    parts = urlsplit(url or "")
    match = None
    if not (parts.scheme or parts.netloc) and parts.path.startswith("/"):
        try:
            match = resolve(parts.path)
        except Resolver404:
            match = None
    if match is None or match.view_name != "moderation:queue":
        return QueueState("pending", Filters(), default_queue_url())
    form = QueueQueryForm(QueryDict(parts.query))
    safe_url = parts.path + (f"?{parts.query}" if parts.query else "")
    return QueueState(match.kwargs["queue"], form.filters(), safe_url)


def detail_url(comment, queue_url):
    query = urlencode({"queue": queue_url}) if queue_url else ""
    url = reverse("moderation:comment", args=[comment.pk])
    return f"{url}?{query}" if query else url


def url_after(request, comment, state, origin, decided=True):
    """Return where to go after deciding `comment`: the next one in the queue.

    Back in the queue the next row is named in the fragment, which the keyboard
    script selects; from a comment page it is the next comment's page. When nothing
    was decided the moderator stays where they were.
    """
    if not decided:
        if origin == "detail":
            return detail_url(comment, state.url)
        return f"{state.url}#comment-{comment.pk}"
    following = state.next_after(request, comment)
    if origin == "detail":
        return detail_url(following, state.url) if following else state.url
    return f"{state.url}#comment-{following.pk}" if following else state.url
