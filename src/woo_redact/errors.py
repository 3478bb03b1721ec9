"""Exception hierarchy. Every message says what the user can do next."""

from __future__ import annotations


class WooRedactError(Exception):
    """Base class for every error woo_redact raises on purpose."""


class ExtractionError(WooRedactError):
    """The PDF could not be read (not a PDF, damaged beyond repair, no text layer and no OCR)."""


class EncryptedPDFError(ExtractionError):
    """The PDF is encrypted and no (correct) password was given."""


class ModelNotFoundError(WooRedactError):
    """A named spaCy pipeline is not installed or not at the given path. Never downloaded."""


class PolicyError(WooRedactError):
    """The policy file is invalid; the message names the bad key."""


class RedactionError(WooRedactError):
    """The writer met a construct it cannot redact with certainty and could not fail closed."""


class VerificationError(WooRedactError):
    """The written output still leaks redacted content; it has been deleted."""


class ReviewFileError(WooRedactError):
    """A reviewer's decisions file is invalid; the message names the entry."""


class OCRUnavailableError(ExtractionError):
    """A page needs OCR but Tesseract (with Dutch) is not installed."""
