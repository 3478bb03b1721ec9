"""Decide per finding: redact, review or keep, under which Woo ground, and why.

Pure functions over frozen dataclasses, in small modules with one job each:

- :mod:`.mentions` — findings tied to a page, merged per type into mentions;
- :mod:`.rules` — the named decision rules (registry; each switchable in the policy);
- :mod:`.roles` — office holders in role; :mod:`.contacts` — an organisation's own contact data;
- :mod:`.people` — name variants, bundle consistency, initials wrapped over two lines;
- :mod:`.spread` — every other occurrence of a redacted string;
- :mod:`.engine` — :func:`decide`, which runs them in order.

Every decision carries a typed :class:`~woo_redact.reasons.Reason`.
"""

from ..reasons import Implausibility, Reason, describe
from .contacts import (
    is_function_mailbox,
    is_organisation_account,
    is_switchboard_number,
)
from .engine import decide, decide_all, deny_findings, resolve_overlaps
from .mentions import (
    PRIORITY,
    Mention,
    finding_id,
    merge_same_type,
    normalize_name,
    to_findings,
)
from .people import BundleKnowledge, consistency_findings, knowledge_from
from .roles import is_in_role
from .rules import DENY_DETECTOR, RULES, rule_names
from .spread import propagation_findings

__all__ = [
    "DENY_DETECTOR", "PRIORITY", "RULES", "BundleKnowledge", "Implausibility", "Mention", "Reason",
    "consistency_findings", "decide", "decide_all", "deny_findings", "describe", "finding_id",
    "is_function_mailbox", "is_in_role", "is_organisation_account", "is_switchboard_number",
    "knowledge_from", "merge_same_type", "normalize_name", "propagation_findings", "resolve_overlaps",
    "rule_names", "to_findings",
]
