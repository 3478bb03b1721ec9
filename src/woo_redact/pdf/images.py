"""Pixel blackout for image XObjects drawn under redaction boxes.

Scope: given an image XObject and the CTM it is drawn with, map every box into the image's
pixel grid (the unit square, row 0 at the top) and overwrite those pixels in the image data
itself, so the hidden pixels are gone from the file and not merely covered. The result is always a
*new* stream object; the original stays untouched for other pages or other placements.

* Images whose filters pikepdf can decode (none, Flate, LZW, RunLength, ASCIIHex/85) are edited
  at the sample level for any BitsPerComponent (1, 2, 4, 8, 16) and colour space, written back
  losslessly with Flate. "Black" is computed through the colour space and ``/Decode``: RGB/Gray
  zero, CMYK full K, the darkest palette entry for Indexed, full tint for Separation/DeviceN;
  stencil masks (``/ImageMask``) get the unpainted value, so the shape disappears.
* JPEG (DCTDecode) images are decoded with Pillow and re-encoded as JPEG (quality 92), so pixels
  elsewhere change by JPEG rounding only.
* Anything else (JPX, CCITT, JBIG2) is decoded through pikepdf/Pillow — or, when they lack a
  decoder (JBIG2 needs jbig2dec), through PDFium on a scratch page — and stored as 8-bit Flate
  (JPEG 2000 images are re-encoded as lossless JPEG 2000, which PDFium renders identically);
  1-bit stencils stay 1-bit stencils.
* ``/SMask`` and ``/Mask`` streams get the same treatment (region set opaque/painted).

Fail closed: an image that cannot be decoded at all is replaced by a solid black image over its
whole area, and the caller flags the page.

Limits: images inside patterns, Type3 glyphs or annotation appearances are not inspected;
the pixel rectangle of a rotated/skewed placement is the bounding box of the mapped box,
so a little more than the box may be blacked out. A pixel is blacked out when its centre lies
under the box, so a box much smaller than one image pixel may black out nothing (the box is
drawn over it regardless).
"""

from __future__ import annotations

import hashlib
import io
import math
import zlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pikepdf

from woo_redact.geometry import transform_rect
from woo_redact.pdf.textstate import IDENTITY, Matrix, Rect, apply, invert, mult

_SIMPLE_FILTERS = {"/FlateDecode", "/LZWDecode", "/RunLengthDecode", "/ASCIIHexDecode", "/ASCII85Decode", "/Fl", "/LZW", "/RL", "/AHx", "/A85"}
_DROP_KEYS = ("/Length", "/Filter", "/DecodeParms", "/Metadata")
PixelRect = tuple[int, int, int, int]  # row0, row1, col0, col1 (half-open)


def pixel_rects(ctm: Matrix, boxes: list[Rect], width: int, height: int) -> list[PixelRect]:
    """The pixel rectangles of an image drawn with ``ctm`` that lie under any box."""
    inv = invert(ctm)
    if inv is None or width <= 0 or height <= 0:
        return []
    out: list[PixelRect] = []
    for x0, y0, x1, y1 in boxes:
        pts = [apply(inv, x, y) for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]
        u0 = max(0.0, min(p[0] for p in pts))
        u1 = min(1.0, max(p[0] for p in pts))
        v0 = max(0.0, min(p[1] for p in pts))
        v1 = min(1.0, max(p[1] for p in pts))
        if u1 <= u0 or v1 <= v0:
            continue
        # a pixel goes when its centre lies under the box (as for glyphs): a pixel mostly outside
        # the box shows its value outside the box anyway
        c0, c1 = int(math.ceil(u0 * width - 0.5)), int(math.floor(u1 * width - 0.5)) + 1
        r0, r1 = int(math.ceil((1.0 - v1) * height - 0.5)), int(math.floor((1.0 - v0) * height - 0.5)) + 1
        c0, r0 = max(c0, 0), max(r0, 0)
        if c1 > c0 and r1 > r0:
            out.append((r0, min(r1, height), c0, min(c1, width)))
    return out


def redact_image(pdf: pikepdf.Pdf, xobj: pikepdf.Stream, ctm: Matrix, boxes: list[Rect]) -> tuple[Any, str | None]:
    """A blacked-out copy of ``xobj`` (or None if no pixel lies under a box) and a flag message."""
    try:
        w, h = int(xobj["/Width"]), int(xobj["/Height"])
    except (KeyError, TypeError, ValueError):
        return _solid(pdf, xobj), "image without valid size under a box replaced by a black area"
    rects = pixel_rects(ctm, boxes, w, h)
    if not rects:
        return None, None
    flag = None
    try:
        new = _blackout(pdf, xobj, rects, role="image")
    except Exception:
        return _solid(pdf, xobj), "image under a box could not be decoded; replaced by a black area"
    for key in ("/SMask", "/Mask"):
        mask = xobj.get(key)
        if isinstance(mask, pikepdf.Stream):
            try:
                mw, mh = int(mask["/Width"]), int(mask["/Height"])
                mrects = pixel_rects(ctm, boxes, mw, mh)
                if mrects:
                    new[key] = pdf.make_indirect(_blackout(pdf, mask, mrects, role="smask" if key == "/SMask" else "mask"))
            except Exception:
                del new[key]
                flag = "image mask under a box could not be decoded; mask dropped"
    return pdf.make_indirect(new), flag


def _filters(xobj: pikepdf.Stream) -> list[str]:
    f = xobj.get("/Filter")
    if f is None:
        return []
    if isinstance(f, pikepdf.Array):
        return [str(x) for x in f]
    return [str(f)]


def _copy_dict(pdf: pikepdf.Pdf, xobj: pikepdf.Stream, data: bytes, filt: pikepdf.Name | None) -> pikepdf.Stream:
    new = pikepdf.Stream(pdf, b"")
    for k, v in xobj.items():
        if k not in _DROP_KEYS:
            new[k] = v
    if filt is None:
        new.write(data)
    else:
        new.write(data, filter=filt)
    return new


def _blackout(pdf: pikepdf.Pdf, xobj: pikepdf.Stream, rects: list[PixelRect], role: str) -> pikepdf.Stream:
    filters = _filters(xobj)
    if all(f in _SIMPLE_FILTERS for f in filters):
        return _blackout_samples(pdf, xobj, rects, role)
    if filters and filters[-1] in ("/DCTDecode", "/DCT") and all(f in _SIMPLE_FILTERS for f in filters[:-1]):
        return _blackout_jpeg(pdf, xobj, rects, role)
    return _blackout_pil(pdf, xobj, rects, role)


def _ncomp(cs: Any) -> int:
    if cs is None:
        return 1
    if isinstance(cs, pikepdf.Name):
        return {"/DeviceGray": 1, "/G": 1, "/CalGray": 1, "/DeviceRGB": 3, "/RGB": 3, "/CalRGB": 3, "/Lab": 3,
                "/DeviceCMYK": 4, "/CMYK": 4}.get(str(cs), 1)
    if isinstance(cs, pikepdf.Array) and len(cs) > 0:
        fam = str(cs[0])
        if fam == "/ICCBased":
            return int(cs[1].get("/N", 3))
        if fam in ("/Indexed", "/I", "/Separation", "/CalGray"):
            return 1
        if fam in ("/CalRGB", "/Lab"):
            return 3
        if fam == "/DeviceN":
            return len(cs[1])
        return _ncomp(cs[0])
    return 1


def _black_decoded(cs: Any, n: int) -> list[float]:
    """The decoded component values that render as black in colour space ``cs``."""
    fam = str(cs[0]) if isinstance(cs, pikepdf.Array) and len(cs) else str(cs)
    if fam in ("/Separation", "/DeviceN"):
        return [1.0] * n
    if fam in ("/Indexed", "/I"):
        return [float(_darkest_index(cs))]
    if n == 4:
        return [0.0, 0.0, 0.0, 1.0]
    return [0.0] * n


def _darkest_index(cs: pikepdf.Array) -> int:
    try:
        base, hival, lookup = cs[1], int(cs[2]), cs[3]
        table = bytes(lookup.read_bytes()) if isinstance(lookup, pikepdf.Stream) else bytes(lookup)
        nb = _ncomp(base)
        best, best_v = 0, float("inf")
        for i in range(hival + 1):
            comp = table[i * nb : (i + 1) * nb]
            if len(comp) < nb:
                break
            # darkness: CMYK wants the most ink (K first), Gray/RGB the lowest values
            v = -(comp[3] * 4 + sum(comp[:3])) if nb == 4 else sum(comp) / nb
            if v < best_v:
                best, best_v = i, v
        return best
    except Exception:
        return 0


def _black_samples(xobj: pikepdf.Stream, role: str, n: int, bpc: int) -> list[int]:
    maxv = (1 << bpc) - 1
    decode = xobj.get("/Decode")
    if role == "image" and bool(xobj.get("/ImageMask", False)):
        # stencil: sample value that leaves the page unpainted
        inverted = isinstance(decode, pikepdf.Array) and len(decode) >= 2 and float(decode[0]) == 1.0
        return [0 if inverted else 1]
    if role == "smask":
        want = [1.0]
    elif role == "mask":
        want = [0.0]
    else:
        cs = xobj.get("/ColorSpace")
        want = _black_decoded(cs, n)
        fam = str(cs[0]) if isinstance(cs, pikepdf.Array) and len(cs) else str(cs)
        if fam in ("/Indexed", "/I"):
            return [int(want[0])]
        if fam == "/Lab":
            want = [0.0, 0.0, 0.0]
    out = []
    for k, d in enumerate(want):
        lo, hi = 0.0, 1.0
        if isinstance(decode, pikepdf.Array) and len(decode) >= 2 * (k + 1):
            lo, hi = float(decode[2 * k]), float(decode[2 * k + 1])
        elif role == "image":
            fam = str(xobj.get("/ColorSpace", ""))
            if fam == "/Lab":
                lo, hi = 0.0, 100.0
        t = 0.0 if hi == lo else (d - lo) / (hi - lo)
        out.append(int(round(min(1.0, max(0.0, t)) * maxv)))
    return out


def _blackout_samples(pdf: pikepdf.Pdf, xobj: pikepdf.Stream, rects: list[PixelRect], role: str) -> pikepdf.Stream:
    w, h = int(xobj["/Width"]), int(xobj["/Height"])
    stencil = bool(xobj.get("/ImageMask", False))
    if stencil or role == "mask":
        n, bpc = 1, 1 if stencil else int(xobj.get("/BitsPerComponent", 1))
    elif role == "smask":
        n, bpc = 1, int(xobj.get("/BitsPerComponent", 8))
    else:
        n, bpc = _ncomp(xobj.get("/ColorSpace")), int(xobj.get("/BitsPerComponent", 8))
    if bpc not in (1, 2, 4, 8, 16):
        raise ValueError("unsupported BitsPerComponent")
    data = bytearray(xobj.read_bytes())
    stride = (w * n * bpc + 7) // 8
    need = stride * h
    if len(data) < need:
        data.extend(b"\x00" * (need - len(data)))
    arr = np.frombuffer(bytes(data[:need]), dtype=np.uint8).reshape(h, stride).copy()
    black = _black_samples(xobj, role, n, bpc)
    if len(black) < n:
        black = (black + [0] * n)[:n]
    if bpc == 8:
        px = np.array(black, dtype=np.uint8)
        view = arr[:, : w * n].reshape(h, w, n)
        for r0, r1, c0, c1 in rects:
            view[r0:r1, c0:c1, :] = px
    elif bpc == 16:
        px16 = np.array(black, dtype=">u2").view(np.uint8)
        view = arr[:, : w * n * 2].reshape(h, w, n * 2)
        for r0, r1, c0, c1 in rects:
            view[r0:r1, c0:c1, :] = px16
    else:
        bits = np.unpackbits(arr, axis=1)
        pattern = np.concatenate([np.array([(v >> (bpc - 1 - b)) & 1 for b in range(bpc)], dtype=np.uint8) for v in black])
        per = n * bpc
        for r0, r1, c0, c1 in rects:
            bits[r0:r1, c0 * per : c1 * per] = np.tile(pattern, c1 - c0)
        arr = np.packbits(bits, axis=1)[:, :stride]
    out = arr.tobytes() + bytes(data[need:])
    return _copy_dict(pdf, xobj, zlib.compress(out, 6), pikepdf.Name.FlateDecode)


def _fill_pil_array(arr: np.ndarray, rects: list[PixelRect], mode: str, role: str) -> None:
    if role == "smask":
        value: Any = 255
    elif role == "mask":
        value = 0
    elif mode == "CMYK":
        value = (0, 0, 0, 255)
    elif mode == "1":
        value = 0
    else:
        value = 0
    for r0, r1, c0, c1 in rects:
        arr[r0:r1, c0:c1] = value


def _blackout_jpeg(pdf: pikepdf.Pdf, xobj: pikepdf.Stream, rects: list[PixelRect], role: str) -> pikepdf.Stream:
    from PIL import Image

    filters = _filters(xobj)
    raw = xobj.read_raw_bytes()
    if len(filters) > 1:  # undo the generic filters in front of DCT (e.g. [/FlateDecode /DCTDecode])
        parms = xobj.get("/DecodeParms")
        tmp = pikepdf.Stream(pdf, b"")
        if isinstance(parms, pikepdf.Array):
            tmp.write(raw, filter=pikepdf.Array(xobj["/Filter"][:-1]), decode_parms=pikepdf.Array(parms[:-1]))
        else:
            tmp.write(raw, filter=pikepdf.Array(xobj["/Filter"][:-1]))
        raw = tmp.read_bytes()
    im = Image.open(io.BytesIO(raw))
    im.load()
    mode = im.mode
    arr = np.array(im)
    _fill_pil_array(arr, rects, mode, role)
    buf = io.BytesIO()
    Image.fromarray(arr, mode=mode).save(buf, format="JPEG", quality=92)
    return _copy_dict(pdf, xobj, buf.getvalue(), pikepdf.Name.DCTDecode)


def _pdfium_decode(xobj: pikepdf.Stream) -> Any:
    """Decode an image PDFium's own decoders (JBIG2, CCITT, JPX...) by drawing it on a scratch page."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    w, h = int(xobj["/Width"]), int(xobj["/Height"])
    with pikepdf.new() as tmp:
        img = tmp.copy_foreign(xobj)
        for k in ("/SMask", "/Mask"):
            if k in img:
                del img[k]
        if img.get("/ImageMask") or "/ColorSpace" not in img:  # masks: read them as plain grey images
            for k in ("/ImageMask", "/Decode"):
                if k in img:
                    del img[k]
            img["/ColorSpace"] = pikepdf.Name.DeviceGray
            img["/BitsPerComponent"] = img.get("/BitsPerComponent", 1)
        page = tmp.add_blank_page(page_size=(w, h))
        page.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im=img))
        page.obj.Contents = tmp.make_stream(f"q {w} 0 0 {h} 0 0 cm /Im Do Q".encode())
        buf = io.BytesIO()
        tmp.save(buf)
    doc = pdfium.PdfDocument(buf.getvalue())
    try:
        objs = list(doc[0].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
        pil = objs[0].get_bitmap(render=False).to_pil()
    finally:
        doc.close()
    return pil


def _blackout_stencil(pdf: pikepdf.Pdf, xobj: pikepdf.Stream, rects: list[PixelRect], role: str) -> pikepdf.Stream:
    """1-bit stencil (``/ImageMask`` or an explicit ``/Mask``) in an exotic filter: decode the raw
    samples with PDFium and write them back as 1-bit Flate, keeping ``/ImageMask`` and ``/Decode``."""
    samples = (np.array(_pdfium_decode(xobj).convert("L")) >= 128).astype(np.uint8)  # raw sample bits
    value = _black_samples(xobj, "image" if role == "image" else role, 1, 1)[0]
    for r0, r1, c0, c1 in rects:
        samples[r0:r1, c0:c1] = value
    new = _copy_dict(pdf, xobj, zlib.compress(np.packbits(samples, axis=1).tobytes(), 6), pikepdf.Name.FlateDecode)
    new["/BitsPerComponent"] = 1
    return new


_BILEVEL_FILTERS = {"/CCITTFaxDecode", "/CCF", "/JBIG2Decode"}


def _blackout_bilevel(pdf: pikepdf.Pdf, xobj: pikepdf.Stream, rects: list[PixelRect]) -> pikepdf.Stream:
    """A fax/archive scan (CCITT G3/G4, JBIG2): decoded by PDFium — the decoder the render check
    and most viewers use, so the result shows exactly what the original showed — and written
    back as a 1-bit grey Flate image (same pixels, same rendering, no scanner metadata).

    Decoding with pikepdf instead (a TIFF wrapper around the data) can disagree with PDFium on
    the decode parameters, and an 8-bit copy of a 1-bit scan is smoothed differently when a
    viewer scales it: both made the render check refuse correctly redacted scans.
    """
    im = _pdfium_decode(xobj).convert("L")
    bits = (np.asarray(im) >= 128).astype(np.uint8)  # 1 = white, as DeviceGray 1-bit reads it
    for r0, r1, c0, c1 in rects:
        bits[r0:r1, c0:c1] = 0
    new = _copy_dict(pdf, xobj, zlib.compress(np.packbits(bits, axis=1).tobytes(), 6), pikepdf.Name.FlateDecode)
    new["/ColorSpace"] = pikepdf.Name.DeviceGray
    new["/BitsPerComponent"] = 1
    for k in ("/Decode", "/ImageMask"):
        if k in new:
            del new[k]
    return new


def _blackout_pil(pdf: pikepdf.Pdf, xobj: pikepdf.Stream, rects: list[PixelRect], role: str) -> pikepdf.Stream:
    from PIL import Image

    one_bit = int(xobj.get("/BitsPerComponent", 1)) == 1 and "/ColorSpace" not in xobj
    if bool(xobj.get("/ImageMask", False)) or (role == "mask" and one_bit):
        return _blackout_stencil(pdf, xobj, rects, role)
    if role == "image" and _filters(xobj)[-1:] and _filters(xobj)[-1] in _BILEVEL_FILTERS:
        return _blackout_bilevel(pdf, xobj, rects)
    try:
        im = pikepdf.PdfImage(xobj).as_pil_image(apply_mask=False)
    except Exception:  # no decoder in pikepdf/Pillow (e.g. JBIG2 without jbig2dec): try PDFium's
        im = _pdfium_decode(xobj)
        if role in ("smask", "mask") or bool(xobj.get("/ImageMask", False)):
            im = im.convert("L")
    if im.mode not in ("L", "RGB"):
        im = im.convert("L" if im.mode in ("1", "LA", "I", "I;16") else "RGB")
    arr = np.array(im)
    _fill_pil_array(arr, rects, im.mode, role)
    if _filters(xobj)[-1:] == ["/JPXDecode"] and role == "image":
        # stay JPEG 2000 (lossless): PDFium renders JPX and Flate images slightly differently
        buf = io.BytesIO()
        Image.fromarray(arr, mode=im.mode).save(buf, format="JPEG2000", irreversible=False)
        new = _copy_dict(pdf, xobj, buf.getvalue(), pikepdf.Name.JPXDecode)
    else:
        new = _copy_dict(pdf, xobj, zlib.compress(arr.tobytes(), 6), pikepdf.Name.FlateDecode)
    new["/ColorSpace"] = pikepdf.Name.DeviceGray if im.mode == "L" else pikepdf.Name.DeviceRGB
    new["/BitsPerComponent"] = 8
    for k in ("/Decode", "/ImageMask"):
        if k in new:
            del new[k]
    return new


def _solid(pdf: pikepdf.Pdf, xobj: pikepdf.Stream) -> Any:
    """Fail-closed replacement: a 1×1 black image painted over the original's whole area."""
    new = pikepdf.Stream(pdf, b"\x00")
    new["/Type"] = pikepdf.Name.XObject
    new["/Subtype"] = pikepdf.Name.Image
    new["/Width"] = 1
    new["/Height"] = 1
    new["/ColorSpace"] = pikepdf.Name.DeviceGray
    new["/BitsPerComponent"] = 8
    return pdf.make_indirect(new)


# --------------------------------------------------------------------------- placements (for OCR)


@dataclass(frozen=True, slots=True)
class ImagePlacement:
    """One image drawn on a page: where its unit square lands in user space, and its identity.

    ``key`` identifies the image's data (filters, size and raw bytes hashed), so the same logo
    on every page or in every document is recognised without decoding it again. ``hidden`` is
    set for images inside optional content that is off by default (a layer switched off: not
    shown, but in the file).
    """

    page: int
    ctm: Matrix
    key: str
    width: int
    height: int
    inline: bool
    hidden: bool
    source: Any = field(compare=False, repr=False)  # pikepdf Stream or PdfInlineImage

    def user_rect(self) -> Rect:
        """Axis-aligned bounds of the placement in user space."""
        return transform_rect(self.ctm, (0.0, 0.0, 1.0, 1.0))

    def to_pil(self) -> Any:
        """The image's pixels (Pillow), decoded by pikepdf or, without a decoder, by PDFium."""
        if self.inline:
            return self.source.as_pil_image()
        try:
            return pikepdf.PdfImage(self.source).as_pil_image()
        except Exception:  # no decoder in pikepdf/Pillow (JBIG2 without jbig2dec, …)
            return _pdfium_decode(self.source)


_MAX_FORM_DEPTH = 12


def _image_key(raw: bytes, w: int, h: int, filters: str, extra: str = "") -> str:
    hsh = hashlib.sha256()
    hsh.update(f"{w}x{h}|{filters}|{extra}|".encode())
    hsh.update(raw)
    return hsh.hexdigest()


def _off_groups(pdf: pikepdf.Pdf) -> set[tuple[int, int]]:
    """Object ids of optional content groups that are off in the default configuration."""
    out: set[tuple[int, int]] = set()
    props = pdf.Root.get("/OCProperties")
    d = props.get("/D") if isinstance(props, pikepdf.Dictionary) else None
    off = d.get("/OFF") if isinstance(d, pikepdf.Dictionary) else None
    if isinstance(off, pikepdf.Array):
        for g in off:
            if isinstance(g, pikepdf.Dictionary) and g.is_indirect:
                out.add(g.objgen)
    return out


def _is_off(oc: Any, off: set[tuple[int, int]]) -> bool:
    """An /OC entry (group or membership dictionary) that hides its content by default."""
    if not isinstance(oc, pikepdf.Dictionary) or not off:
        return False
    if oc.is_indirect and oc.objgen in off:
        return True
    ocgs = oc.get("/OCGs")
    if ocgs is None:
        return False
    groups = list(ocgs) if isinstance(ocgs, pikepdf.Array) else [ocgs]
    hidden = [isinstance(g, pikepdf.Dictionary) and g.is_indirect and g.objgen in off for g in groups]
    policy = str(oc.get("/P", "/AnyOn"))
    if policy == "/AllOn":
        return any(hidden)
    if policy in ("/AnyOff", "/AllOff"):
        return all(not h for h in hidden) if policy == "/AllOff" else False
    return all(hidden)  # /AnyOn: visible when any group is on


def image_placements(pdf: pikepdf.Pdf, pno: int) -> list[ImagePlacement]:
    """Every image drawn on page ``pno``: XObjects (also inside Form XObjects, with their
    ``/Matrix``) and inline images, each with the CTM that maps its unit square to user space.

    Images inside patterns, Type3 glyphs and annotation appearances are not listed.
    """
    page = pdf.pages[pno]
    off = _off_groups(pdf)
    out: list[ImagePlacement] = []
    res = page.obj.get("/Resources")
    node: Any = page.obj
    for _ in range(64):  # resources are inheritable
        if res is not None or not isinstance(node, pikepdf.Dictionary):
            break
        node = node.get("/Parent")
        res = node.get("/Resources") if isinstance(node, pikepdf.Dictionary) else None
    try:
        instrs = pikepdf.parse_content_stream(page)
    except pikepdf.PdfError:
        return out
    _walk(instrs, res if isinstance(res, pikepdf.Dictionary) else pikepdf.Dictionary(), IDENTITY, pno, off, out, 0, set(), False)
    return out


def _walk(instrs: Any, res: pikepdf.Dictionary, ctm: Matrix, pno: int, off: set[tuple[int, int]],
          out: list[ImagePlacement], depth: int, seen: set[tuple[int, int]], hidden: bool) -> None:
    stack: list[Matrix] = []
    oc_stack: list[bool] = []  # per BDC/BMC: does this marked-content section hide its content?
    xobjects = res.get("/XObject", pikepdf.Dictionary()) if isinstance(res, pikepdf.Dictionary) else pikepdf.Dictionary()
    props = res.get("/Properties", pikepdf.Dictionary()) if isinstance(res, pikepdf.Dictionary) else pikepdf.Dictionary()
    for item in instrs:
        hid = hidden or any(oc_stack)
        if isinstance(item, pikepdf.ContentStreamInlineImage):
            iimg = item.iimage
            try:
                raw = bytes(iimg.read_raw_bytes())
                w, h = int(iimg.width), int(iimg.height)
            except Exception:
                continue
            key = _image_key(raw, w, h, str(iimg.filters), "inline")
            out.append(ImagePlacement(pno, ctm, key, w, h, True, hid, iimg))
            continue
        op = str(item.operator)
        ops = item.operands
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            if stack:
                ctm = stack.pop()
        elif op == "cm" and len(ops) == 6:
            try:
                m = tuple(float(v) for v in ops)
            except (TypeError, ValueError):
                continue
            ctm = mult(m, ctm)  # type: ignore[arg-type]
        elif op in ("BDC", "BMC"):
            on_off = False
            if op == "BDC" and len(ops) == 2 and str(ops[0]) == "/OC":
                prop = ops[1]
                if isinstance(prop, pikepdf.Name):
                    prop = props.get(str(prop)) if isinstance(props, pikepdf.Dictionary) else None
                on_off = _is_off(prop, off)
            oc_stack.append(on_off)
        elif op == "EMC":
            if oc_stack:
                oc_stack.pop()
        elif op == "Do" and ops:
            x = xobjects.get(str(ops[0])) if isinstance(xobjects, pikepdf.Dictionary) else None
            if not isinstance(x, pikepdf.Stream):
                continue
            sub = str(x.get("/Subtype", ""))
            xhid = hid or _is_off(x.get("/OC"), off)
            if sub == "/Image":
                try:
                    w, h = int(x["/Width"]), int(x["/Height"])
                    raw = bytes(x.read_raw_bytes())
                except Exception:
                    continue
                key = _image_key(raw, w, h, str(x.get("/Filter", "")), str(x.get("/DecodeParms", "")))
                out.append(ImagePlacement(pno, ctm, key, w, h, False, xhid, x))
            elif sub == "/Form" and depth < _MAX_FORM_DEPTH:
                og = x.objgen if x.is_indirect else None
                if og is not None and og in seen:
                    continue
                fm = x.get("/Matrix")
                try:
                    fmat = tuple(float(v) for v in fm) if isinstance(fm, pikepdf.Array) and len(fm) == 6 else IDENTITY
                    sub_instrs = pikepdf.parse_content_stream(x)
                except (pikepdf.PdfError, TypeError, ValueError):
                    continue
                fres = x.get("/Resources", res)
                _walk(sub_instrs, fres if isinstance(fres, pikepdf.Dictionary) else res, mult(fmat, ctm),  # type: ignore[arg-type]
                      pno, off, out, depth + 1, seen | ({og} if og else set()), xhid)


# --------------------------------------------------------------------------- JPEG metadata

_JPEG_KEEP_APP = {0xEE}  # APP14 "Adobe": tells decoders the colour transform; everything else goes


def strip_jpeg_metadata(data: bytes) -> bytes:
    """JPEG data without metadata segments (EXIF/XMP APP1, ICC APP2, other APPn, COM), losslessly.

    The compressed image (tables, frame, scans) is copied byte for byte, so the pixels do not
    change. A PDF's own ``/ColorSpace`` decides colours, so the ICC segment is not needed;
    APP14 (Adobe) stays because it says whether the data is YCbCr or RGB/CMYK. Data that does
    not parse as JPEG is returned unchanged (the caller decides what to do with it).
    """
    if len(data) < 4 or data[0:2] != b"\xff\xd8":
        return data
    out = bytearray(b"\xff\xd8")
    i = 2
    n = len(data)
    while i + 4 <= n:
        if data[i] != 0xFF:
            return data  # not a marker where one must be: leave it alone
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            out += data[i : i + 2]
            i += 2
            continue
        seglen = int.from_bytes(data[i + 2 : i + 4], "big")
        end = i + 2 + seglen
        if seglen < 2 or end > n:
            return data
        if marker == 0xDA:  # start of scan: the rest is entropy-coded data and later markers
            out += data[i:]
            return bytes(out)
        drop = (0xE0 <= marker <= 0xEF and marker not in _JPEG_KEEP_APP) or marker == 0xFE
        if not drop:
            out += data[i:end]
        i = end
    return data
