"""No raw IP address is ever stored: a keyed hash to match repeat visitors, and the
anonymised network (IPv4 /24, IPv6 /64 by default: MASTHEAD_IPV4_PREFIX and
MASTHEAD_IPV6_PREFIX) that flood limits count and bans name, since one person can
take any address of their network."""

import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# The widest network a setting may name: wider ones would hold whole providers.
WIDEST_PREFIX = {4: 8, 6: 16}


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
    return keyed_hashes(address)


def keyed_hashes(value):
    """Return the keyed hashes of any personal value under the current secret
    (first) and the previous ones."""
    return [_hash(secret, value) for secret in _secrets()] if value else []


def _ip(address):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return None
    return ip.ipv4_mapped if ip.version == 6 and ip.ipv4_mapped else ip


def network_prefix(version):
    """Return the configured prefix length of an IP version's networks."""
    name = f"MASTHEAD_IPV{version}_PREFIX"
    prefix = getattr(settings, name)
    widest, longest = WIDEST_PREFIX[version], 32 if version == 4 else 128
    if not (isinstance(prefix, int) and widest <= prefix <= longest):
        raise ImproperlyConfigured(
            f"{name} must be a whole number from {widest} to {longest}, not {prefix!r}."
        )
    return prefix


def _network(ip, prefix):
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


def anonymised_network(address):
    """Return the network an address belongs to (by default its /24 or /64)."""
    ip = _ip(address)
    return _network(ip, network_prefix(ip.version)) if ip else ""


def enclosing_networks(address):
    """Return every network a ban may name that holds `address`, so a ban made
    before the prefix setting changed still matches."""
    ip = _ip(address)
    if ip is None:
        return []
    return [
        _network(ip, p) for p in range(WIDEST_PREFIX[ip.version], ip.max_prefixlen + 1)
    ]
