"""woo_redact: privacy-first redaction of Dutch government documents released under the Woo.

Library API first; the ``woo-redact`` CLI is a thin layer over it (``woo_redact.extract`` is
the extraction *module*: ``from woo_redact.extract import extract``)::

    import woo_redact
    findings = woo_redact.analyze_text("Bel Jan de Vries op 06-12345678.")
    result = woo_redact.redact_pdf("in.pdf", "out.pdf")
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING

from .errors import (
    AuditKeyError,
    EmptyInputError,
    EncryptedPDFError,
    ExitCode,
    ExtractionError,
    ModelNotFoundError,
    NameCollisionError,
    OCRUnavailableError,
    OutputOverlapError,
    OutputWriteError,
    PolicyError,
    RedactionError,
    ReviewFileError,
    UsageError,
    VerificationError,
    WooRedactError,
)
from .policy import Policy, load_policy
from .types import (
    Action,
    BBox,
    Decision,
    Detection,
    Document,
    DocumentResult,
    EntityType,
    Finding,
    PageText,
    RedactBox,
    RedactionPlan,
)

if TYPE_CHECKING:  # what the lazy names below are, for type checkers (at run time they load on first use)
    from .anonymize import AnonymizedText, Scope, anonymize_text
    from .bundle import BundleResult, BundleRunner, redact_bundle
    from .pipeline import Analysis, Pipeline, analyze_text, redact_pdf


def __getattr__(name: str) -> object:
    """Heavy parts (Presidio, spaCy, pikepdf) load on first use, not on import."""
    if name in ("Pipeline", "Analysis", "analyze_text", "redact_pdf"):
        from . import pipeline

        return getattr(pipeline, name)
    if name in ("anonymize_text", "AnonymizedText", "Scope"):
        from . import anonymize

        return getattr(anonymize, name)
    if name in ("redact_bundle", "BundleResult", "BundleRunner"):
        from . import bundle

        return getattr(bundle, name)
    raise AttributeError(f"module 'woo_redact' has no attribute {name!r}")


__all__ = [
    "Action",
    "Analysis",
    "AnonymizedText",
    "AuditKeyError",
    "BBox",
    "BundleResult",
    "BundleRunner",
    "Decision",
    "Detection",
    "Document",
    "DocumentResult",
    "EmptyInputError",
    "EncryptedPDFError",
    "EntityType",
    "ExitCode",
    "ExtractionError",
    "Finding",
    "ModelNotFoundError",
    "NameCollisionError",
    "OCRUnavailableError",
    "OutputOverlapError",
    "OutputWriteError",
    "PageText",
    "Pipeline",
    "Policy",
    "PolicyError",
    "RedactBox",
    "RedactionError",
    "RedactionPlan",
    "ReviewFileError",
    "Scope",
    "UsageError",
    "VerificationError",
    "WooRedactError",
    "__version__",
    "analyze_text",
    "anonymize_text",
    "load_policy",
    "redact_bundle",
    "redact_pdf",
]
