"""The undo offer: what a decision view decided, shown once on the next page.

A decision view calls `offer_undo` with the comments it decided; the next desk page
shows the offer in its success message (`take_undo_offer`, through the `undo_offer`
template tag) for as long as the undo window has left.
"""

import time

from ..undo import UNDO_SECONDS

SESSION_KEY = "moderation_undo"


def offer_undo(request, comments):
    """Remember the decided comments for the undo offer on the next page."""
    decisions = [f"{c.pk}:{c.revision}:{c.status}" for c in comments]
    if decisions:
        request.session[SESSION_KEY] = {"decisions": decisions, "at": time.time()}


def take_undo_offer(request):
    """Return the pending offer as {"decisions", "seconds"} once, or None."""
    offer = request.session.pop(SESSION_KEY, None)
    if not offer:
        return None
    seconds = int(UNDO_SECONDS - (time.time() - offer["at"]))
    return (
        {"decisions": offer["decisions"], "seconds": seconds} if seconds > 0 else None
    )
