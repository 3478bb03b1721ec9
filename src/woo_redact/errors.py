"""Exception hierarchy and exit codes. Every message says what the user can do next.

The library raises these; the CLI maps each class to an :class:`ExitCode` (``exit_code`` on the
class), so a script calling ``woo-redact`` and a program calling the library see the same
failure kinds. Usage errors also derive from :class:`ValueError` so older callers that caught
``ValueError`` keep working.
"""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """Exit codes of the ``woo-redact`` command (documented in ``woo-redact --help``)."""

    OK = 0  #: every document was published
    PARTIAL = 1  #: the run completed, but at least one document was not published (failed or skipped)
    USAGE = 2  #: bad arguments or inputs: nothing was done
    INTERNAL = 3  #: a bug: an unexpected error stopped the run (please report it)
    OUTPUT = 4  #: the output could not be written (disk full, read-only, no permission); rerun to resume
    INTERRUPTED = 130  #: stopped by Ctrl-C; rerun the same command to resume


class WooRedactError(Exception):
    """Base class for every error woo_redact raises on purpose."""

    exit_code: ExitCode = ExitCode.PARTIAL


class UsageError(WooRedactError, ValueError):
    """The arguments or inputs cannot work (nothing has been written)."""

    exit_code = ExitCode.USAGE


class InputNotFoundError(UsageError, FileNotFoundError):
    """An input path does not exist."""


class EmptyInputError(UsageError):
    """The inputs hold no PDF to redact."""


class NameCollisionError(UsageError):
    """Two inputs would be written to the same output path."""


class OutputOverlapError(UsageError):
    """The output folder is, or lies inside, an input folder (or an input is inside it)."""


class AuditKeyError(UsageError):
    """The audit key file named is missing (and no new key was asked for) or unusable."""


class OutputWriteError(WooRedactError):
    """The output folder cannot be written (disk full, read-only, permissions); the run stops."""

    exit_code = ExitCode.OUTPUT


class ExtractionError(WooRedactError):
    """The PDF could not be read (not a PDF, damaged beyond repair, no text layer and no OCR)."""


class EncryptedPDFError(ExtractionError):
    """The PDF is encrypted and no (correct) password was given."""


class ModelNotFoundError(WooRedactError):
    """A named spaCy pipeline is not installed or not at the given path. Never downloaded."""

    exit_code = ExitCode.USAGE


class PolicyError(WooRedactError):
    """The policy file is invalid; the message names the bad key."""

    exit_code = ExitCode.USAGE


class RedactionError(WooRedactError):
    """The writer met a construct it cannot redact with certainty and could not fail closed."""


class VerificationError(WooRedactError):
    """The written output still leaks redacted content; it has been deleted."""


class ReviewFileError(WooRedactError):
    """A reviewer's decisions file is invalid; the message names the entry."""

    exit_code = ExitCode.USAGE


class OCRUnavailableError(ExtractionError):
    """A page needs OCR but Tesseract (with Dutch) is not installed."""


class DocumentTimeout(WooRedactError):
    """A document took longer than the per-document time limit."""


class WorkerCrashError(WooRedactError):
    """The worker process died (twice) while handling a document, e.g. a crash in a C library."""


class UnexpectedDocumentError(WooRedactError):
    """A bug met on one document; the document was not published, the others continue."""


class ExecutorError(UsageError):
    """The chosen executor cannot run (unknown, or Dask is not installed)."""
