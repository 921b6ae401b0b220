"""Validation against the IPTC ninjs 3.1 JSON Schema shipped beside this module.

The schema refers to GeoJSON by URL. A validator must never fetch it, so that URL is
registered locally with a permissive stand-in: a place's geometry is not ours to judge.

jsonschema is imported when a document is first validated, not with this module: the
exporter and the admin's hooks import it for the schema's URI, and every server
worker would otherwise hold jsonschema and its helpers (about 4 MB) for an import
it never runs.
"""

import json
import re
from functools import cache
from pathlib import Path

from .errors import field_path, invalid

SCHEMA_FILE = Path(__file__).with_name("ninjs-schema-3.1.json")
SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
GEOJSON_URI = "https://geojson.org/schema/GeoJSON.json"
GEOJSON_STAND_IN = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": GEOJSON_URI,
    "type": "object",
    "required": ["type"],
}
MESSAGE_LIMIT = 200
UNKNOWN_PROPERTY_CHECKS = {"additionalProperties", "unevaluatedProperties"}
UNEXPECTED_NAME = re.compile(r"'([^']+)'")


@cache
def validator():
    from jsonschema import Draft202012Validator
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    registry = Registry().with_resource(
        GEOJSON_URI, DRAFT202012.create_resource(GEOJSON_STAND_IN)
    )
    return Draft202012Validator(
        schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def validate(document):
    """Raise an ImportFailure naming the field of the most relevant schema error."""
    from jsonschema.exceptions import best_match

    error = best_match(validator().iter_errors(document))
    if error is not None:
        field, message = _describe(error)
        raise invalid(field, message)


def _describe(error):
    """Return (field, message), naming the property a missing or unknown one."""
    parts = list(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [name for name in error.validator_value if name not in error.instance]
        parts += missing[:1]
    elif error.validator in UNKNOWN_PROPERTY_CHECKS:
        parts += UNEXPECTED_NAME.findall(error.message)[:1]
    message = error.message
    if len(message) > MESSAGE_LIMIT:
        message = message[: MESSAGE_LIMIT - 1] + "…"
    return field_path(parts) or "document", message
