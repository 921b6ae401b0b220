from django.utils.translation import gettext as _

from .models import RejectionReason


def require_reason(code):
    """Return the active reason for `code`, or raise ValueError saying what is wrong."""
    if not code:
        raise ValueError(_("Choose a reason from the Terms of Use."))
    reason = RejectionReason.objects.filter(code=code, active=True).first()
    if reason is None:
        raise ValueError(_("Unknown reason %(code)s.") % {"code": code})
    return reason
