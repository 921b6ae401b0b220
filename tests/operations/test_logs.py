import io
import json
import logging
import logging.config

import pytest

from masthead.comments.privacy import ip_hash
from masthead.settings.environment import logging_from_environment

pytestmark = pytest.mark.django_db


@pytest.fixture
def json_log(monkeypatch):
    """Log as the settings do with MASTHEAD_LOG_FORMAT=json and the access log on,
    into a buffer; the test settings' own logging is put back afterwards."""
    monkeypatch.setenv("MASTHEAD_LOG_FORMAT", "json")
    monkeypatch.setenv("MASTHEAD_ACCESS_LOG", "on")
    config = logging_from_environment()
    logging.config.dictConfig(config)
    stream = io.StringIO()
    handler = logging.getLogger().handlers[0]
    handler.setStream(stream)
    yield stream
    monkeypatch.delenv("MASTHEAD_LOG_FORMAT")
    monkeypatch.delenv("MASTHEAD_ACCESS_LOG")
    logging.config.dictConfig(logging_from_environment())


def lines(stream):
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_access_line_is_one_json_object(client, json_log):
    client.get("/healthz?probe=1", REMOTE_ADDR="198.51.100.7")
    (line,) = [
        entry for entry in lines(json_log) if entry["logger"] == "masthead.access"
    ]
    assert line["method"] == "GET" and line["path"] == "/healthz"
    assert line["status"] == 200 and line["duration_ms"] >= 0
    assert line["level"] == "INFO" and line["time"]


def test_access_line_never_holds_the_address(client, json_log):
    client.get("/healthz", REMOTE_ADDR="198.51.100.7")
    assert "198.51.100" not in json_log.getvalue()
    (line,) = lines(json_log)
    assert line["client"] == ip_hash("198.51.100.7")


def test_other_loggers_write_json_too(json_log):
    logging.getLogger("masthead.anything").warning("disk %s full", "mirror")
    (line,) = lines(json_log)
    assert line["message"] == "disk mirror full" and line["level"] == "WARNING"


def test_unknown_log_format_is_refused_with_the_choices(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.setenv("MASTHEAD_LOG_FORMAT", "xml")
    with pytest.raises(ImproperlyConfigured, match="text, json"):
        logging_from_environment()


def test_access_log_is_off_unless_asked(monkeypatch):
    monkeypatch.delenv("MASTHEAD_ACCESS_LOG", raising=False)
    assert (
        logging_from_environment()["loggers"]["masthead.access"]["level"] == "WARNING"
    )
