from django.utils.translation import gettext as _

from .conflicts import DecisionRefused
from .models import RejectionReason


class UnknownReason(DecisionRefused):
    """A reason code that is not an active reason; `valid` lists those that are."""

    def __init__(self, code, valid):
        self.code, self.valid = code, valid
        super().__init__(
            _("Unknown reason %(code)s: use one of %(valid)s.")
            % {"code": code, "valid": ", ".join(valid)}
        )


def active_reasons():
    """Return the reasons moderators may give, in the order the desk offers them."""
    return RejectionReason.objects.filter(active=True)


def active_codes():
    return list(active_reasons().values_list("code", flat=True))


def require_reason(code):
    """Return the active reason for `code`, or raise DecisionRefused saying why not."""
    if not code:
        raise DecisionRefused(_("Choose a reason from the Terms of Use."))
    reason = active_reasons().filter(code=code).first()
    if reason is None:
        raise UnknownReason(code, active_codes())
    return reason
