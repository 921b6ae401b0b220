"""No raw IP address is ever stored: a keyed hash to match repeat visitors, and the
anonymised network (IPv4 /24, IPv6 /48) for limits and bans on a whole range."""

import hashlib
import hmac
import ipaddress

from django.conf import settings


def _secrets():
    current = settings.MASTHEAD_IP_HASH_SECRET or _derived_from_secret_key()
    return [current, *settings.MASTHEAD_IP_HASH_PREVIOUS_SECRETS]


def _derived_from_secret_key():
    # A separate key, so the hashes reveal nothing about SECRET_KEY and vice versa.
    return hmac.new(
        settings.SECRET_KEY.encode(), b"masthead.ip-hash", hashlib.sha256
    ).hexdigest()


def _hash(secret, address):
    return hmac.new(secret.encode(), address.encode(), hashlib.sha256).hexdigest()


def ip_hash(address):
    """Return the keyed hash of an address under the current secret."""
    return _hash(_secrets()[0], address) if address else ""


def ip_hashes(address):
    """Return the hashes under the current and previous secrets, for matching bans
    made before the secret was rotated."""
    return [_hash(secret, address) for secret in _secrets()] if address else []


def anonymised_network(address):
    """Return the /24 (IPv4) or /48 (IPv6) network an address belongs to."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return ""
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


def client_address(request):
    """Return the reader's address, trusting X-Forwarded-For only from our proxies."""
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and remote in settings.MASTHEAD_TRUSTED_PROXIES:
        return forwarded.split(",")[-1].strip()
    return remote
