"""Ban a commenter by email and/or IP hash, maybe rejecting all they have pending."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..banning import ban_commenter
from ..forms import BanForm
from ..history import commenter_history
from .access import desk_view
from .form_pages import CommentFormPage


@desk_view
def ban(request, pk):
    return BanPage(request, pk).response()


class BanPage(CommentFormPage):
    template_name = "moderation/ban.html"

    def make_form(self, **kwargs):
        return BanForm(self.comment, **kwargs)

    def initial(self):
        return {"by_email": True, "by_ip": True}

    def act(self, data):
        _ban, rejected = ban_commenter(
            self.comment,
            user=self.request.user,
            reason=data["reason"],
            by_email=data.get("by_email", False),
            by_ip=data.get("by_ip", False),
            reject_pending=data["reject_pending"],
        )
        return _banned_message(rejected), data["reject_pending"]

    def extra_context(self):
        return {"history": commenter_history(self.comment, self.request.desk_scope)}


def _banned_message(rejected):
    if not rejected:
        return _("Commenter banned.")
    return ngettext(
        "Commenter banned; %(count)s pending comment rejected.",
        "Commenter banned; %(count)s pending comments rejected.",
        rejected,
    ) % {"count": rejected}
