"""Banned commenters are refused before their comment is stored."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from masthead.comments.guards import ALLOW, Verdict
from masthead.comments.privacy import ip_hashes

from .models import Ban


def is_banned(email="", address=""):
    match = Q(pk__in=[])
    if email:
        match |= Q(email__iexact=email)
    hashes = ip_hashes(address)
    if hashes:
        match |= Q(ip_hash__in=hashes)
    return Ban.objects.in_force().filter(match).exists()


def refuse_banned_commenters(submission):
    if is_banned(submission.email, submission.address):
        return Verdict(False, _("You can no longer comment on this site."), status=403)
    return ALLOW
