"""The review workbench: ``woo-redact review REVIEW/``, a local web application over a scan.

:mod:`.store` holds the review functions (load a scan folder, change a decision, add a manual
redaction, check pages, sign off, saved at once with a history); :mod:`.sheet` the
spreadsheet round-trip; :mod:`.server` the thin HTTP layer and the Dutch user interface.
"""

from __future__ import annotations

from .store import (
    DocStatus,
    ReviewActionError,
    ReviewFolder,
    carry_over,
    save_decisions,
)

__all__ = ["DocStatus", "ReviewActionError", "ReviewFolder", "carry_over", "save_decisions"]
