"""Ban a commenter by email and/or IP hash, maybe rejecting all they have pending."""

from django.contrib import messages
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..banning import ban_commenter
from ..conflicts import DecisionRefused
from ..forms import BanForm
from ..history import commenter_history
from .access import comment_for, desk_view, queue_state, url_after
from .decisions import SeeOther
from .rows import CommentLinks


@desk_view
def ban(request, pk):
    comment = comment_for(request, pk)
    source = request.POST if request.method == "POST" else request.GET
    state = queue_state(request, source.get("queue"))
    origin = source.get("origin") or "detail"
    if request.method == "POST":
        form = BanForm(comment, request.POST)
        if form.is_valid():
            try:
                _ban, rejected = ban_commenter(
                    comment,
                    user=request.user,
                    reason=form.cleaned_data["reason"],
                    by_email=form.cleaned_data.get("by_email", False),
                    by_ip=form.cleaned_data.get("by_ip", False),
                    reject_pending=form.cleaned_data["reject_pending"],
                )
            except DecisionRefused as refusal:
                messages.error(request, refusal.message)
            else:
                messages.success(request, _banned_message(rejected))
                moved_on = form.cleaned_data["reject_pending"]
                return SeeOther(url_after(request, comment, state, origin, moved_on))
    else:
        initial = {
            "by_email": True,
            "by_ip": True,
            "queue": state.url,
            "origin": origin,
        }
        form = BanForm(comment, initial=initial)
    CommentLinks(state.url, origin).attach(request, [comment])
    context = {
        "comment": comment,
        "form": form,
        "queue_url": state.url,
        "history": commenter_history(comment, request.desk_scope),
    }
    return TemplateResponse(request, "moderation/ban.html", context)


def _banned_message(rejected):
    if not rejected:
        return _("Commenter banned.")
    return ngettext(
        "Commenter banned; %(count)s pending comment rejected.",
        "Commenter banned; %(count)s pending comments rejected.",
        rejected,
    ) % {"count": rejected}
