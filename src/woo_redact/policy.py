"""The policy: which finding gets which Woo ground and action, read from a TOML file.

A policy is data owned by the people who decide what is withheld. It is validated eagerly on
load: an unknown key, a bad ground or a bad action raises :class:`PolicyError` naming the key.
Its sha256 goes into every audit record.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

from .errors import PolicyError
from .types import Action, EntityType

LABEL_STYLES = ("code", "comma", "dotted", "long")


@dataclass(frozen=True, slots=True)
class EntityRule:
    action: Action
    ground: str | None  # canonical code, e.g. "5.1.2e"


@dataclass(frozen=True, slots=True)
class DenyTerm:
    text: str
    ground: str


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    sha256: str
    source: str
    entities: Mapping[EntityType, EntityRule]
    label_style: str = "code"
    fill: tuple[float, float, float] = (0.0, 0.0, 0.0)
    text_color: tuple[float, float, float] = (1.0, 1.0, 1.0)
    thresholds: Mapping[str, float] = field(default_factory=dict)
    keep_organisation_domain: bool = True
    keep_generic_mailboxes: bool = True
    private_domains: tuple[str, ...] = ()
    keep_service_numbers: bool = True
    keep_switchboard_numbers: bool = True
    keep_organisation_accounts: bool = True
    keep_postbus: bool = True
    role_words: tuple[str, ...] = ()
    official_names: tuple[str, ...] = ()
    officials_outside_role: str = "keep"
    consistency: bool = True
    first_name_alone: bool = True
    allow_terms: tuple[str, ...] = ()
    deny_terms: tuple[DenyTerm, ...] = ()
    ner_model: str = "default"
    ner_labels: Mapping[str, EntityType] = field(default_factory=dict)
    review_as_redact: bool = False
    disabled_rules: frozenset[str] = frozenset()

    def rule_enabled(self, name: str) -> bool:
        """Whether the named rule runs (``[rules] disabled`` switches rules off by name)."""
        return name not in self.disabled_rules

    def rule(self, entity: EntityType) -> EntityRule:
        return self.entities.get(entity, EntityRule(Action.REVIEW, "5.1.2e"))

    def threshold(self, detector: str) -> float:
        """Most specific prefix wins: ``woo.rules.bsn`` → ``woo.rules`` → 0."""
        parts = detector.split(".")
        for i in range(len(parts), 0, -1):
            key = ".".join(parts[:i])
            if key in self.thresholds:
                return self.thresholds[key]
        return 0.0

    def label(self, ground: str) -> str:
        from .grounds import Ground

        return Ground.parse(ground).format(self.label_style)


_TOP_KEYS = {
    "version", "name", "inherit_defaults", "labels", "entities", "thresholds", "email", "phone", "iban", "postcode",
    "officials", "consistency", "allowlist", "denylist", "ner", "review", "rules",
}
_SECTION_KEYS: dict[str, set[str]] = {
    "labels": {"style", "fill", "text_color"},
    "email": {"keep_organisation_domain", "keep_generic_mailboxes", "private_domains"},
    "phone": {"keep_service_numbers", "keep_switchboard_numbers"},
    "iban": {"keep_organisation_accounts"},
    "postcode": {"keep_postbus"},
    "officials": {"role_words", "names", "outside_role"},
    "consistency": {"enabled", "first_name_alone"},
    "allowlist": {"terms"},
    "denylist": {"terms"},
    "ner": {"model", "labels"},
    "review": {"review_as_redact"},
    "rules": {"disabled"},
}


def default_policy_path() -> Path:
    return Path(str(resources.files("woo_redact") / "policies" / "default.toml"))


def load_policy(path: str | Path | None = None) -> Policy:
    """Load and validate a policy file (the shipped default when ``path`` is None)."""
    p = Path(path) if path is not None else default_policy_path()
    try:
        raw_bytes = p.read_bytes()
    except OSError as exc:
        raise PolicyError(f"cannot read policy file {p}: {exc.strerror or exc}") from exc
    try:
        data = tomllib.loads(raw_bytes.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PolicyError(f"policy file {p} is not valid TOML: {exc}") from exc
    return parse_policy(data, source=str(p), sha256=hashlib.sha256(raw_bytes).hexdigest())


def _deep_merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        out[k] = _deep_merge(out[k], v) if isinstance(v, Mapping) and isinstance(out.get(k), Mapping) else v
    return out


def _default_data() -> dict[str, Any]:
    return tomllib.loads(default_policy_path().read_text(encoding="utf-8"))


def parse_policy(data: Mapping[str, Any], *, source: str = "<dict>", sha256: str = "") -> Policy:
    """Validate a policy mapping; every error names the offending key.

    A user policy is layered over the shipped default (tables merge, lists are replaced) unless
    it sets ``inherit_defaults = false``: a three-line policy that only changes the label style
    still redacts everything the default does.
    """
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise PolicyError(f"{source}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_TOP_KEYS)}")
    inherit = data.get("inherit_defaults", True)
    if not isinstance(inherit, bool):
        raise PolicyError(f"{source}: 'inherit_defaults' must be true or false")
    if inherit and source != str(default_policy_path()):
        data = _deep_merge(_default_data(), data)
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise PolicyError(f"{source}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_TOP_KEYS)}")
    if data.get("version", 1) != 1:
        raise PolicyError(f"{source}: 'version' must be 1, got {data.get('version')!r}")
    for section, allowed in _SECTION_KEYS.items():
        sec = data.get(section, {})
        if not isinstance(sec, Mapping):
            raise PolicyError(f"{source}: '{section}' must be a table")
        bad = set(sec) - allowed
        if bad:
            raise PolicyError(f"{source}: unknown key(s) {sorted(f'{section}.{b}' for b in bad)}; allowed: {sorted(allowed)}")

    def get(section: str, key: str, default: Any, typ: type | tuple[type, ...]) -> Any:
        val = data.get(section, {}).get(key, default)
        if not isinstance(val, typ):
            raise PolicyError(f"{source}: '{section}.{key}' must be {_typename(typ)}, got {val!r}")
        return val

    entities: dict[EntityType, EntityRule] = {}
    for name, spec in (data.get("entities") or {}).items():
        key = f"entities.{name}"
        try:
            ent = EntityType(name)
        except ValueError:
            raise PolicyError(f"{source}: '{key}' is not an entity type; known: {[e.value for e in EntityType]}") from None
        if not isinstance(spec, Mapping):
            raise PolicyError(f"{source}: '{key}' must be a table with 'action' and 'ground'")
        bad = set(spec) - {"action", "ground"}
        if bad:
            raise PolicyError(f"{source}: unknown key(s) {sorted(f'{key}.{b}' for b in bad)}")
        try:
            action = Action(str(spec.get("action", "redact")).lower())
        except ValueError:
            raise PolicyError(f"{source}: '{key}.action' must be redact, review or keep, got {spec.get('action')!r}") from None
        ground = spec.get("ground")
        if action is not Action.KEEP and not ground:
            raise PolicyError(f"{source}: '{key}.ground' is required when action is {action.value}")
        entities[ent] = EntityRule(action, _canonical_ground(ground, f"{source}: '{key}.ground'") if ground else None)

    style = get("labels", "style", "code", str)
    if style not in LABEL_STYLES:
        raise PolicyError(f"{source}: 'labels.style' must be one of {LABEL_STYLES}, got {style!r}")

    thresholds: dict[str, float] = {}
    for det, val in (data.get("thresholds") or {}).items():
        if not isinstance(val, (int, float)) or isinstance(val, bool) or not 0.0 <= float(val) <= 1.0:
            raise PolicyError(f"{source}: 'thresholds.{det}' must be a number from 0 to 1, got {val!r}")
        thresholds[str(det)] = float(val)

    outside = get("officials", "outside_role", "keep", str)
    if outside not in ("keep", "context"):
        raise PolicyError(f"{source}: 'officials.outside_role' must be 'keep' or 'context', got {outside!r}")

    deny: list[DenyTerm] = []
    for i, item in enumerate(get("denylist", "terms", [], list)):
        if not isinstance(item, Mapping) or not isinstance(item.get("text"), str) or not item.get("text"):
            raise PolicyError(f"{source}: 'denylist.terms[{i}]' must be {{ text = \"...\", ground = \"...\" }}")
        deny.append(DenyTerm(item["text"], _canonical_ground(item.get("ground", "5.1.2e"), f"{source}: 'denylist.terms[{i}].ground'")))

    labels_raw = get("ner", "labels", {}, Mapping)
    ner_labels: dict[str, EntityType] = {}
    for lab, ent_name in labels_raw.items():
        try:
            ner_labels[str(lab)] = EntityType(ent_name)
        except ValueError:
            raise PolicyError(f"{source}: 'ner.labels.{lab}' must name an entity type, got {ent_name!r}") from None

    return Policy(
        name=str(data.get("name", "custom")),
        sha256=sha256,
        source=source,
        entities=entities,
        label_style=style,
        fill=_dark(_rgb(get("labels", "fill", [0.0, 0.0, 0.0], list), f"{source}: 'labels.fill'"), f"{source}: 'labels.fill'"),
        text_color=_rgb(get("labels", "text_color", [1.0, 1.0, 1.0], list), f"{source}: 'labels.text_color'"),
        thresholds=thresholds,
        keep_organisation_domain=get("email", "keep_organisation_domain", True, bool),
        keep_generic_mailboxes=get("email", "keep_generic_mailboxes", True, bool),
        private_domains=tuple(str(d).lower() for d in _str_list(get("email", "private_domains", [], list), f"{source}: 'email.private_domains'")),
        keep_service_numbers=get("phone", "keep_service_numbers", True, bool),
        keep_switchboard_numbers=get("phone", "keep_switchboard_numbers", True, bool),
        keep_organisation_accounts=get("iban", "keep_organisation_accounts", True, bool),
        keep_postbus=get("postcode", "keep_postbus", True, bool),
        role_words=tuple(w.lower() for w in _str_list(get("officials", "role_words", [], list), f"{source}: 'officials.role_words'")),
        official_names=tuple(_str_list(get("officials", "names", [], list), f"{source}: 'officials.names'")),
        officials_outside_role=outside,
        consistency=get("consistency", "enabled", True, bool),
        first_name_alone=get("consistency", "first_name_alone", True, bool),
        allow_terms=tuple(_str_list(get("allowlist", "terms", [], list), f"{source}: 'allowlist.terms'")),
        deny_terms=tuple(deny),
        ner_model=get("ner", "model", "default", str),
        ner_labels=ner_labels,
        review_as_redact=get("review", "review_as_redact", False, bool),
        disabled_rules=frozenset(_str_list(get("rules", "disabled", [], list), f"{source}: 'rules.disabled'")),
    )


def _canonical_ground(value: Any, where: str) -> str:
    from .grounds import Ground

    try:
        return Ground.parse(str(value)).code
    except ValueError as exc:
        raise PolicyError(f"{where} is not a Woo ground: {exc}") from None


def _rgb(val: list[Any], where: str) -> tuple[float, float, float]:
    if len(val) != 3 or not all(isinstance(v, (int, float)) and 0 <= v <= 1 for v in val):
        raise PolicyError(f"{where} must be three numbers from 0 to 1, got {val!r}")
    return (float(val[0]), float(val[1]), float(val[2]))


def _dark(rgb: tuple[float, float, float], where: str) -> tuple[float, float, float]:
    """A box must be visibly dark: readers must see that something was withheld (and the pixel
    check verifies coverage by darkness)."""
    luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    if luminance > 0.45:
        raise PolicyError(f"{where} is too light ({luminance:.2f}); use a dark colour such as [0, 0, 0] or [0.1, 0.1, 0.3]")
    return rgb


def _str_list(val: list[Any], where: str) -> list[str]:
    if not all(isinstance(v, str) for v in val):
        raise PolicyError(f"{where} must be a list of strings")
    return list(val)


def _as_tuple(t: type | tuple[type, ...]) -> tuple[type, ...]:
    return t if isinstance(t, tuple) else (t,)


def _typename(t: type | tuple[type, ...]) -> str:
    return " or ".join(x.__name__ for x in _as_tuple(t))
