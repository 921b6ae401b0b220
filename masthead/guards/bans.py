"""Banned commenters are refused before their comment is stored."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from masthead.comments.emails import normalised_email
from masthead.comments.guards import ALLOW, Verdict
from masthead.comments.privacy import enclosing_networks, ip_hashes

from .models import Ban


def is_banned(email="", address=""):
    """Return whether a ban holds the mailbox of `email` or a network of `address`."""
    match = Q(pk__in=[])
    if email:
        match |= Q(email=normalised_email(email))
    if address:
        match |= Q(ip_hash__in=ip_hashes(address))
        match |= Q(network__in=enclosing_networks(address))
    return Ban.objects.in_force().filter(match).exists()


def refuse_banned_commenters(submission):
    if is_banned(submission.email, submission.address):
        return Verdict(False, _("You can no longer comment on this site."), status=403)
    return ALLOW
