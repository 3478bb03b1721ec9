"""The policy: which finding gets which Woo ground and action, read from a TOML file.

A policy is data owned by the people who decide what is withheld. It is validated eagerly on
load (pydantic models with ``extra="forbid"``): an unknown key, a bad ground or a bad action
raises :class:`PolicyError` naming the key, with the key that was probably meant.
Its sha256 goes into every audit record.
"""

from __future__ import annotations

import difflib
import hashlib
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictStr,
    ValidationError,
)

from .errors import PolicyError
from .types import Action, EntityType

LabelStyle = Literal["code", "comma", "dotted", "long"]
LABEL_STYLES: tuple[LabelStyle, ...] = ("code", "comma", "dotted", "long")


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
    label_style: LabelStyle = "code"
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


# --------------------------------------------------------------------------- the file's schema
# The policy file's shape, as pydantic models with extra="forbid": a mistyped key is an error
# that names it and suggests the key that was meant.


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Labels(_Section):
    style: LabelStyle = "code"
    fill: tuple[float, float, float] = (0.0, 0.0, 0.0)
    text_color: tuple[float, float, float] = (1.0, 1.0, 1.0)


class _Entity(_Section):
    action: StrictStr = "redact"
    ground: StrictStr | None = None


class _Email(_Section):
    keep_organisation_domain: StrictBool = True
    keep_generic_mailboxes: StrictBool = True
    private_domains: list[StrictStr] = []


class _Phone(_Section):
    keep_service_numbers: StrictBool = True
    keep_switchboard_numbers: StrictBool = True


class _Iban(_Section):
    keep_organisation_accounts: StrictBool = True


class _Postcode(_Section):
    keep_postbus: StrictBool = True


class _Officials(_Section):
    role_words: list[StrictStr] = []
    names: list[StrictStr] = []
    outside_role: Literal["keep", "context"] = "keep"


class _Consistency(_Section):
    enabled: StrictBool = True
    first_name_alone: StrictBool = True


class _Terms(_Section):
    terms: list[StrictStr] = []


class _DenyTerm(_Section):
    text: StrictStr = Field(min_length=1)
    ground: StrictStr = "5.1.2e"


class _Deny(_Section):
    terms: list[_DenyTerm] = []


class _Ner(_Section):
    model: StrictStr = "default"
    labels: dict[str, StrictStr] = {}


class _Review(_Section):
    review_as_redact: StrictBool = False


class _Rules(_Section):
    disabled: list[StrictStr] = []


class _PolicyFile(_Section):
    version: Literal[1] = 1
    name: StrictStr = "custom"
    inherit_defaults: StrictBool = True
    labels: _Labels = _Labels()
    entities: dict[str, _Entity] = {}
    thresholds: dict[str, Annotated[float, Field(ge=0.0, le=1.0, strict=False)]] = {}
    email: _Email = _Email()
    phone: _Phone = _Phone()
    iban: _Iban = _Iban()
    postcode: _Postcode = _Postcode()
    officials: _Officials = _Officials()
    consistency: _Consistency = _Consistency()
    allowlist: _Terms = _Terms()
    denylist: _Deny = _Deny()
    ner: _Ner = _Ner()
    review: _Review = _Review()
    rules: _Rules = _Rules()


# Detector families a threshold may name (``woo.rules.bsn`` falls under ``woo.rules``).
DETECTOR_FAMILIES = ("woo.rules", "woo.ner", "woo.names", "woo.layout", "woo.statements", "woo.consistency", "woo.propagate", "woo.denylist")


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _model_at(loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The section model that holds the key at ``loc`` (for "did you mean" suggestions)."""
    model: type[BaseModel] | None = _PolicyFile
    for part in loc[:-1]:
        if model is None or not isinstance(part, str) or part not in model.model_fields:
            return None
        ann = model.model_fields[part].annotation
        model = ann if isinstance(ann, type) and issubclass(ann, BaseModel) else None
    return model


def _did_you_mean(word: str, options: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _validation_message(source: str, exc: ValidationError) -> str:
    msgs = []
    for err in exc.errors()[:3]:
        loc = tuple(err["loc"])
        key = _loc(loc)
        if err["type"] == "extra_forbidden":
            model = _model_at(loc)
            hint = _did_you_mean(str(loc[-1]), model.model_fields if model else ())
            msgs.append(f"unknown key '{key}'{hint}")
        else:
            msgs.append(f"'{key}': {err['msg']} (got {err.get('input')!r})")
    return f"{source}: " + "; ".join(msgs)


def parse_policy(data: Mapping[str, Any], *, source: str = "<dict>", sha256: str = "") -> Policy:
    """Validate a policy mapping; every error names the offending key.

    A user policy is layered over the shipped default (tables merge, lists are replaced) unless
    it sets ``inherit_defaults = false``: a three-line policy that only changes the label style
    still redacts everything the default does.
    """
    try:
        first = _PolicyFile.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(_validation_message(source, exc)) from None
    if first.inherit_defaults and source != str(default_policy_path()):
        data = _deep_merge(_default_data(), data)
    try:
        pf = _PolicyFile.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(_validation_message(source, exc)) from None

    entities: dict[EntityType, EntityRule] = {}
    for name, spec in pf.entities.items():
        key = f"entities.{name}"
        try:
            ent = EntityType(name)
        except ValueError:
            raise PolicyError(
                f"{source}: '{key}' is not an entity type{_did_you_mean(name, [e.value for e in EntityType])}; "
                f"known: {[e.value for e in EntityType]}"
            ) from None
        try:
            action = Action(spec.action.lower())
        except ValueError:
            raise PolicyError(f"{source}: '{key}.action' must be redact, review or keep, got {spec.action!r}") from None
        if action is not Action.KEEP and not spec.ground:
            raise PolicyError(f"{source}: '{key}.ground' is required when action is {action.value}")
        entities[ent] = EntityRule(action, _canonical_ground(spec.ground, f"{source}: '{key}.ground'") if spec.ground else None)

    for det in pf.thresholds:
        if not any(det == fam or det.startswith(fam + ".") for fam in DETECTOR_FAMILIES):
            raise PolicyError(f"{source}: 'thresholds.{det}' names no detector{_did_you_mean(det, DETECTOR_FAMILIES)}; known: {list(DETECTOR_FAMILIES)}")

    deny = [
        DenyTerm(t.text, _canonical_ground(t.ground, f"{source}: 'denylist.terms[{i}].ground'"))
        for i, t in enumerate(pf.denylist.terms)
    ]

    ner_labels: dict[str, EntityType] = {}
    for lab, ent_name in pf.ner.labels.items():
        try:
            ner_labels[str(lab)] = EntityType(ent_name)
        except ValueError:
            raise PolicyError(f"{source}: 'ner.labels.{lab}' must name an entity type, got {ent_name!r}") from None

    _check_rule_names(pf.rules.disabled, source)
    labels = pf.labels
    return Policy(
        name=pf.name,
        sha256=sha256,
        source=source,
        entities=entities,
        label_style=labels.style,
        fill=_dark(_rgb(list(labels.fill), f"{source}: 'labels.fill'"), f"{source}: 'labels.fill'"),
        text_color=_rgb(list(labels.text_color), f"{source}: 'labels.text_color'"),
        thresholds=dict(pf.thresholds),
        keep_organisation_domain=pf.email.keep_organisation_domain,
        keep_generic_mailboxes=pf.email.keep_generic_mailboxes,
        private_domains=tuple(d.lower() for d in pf.email.private_domains),
        keep_service_numbers=pf.phone.keep_service_numbers,
        keep_switchboard_numbers=pf.phone.keep_switchboard_numbers,
        keep_organisation_accounts=pf.iban.keep_organisation_accounts,
        keep_postbus=pf.postcode.keep_postbus,
        role_words=tuple(w.lower() for w in pf.officials.role_words),
        official_names=tuple(pf.officials.names),
        officials_outside_role=pf.officials.outside_role,
        consistency=pf.consistency.enabled,
        first_name_alone=pf.consistency.first_name_alone,
        allow_terms=tuple(pf.allowlist.terms),
        deny_terms=tuple(deny),
        ner_model=pf.ner.model,
        ner_labels=ner_labels,
        review_as_redact=pf.review.review_as_redact,
        disabled_rules=frozenset(pf.rules.disabled),
    )


# Rule namespaces that detectors define themselves (their rules are named "<namespace>.<rule>").
DETECTOR_RULE_NAMESPACES = ("layout.", "rules.", "statements.", "names.", "ocr.", "write.")


def _check_rule_names(names: Iterable[str], source: str) -> None:
    """Every name in ``[rules] disabled`` must be a decision rule or a detector's rule."""
    from .decide.rules import rule_names

    known = set(rule_names()) | {"consistency", "consistency.initials", "propagation", "person.trim_model_span", "person.administrative_consultation"}
    for i, name in enumerate(names):
        if name in known or name.startswith(DETECTOR_RULE_NAMESPACES):
            continue
        raise PolicyError(f"{source}: 'rules.disabled[{i}]' = {name!r} is no rule{_did_you_mean(name, known)}; known: {sorted(known)}")


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


