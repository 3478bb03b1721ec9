"""True redaction of a PDF: the public entry point :func:`apply_redactions`.

What it does, per page that has boxes:

1. merges adjacent boxes on a line (:mod:`woo_redact.pdf.draw`) and pads them by ``style.pad``;
2. parses the page content once and rewrites it (:mod:`woo_redact.pdf.rewrite`): glyphs,
   image pixels and vector paths under the boxes are removed from the file, everything else
   keeps its exact position;
3. wraps the rewritten content in ``q … Q`` and draws the filled, labelled boxes after it;
4. removes annotations overlapping a box.

Then, for the whole document (always, even without boxes), :mod:`woo_redact.pdf.sanitize`
*rebuilds* it from an allow-list: pages with their rewritten content and only the resources it
uses, links, page labels, language and layers; everything else (metadata, outlines, named
destinations, structure tree, actions, attachments, other annotations, private data) is left
behind, and ``scrub_strings`` are removed from whatever streams readers do not extract as page
text (patterns, Type3 glyphs, soft masks, flattened form fields). The output is a new file (no
incremental update, no earlier revisions, object streams generated), never encrypted.

Fail closed: constructs that cannot be positioned are removed over a wider area and reported
in ``ApplyReport.regions_flagged``; a page whose content cannot be parsed at all is replaced by a
rendered image with the boxes burnt in (:mod:`woo_redact.pdf.raster`).

Limits: see the module docs of ``rewrite``, ``images`` and ``sanitize``. Encrypted input is
written unencrypted (reported as ``Encrypt`` in ``metadata_scrubbed``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pikepdf

from woo_redact.errors import EncryptedPDFError, ExtractionError, RedactionError
from woo_redact.pdf import draw, raster
from woo_redact.pdf.fonts import FontLoader
from woo_redact.pdf.rewrite import Context, StreamRewriter, Tally, own_resources
from woo_redact.pdf.sanitize import make_matcher, rebuild, remove_annotations_in
from woo_redact.pdf.textstate import GraphicsState, Rect
from woo_redact.types import ApplyReport, RedactBox

log = logging.getLogger(__name__)

__all__ = ["BoxStyle", "apply_redactions", "open_pdf"]


@dataclass(frozen=True, slots=True)
class BoxStyle:
    """How boxes look: fill colour, label colour, maximum label size, padding around each box."""

    fill: tuple[float, float, float] = (0, 0, 0)  # RGB 0..1
    text_color: tuple[float, float, float] = (1, 1, 1)
    font_size_max: float = 9.0
    pad: float = 0.5  # points added around each box


def open_pdf(src: str | os.PathLike[str], password: str | None) -> pikepdf.Pdf:
    """Open ``src`` with pikepdf, mapping failures to woo_redact errors."""
    try:
        return pikepdf.open(os.fspath(src), password=password or "")
    except pikepdf.PasswordError:
        if password:
            raise EncryptedPDFError(f"{os.fspath(src)}: the password is incorrect; pass the right one with --password") from None
        raise EncryptedPDFError(f"{os.fspath(src)}: the PDF is encrypted; pass its password with --password") from None
    except FileNotFoundError:
        raise ExtractionError(f"{os.fspath(src)}: file not found") from None
    except (pikepdf.PdfError, OSError, ValueError, RuntimeError) as exc:
        raise ExtractionError(f"{os.fspath(src)}: not a readable PDF ({type(exc).__name__}); check the file or repair it with qpdf") from None


def apply_redactions(
    src: str | os.PathLike[str],
    dst: str | os.PathLike[str],
    boxes: Sequence[RedactBox],
    *,
    style: BoxStyle | None = None,
    password: str | None = None,
    scrub_strings: Sequence[str] = (),
    flatten: bool = False,
    outlines: bool = True,
    scrub_labels: Mapping[str, str] | None = None,
) -> ApplyReport:
    """Write a redacted copy of ``src`` to ``dst`` and report what was done.

    Args:
        src: the input PDF (never modified).
        dst: where to write the output (the caller renames it into place).
        boxes: boxes in each page's default user space; ``page`` is 0-based.
        style: box look; defaults to black boxes with white labels.
        password: the user or owner password of an encrypted input.
        scrub_strings: the redacted plaintexts, used to scrub text outside the page content.
        flatten: draw visible annotations and filled form fields into the pages instead of
            dropping them (see :mod:`woo_redact.pdf.sanitize`).
        outlines: keep the bookmarks, rebuilt with redacted titles (policy switch
            ``write.outlines``); off: they are dropped.
        scrub_labels: the label (ground) of each scrub string, written where a bookmark title
            held it; unknown strings get ``sanitize.TITLE_LABEL``.

    Raises:
        EncryptedPDFError: encrypted input without the right password.
        ExtractionError: not a PDF, or damaged beyond repair.
        RedactionError: a page could not be redacted, not even by failing closed.
    """
    style = style or BoxStyle()
    if os.path.abspath(os.fspath(src)) == os.path.abspath(os.fspath(dst)):
        raise RedactionError("the output path must differ from the input; the input is never modified")
    pdf = open_pdf(src, password)
    with pdf:
        was_encrypted = pdf.is_encrypted
        try:
            npages = len(pdf.pages)
        except pikepdf.PdfError as exc:
            raise ExtractionError(f"{os.fspath(src)}: page tree is damaged ({type(exc).__name__})") from None
        for b in boxes:
            if not 0 <= b.page < npages:
                raise RedactionError(f"box on page index {b.page} but the document has {npages} pages; fix the plan")
        tally = Tally()
        matches = make_matcher(scrub_strings)
        ctx = Context(pdf=pdf, fonts=FontLoader(shared="write"), tally=tally, matches=matches)
        annots_removed = 0
        font_obj = draw.label_font(pdf) if boxes else None
        for pno, items in sorted(draw.merge_boxes(boxes, style.pad).items()):
            ctx.page_no = pno
            page = pdf.pages[pno]
            rects = [r for r, _ in items]
            try:
                _redact_page(ctx, page, items, style, font_obj)
            except Exception as exc:  # any failure here fails closed: the page is rasterised and flagged
                log.warning("page %d: content rewrite failed (%s); rasterising", pno + 1, type(exc).__name__)
                try:
                    raster.rasterize_page(pdf, page, src, pno, password, items, style, font_obj)
                except Exception as exc2:
                    raise RedactionError(f"page {pno + 1}: could not be redacted ({type(exc2).__name__}); redact it manually") from None
                tally.flag(f"page {pno + 1}: content could not be rewritten; page replaced by an image with boxes burnt in")
            annots_removed += remove_annotations_in(pdf, page.obj, rects)
        try:
            out, scrubbed = rebuild(pdf, matches, flatten=flatten, outlines=outlines, labels=scrub_labels)
        except pikepdf.PdfError as exc:
            raise ExtractionError(f"{os.fspath(src)}: damaged beyond repair ({type(exc).__name__})") from None
        except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
            raise RedactionError(
                f"{os.fspath(src)}: document-level data could not be scrubbed ({type(exc).__name__}); redact manually"
            ) from None
        if was_encrypted:
            scrubbed.append("Encrypt")
        with out:
            _save(out, dst)
    return ApplyReport(
        glyphs_removed=tally.glyphs_removed,
        images_redacted=tally.images_redacted,
        annotations_removed=annots_removed,
        paths_removed=tally.paths_removed,
        regions_flagged=tuple(tally.flags),
        metadata_scrubbed=tuple(scrubbed),
    )


def _save(pdf: pikepdf.Pdf, dst: str | os.PathLike[str]) -> None:
    try:
        pdf.save(
            os.fspath(dst),
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
            deterministic_id=True,  # same input, policy and model: byte-identical output
            compress_streams=True,
            fix_metadata_version=False,
            preserve_pdfa=False,
            linearize=False,
            encryption=False,
        )
    except pikepdf.PdfError as exc:
        raise ExtractionError(f"the PDF is damaged beyond repair and could not be written ({type(exc).__name__})") from None


def inherited(page: pikepdf.Dictionary, key: str) -> Any:
    """A page attribute, looked up through the page tree as inheritance requires."""
    node: Any = page
    for _ in range(64):
        if not isinstance(node, pikepdf.Dictionary):
            return None
        if key in node:
            return node[key]
        node = node.get("/Parent")
    return None


def page_rotation(page: pikepdf.Dictionary) -> int:
    try:
        return int(inherited(page, "/Rotate") or 0) % 360
    except (TypeError, ValueError):
        return 0


_BI_MARK = b"BI"


def _redact_page(ctx: Context, page: pikepdf.Page, items: list[tuple[Rect, str]], style: BoxStyle,
                 font_obj: Any) -> None:
    po = page.obj
    rects = [r for r, _ in items]
    if _has_inline_image(po):
        try:
            page.externalize_inline_images(min_size=0, shallow=True)
        except pikepdf.PdfError:
            pass  # the rewriter drops inline images under boxes instead
    res = own_resources(inherited(po, "/Resources"))
    po["/Resources"] = res
    instrs = pikepdf.parse_content_stream(page)
    rw = StreamRewriter(ctx, res, rects)
    new = rw.rewrite(instrs, GraphicsState(), top=True)
    rw.prune()
    fonts = res["/Font"]
    assert isinstance(fonts, pikepdf.Dictionary)
    fname = ctx.fresh_name(fonts, "WooLbl")
    res["/Font"][fname] = font_obj
    rot = page_rotation(po)
    tail: list[Any] = []
    for rect, label in items:
        tail.extend(draw.box_ops(rect, label, style, fname, rot))
    body = pikepdf.unparse_content_stream(new)
    data = b"q\n" + body + b"\nQ\n" + pikepdf.unparse_content_stream(tail)
    po["/Contents"] = ctx.pdf.make_stream(data)


def _has_inline_image(po: pikepdf.Dictionary) -> bool:
    contents = po.get("/Contents")
    streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
    for s in streams:
        if isinstance(s, pikepdf.Stream):
            try:
                data = s.read_bytes()
            except pikepdf.PdfError:
                continue
            if b"ID" in data and b"EI" in data and _BI_MARK in data:
                return True
    return False
