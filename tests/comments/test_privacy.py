import pytest
from django.core.exceptions import ImproperlyConfigured

from masthead.comments.privacy import (
    anonymised_network,
    ip_hash,
    ip_hashes,
)

pytestmark = pytest.mark.database_independent  # it never opens the database


def test_ip_hash_is_keyed_and_never_the_address(settings):
    settings.MASTHEAD_IP_HASH_SECRET = "one"
    first = ip_hash("203.0.113.7")
    assert "203.0.113.7" not in first and len(first) == 64
    settings.MASTHEAD_IP_HASH_SECRET = "two"
    assert ip_hash("203.0.113.7") != first


def test_previous_secrets_still_match_after_rotation(settings):
    settings.MASTHEAD_IP_HASH_SECRET = "old"
    before = ip_hash("198.51.100.4")
    settings.MASTHEAD_IP_HASH_SECRET = "new"
    settings.MASTHEAD_IP_HASH_PREVIOUS_SECRETS = ["old"]
    assert before in ip_hashes("198.51.100.4")
    assert ip_hash("198.51.100.4") != before


@pytest.mark.parametrize(
    ("address", "network"),
    [
        ("203.0.113.77", "203.0.113.0/24"),
        ("2001:db8:abcd:12::1", "2001:db8:abcd:12::/64"),
        ("::ffff:198.51.100.9", "198.51.100.0/24"),
        ("not an address", ""),
    ],
)
def test_network_is_anonymised(address, network):
    assert anonymised_network(address) == network


def test_network_prefixes_are_settings(settings):
    settings.MASTHEAD_IPV4_PREFIX = 16
    settings.MASTHEAD_IPV6_PREFIX = 48
    assert anonymised_network("203.0.113.77") == "203.0.0.0/16"
    assert anonymised_network("2001:db8:abcd:12::1") == "2001:db8:abcd::/48"


def test_a_prefix_out_of_range_says_what_is_allowed(settings):
    settings.MASTHEAD_IPV4_PREFIX = 4
    with pytest.raises(ImproperlyConfigured, match="from 8 to 32"):
        anonymised_network("203.0.113.77")
