"""Validate ``audit.jsonl`` against ``schemas/audit.schema.json`` (JSON Schema draft 2020-12).

The schema is closed (unknown properties are errors), so a field that could carry plaintext —
say a ``text`` next to ``text_hmac`` — fails validation; ``reason``, ``detector`` and ground
codes must be space-free identifiers. It is a guard on the log's *shape*, not a proof that no
personal data is in it: a file name or an error message is still free text.

Error messages name the line, the field and the rule broken, and never echo the offending
value: the value that fails is exactly what might be the leak.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

SCHEMA_RESOURCE = "schemas/audit.schema.json"


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The audit record schema, read from the installed package."""
    text = resources.files("woo_redact").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _describe(err: Any) -> str:
    where = "/".join(str(p) for p in err.absolute_path) or "(record)"
    if err.validator == "additionalProperties" and isinstance(err.instance, Mapping):
        allowed = set(err.schema.get("properties", {}))
        extra = sorted(k for k in err.instance if k not in allowed)
        return f"{where}: unexpected field(s) {', '.join(map(repr, extra))}"
    if err.validator == "required":
        return f"{where}: {err.message}"  # names the missing field, no value
    if err.validator in ("pattern", "enum", "const", "type", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"):
        return f"{where}: value does not satisfy {err.validator} {err.validator_value!r}"
    return f"{where}: value does not satisfy {err.validator}"


def validate_record(record: Any) -> list[str]:
    """Problems with one decoded record (empty list = valid)."""
    errors = sorted(_validator().iter_errors(record), key=lambda e: (list(map(str, e.absolute_path)), e.validator))
    return [_describe(e) for e in errors]


def validate_audit_file(path: str | Path) -> list[str]:
    """Problems in an audit.jsonl file, each prefixed ``line N:`` (1-based); empty = valid.

    A line that is not JSON (e.g. torn by a crash) is reported too; blank lines are errors,
    since the writer never produces them.
    """
    problems: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                problems.append(f"line {n}: empty line")
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                problems.append(f"line {n}: not valid JSON ({type(exc).__name__} at column {getattr(exc, 'colno', '?')})")
                continue
            problems += [f"line {n}: {p}" for p in validate_record(record)]
    return problems
