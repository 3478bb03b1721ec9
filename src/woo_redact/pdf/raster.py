"""Last-resort fail-closed redaction of one page: replace it by a rendered image.

Used only when a page's content stream cannot be parsed or rewritten. The page is rendered
from the *source* file with pypdfium2 (150 dpi, without annotations), the boxes are burnt into
the pixels, and the page content becomes that image plus the usual labelled boxes. All other
page resources are dropped, so nothing of the original content survives in the file.

Limits: the page loses its text layer and vector quality; the caller flags it for review.
"""

from __future__ import annotations

import os
import zlib
from typing import TYPE_CHECKING, Any

import numpy as np
import pikepdf
import pypdfium2 as pdfium

from woo_redact.geometry import box_pixels, normalise_rotation, scaled_display_to_user
from woo_redact.pdf import draw
from woo_redact.pdf.textstate import Rect

if TYPE_CHECKING:
    from woo_redact.pdf.redact import BoxStyle

DPI = 150


def _unit_square_cm(crop: Rect, rotate: int) -> list[float]:
    """``cm`` operands mapping the image unit square onto the page's rotated view."""
    return [round(v, 6) for v in scaled_display_to_user(crop, rotate, 1.0, 1.0)]


def rasterize_page(pdf: pikepdf.Pdf, page: pikepdf.Page, src: str | os.PathLike[str], pno: int,
                   password: str | None, items: list[tuple[Rect, str]], style: BoxStyle, font_obj: Any) -> None:
    doc = pdfium.PdfDocument(os.fspath(src), password=password)
    try:
        pp = doc[pno]
        c = pp.get_bbox()  # effective crop box, inherited boxes included (get_cropbox falls back to Letter)
        crop = (float(c[0]), float(c[1]), float(c[2]), float(c[3]))
        rot = normalise_rotation(pp.get_rotation())
        scale = DPI / 72.0
        bitmap = pp.render(scale=scale, may_draw_forms=False, draw_annots=False)
        arr = np.ascontiguousarray(bitmap.to_numpy()[:, :, :3][:, :, ::-1])  # BGR -> RGB
        pp.close()
    finally:
        doc.close()
    for rect, _ in items:
        r0, r1, c0, c1 = box_pixels(rect, crop, rot, scale, arr.shape[:2], grow=1)
        arr[r0:r1, c0:c1, :] = 0
    h, w = arr.shape[:2]
    img = pikepdf.Stream(pdf, b"")
    img.write(zlib.compress(arr.tobytes(), 6), filter=pikepdf.Name.FlateDecode)
    img["/Type"] = pikepdf.Name.XObject
    img["/Subtype"] = pikepdf.Name.Image
    img["/Width"] = w
    img["/Height"] = h
    img["/ColorSpace"] = pikepdf.Name.DeviceRGB
    img["/BitsPerComponent"] = 8
    po = page.obj
    po["/Resources"] = pikepdf.Dictionary(
        XObject=pikepdf.Dictionary(WooRaster=pdf.make_indirect(img)),
        Font=pikepdf.Dictionary(WooLbl=font_obj),
    )
    ops: list[Any] = [
        pikepdf.ContentStreamInstruction([], pikepdf.Operator("q")),
        pikepdf.ContentStreamInstruction(_unit_square_cm(crop, rot), pikepdf.Operator("cm")),
        pikepdf.ContentStreamInstruction([pikepdf.Name.WooRaster], pikepdf.Operator("Do")),
        pikepdf.ContentStreamInstruction([], pikepdf.Operator("Q")),
    ]
    for rect, label in items:
        ops.extend(draw.box_ops(rect, label, style, pikepdf.Name.WooLbl, rot))
    po["/Contents"] = pdf.make_stream(pikepdf.unparse_content_stream(ops))
    for key in ("/Group",):
        if key in po:
            del po[key]
