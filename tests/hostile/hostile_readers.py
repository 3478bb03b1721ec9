"""What an attacker reads from a PDF, independently of woo_redact's own verifier.

Four readers: poppler (``pdftotext``), PDFium (pypdfium2), pdfplumber (pdfminer) and a raw walk
over every object: every string at any depth (PDFDocEncoding/UTF-16 with BOM, Latin-1, UTF-16
without BOM), every key and name, and every decompressed stream (as Latin-1 and UTF-16, with
hex strings decoded and TJ kerning joins removed). Texts are normalised by :func:`squash`.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_KERN = re.compile(rb"\)\s*-?\d*\.?\d+\s*\(")
_HEX = re.compile(rb"<([0-9A-Fa-f\s]{6,})>")


def squash(text: str) -> str:
    """NFKC, invisible characters and all whitespace removed, casefolded."""
    t = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).casefold()
    return "".join(t.split())


def poppler(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout.decode()


def pdfium(path: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def plumber(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return "\n".join((p.extract_text() or "") + "\n" + "".join(c["text"] for c in p.chars) for p in pdf.pages)


def _string_forms(raw: bytes, s: Any = None) -> list[str]:
    out = [raw.decode("latin-1")]
    if s is not None:
        try:
            out.append(str(s))
        except Exception:  # noqa: BLE001
            pass
    even = raw[: len(raw) - len(raw) % 2]
    out += [even.decode("utf-16-be", "ignore"), even.decode("utf-16-le", "ignore"), raw[1:].decode("utf-16-be", "ignore")]
    return out


def _stream_forms(data: bytes) -> Iterator[str]:
    yield from _string_forms(data)
    yield from _string_forms(_KERN.sub(b"", data))
    for m in _HEX.finditer(data):
        try:
            yield from _string_forms(bytes.fromhex(m.group(1).decode()))
        except ValueError:
            continue


def raw_walk(path: Path) -> str:
    """Every string, key, name and decompressed stream of the file, each reading on its own line."""
    out: list[str] = []
    with pikepdf.open(path) as pdf:
        roots: list[Any] = [pdf.trailer, *pdf.objects]
        seen: set[int] = set()
        stack = [(r, 0) for r in roots]
        while stack:
            node, depth = stack.pop()
            if depth > 80:
                continue
            if isinstance(node, pikepdf.String):
                out += _string_forms(bytes(node), node)
            elif isinstance(node, pikepdf.Name):
                out.append(str(node))
            elif isinstance(node, (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array)):
                if node.is_indirect:
                    if depth and id(node) in seen:
                        continue
                    if depth:
                        continue  # indirect objects are read from pdf.objects
                if isinstance(node, pikepdf.Array):
                    stack += [(v, depth + 1) for v in node]
                    continue
                for k, v in node.items():
                    out.append(k)
                    stack.append((v, depth + 1))
                if isinstance(node, pikepdf.Stream):
                    try:
                        data = node.read_bytes()
                    except pikepdf.PdfError:
                        data = node.read_raw_bytes()
                    out += list(_stream_forms(data))
    return "\n".join(out)


READERS = {"poppler": poppler, "pdfium": pdfium, "pdfplumber": plumber, "raw": raw_walk}


def recoverable(path: Path, probes: tuple[str, ...]) -> dict[str, list[str]]:
    """For each reader, the probes it recovers (empty dict: nothing recoverable)."""
    found: dict[str, list[str]] = {}
    for name, read in READERS.items():
        text = squash(read(path))
        hits = [p for p in probes if p in text]
        if hits:
            found[name] = hits
    return found


# ---------------------------------------------------------------------------------------- pixels

def ocr_pages(path: Path, *, unboxed: bool = False, dpi: int = 200) -> str:
    """Tesseract's reading of every page's rendering. With ``unboxed``, each page is rendered
    without what the redactor drew last: its content is cut after the first top-level ``q … Q``
    group (the writer wraps the rewritten content in one and draws the boxes after it), as an
    attacker deleting the black rectangles would see it."""
    import tempfile

    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory(prefix="woo-hostile-ocr-") as td:
        src = path
        if unboxed:
            src = Path(td) / "unboxed.pdf"
            with pikepdf.open(path) as pdf:
                for page in pdf.pages:
                    instrs = pikepdf.parse_content_stream(page)
                    depth, cut = 0, len(instrs)
                    for i, ins in enumerate(instrs):
                        op = str(ins.operator)
                        depth += op == "q"
                        depth -= op == "Q"
                        if op == "Q" and depth == 0:
                            cut = i + 1
                            break
                    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(instrs[:cut]))
                pdf.save(src)
        doc = pdfium.PdfDocument(str(src))
        out = []
        try:
            for i in range(len(doc)):
                png = Path(td) / f"p{i}.png"
                doc[i].render(scale=dpi / 72).to_pil().convert("L").save(png)
                res = subprocess.run(["tesseract", str(png), "-", "-l", "nld"], capture_output=True, check=False)
                out.append(res.stdout.decode(errors="replace"))
        finally:
            doc.close()
    return "\n".join(out)
