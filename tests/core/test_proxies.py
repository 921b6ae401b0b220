import pytest
from django.conf import settings as django_settings

from masthead.core.proxies import client_address

pytestmark = pytest.mark.database_independent  # it never opens the database


def test_forwarded_address_is_trusted_only_from_configured_proxies(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.5")
    settings.MASTHEAD_TRUSTED_PROXIES = []
    assert client_address(request) == "10.0.0.2"
    settings.MASTHEAD_TRUSTED_PROXIES = ["10.0.0.2"]
    assert client_address(request) == "203.0.113.5"


def test_login_throttling_counts_the_address_core_gives():
    assert django_settings.AXES_CLIENT_IP_CALLABLE == (
        "masthead.core.proxies.client_address"
    )
