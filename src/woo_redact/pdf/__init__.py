"""PDF writing: true redaction (glyphs, pixels and paths removed from the file), labelled
boxes, a document rebuilt from an allow-list (:mod:`woo_redact.pdf.sanitize`) and pixel
verification.

Public entry points: :func:`woo_redact.pdf.redact.apply_redactions` with
:class:`~woo_redact.pdf.redact.BoxStyle`, and :func:`woo_redact.pdf.render_check.check_render`.
Submodules are imported lazily so importing this package stays cheap.
"""

from __future__ import annotations

__all__ = ["BoxStyle", "apply_redactions", "check_render"]


def __getattr__(name: str) -> object:
    if name in ("BoxStyle", "apply_redactions"):
        from woo_redact.pdf import redact

        return getattr(redact, name)
    if name == "check_render":
        from woo_redact.pdf.render_check import check_render

        return check_render
    raise AttributeError(name)
