"""woo_redact: privacy-first redaction of Dutch government documents released under the Woo.

Library API first; the ``woo-redact`` CLI is a thin layer over it::

    import woo_redact
    findings = woo_redact.analyze_text("Bel Jan de Vries op 06-12345678.")
    result = woo_redact.redact_pdf("in.pdf", "out.pdf")
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import (  # noqa: E402
    EncryptedPDFError,
    ExtractionError,
    ModelNotFoundError,
    OCRUnavailableError,
    PolicyError,
    RedactionError,
    ReviewFileError,
    VerificationError,
    WooRedactError,
)
from .policy import Policy, load_policy  # noqa: E402
from .types import (  # noqa: E402
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


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    """Heavy parts (Presidio, spaCy, pikepdf) load on first use, not on import."""
    if name in ("Pipeline", "analyze_text", "redact_pdf"):
        from . import pipeline

        return getattr(pipeline, name)
    if name in ("anonymize_text", "AnonymizedText", "Scope"):
        from . import anonymize

        return getattr(anonymize, name)
    if name in ("redact_bundle", "BundleResult"):
        from . import bundle

        return getattr(bundle, name)
    if name == "extract":
        from .extract import extract

        return extract
    raise AttributeError(f"module 'woo_redact' has no attribute {name!r}")


__all__ = [
    "Action", "BBox", "BundleResult", "Decision", "Detection", "Document", "DocumentResult",
    "EncryptedPDFError", "EntityType", "ExtractionError", "Finding", "ModelNotFoundError",
    "OCRUnavailableError", "PageText", "Pipeline", "Policy", "PolicyError", "RedactBox",
    "RedactionError", "RedactionPlan", "ReviewFileError", "VerificationError", "WooRedactError",
    "analyze_text", "anonymize_text", "AnonymizedText", "Scope", "extract", "load_policy", "redact_bundle", "redact_pdf", "__version__",
]
