"""Check a written PDF the way an attacker would read it, and refuse it when it leaks.

What is read (independent of the detection extractor, PDFium):

* page text from poppler's ``pdftotext`` (pdfplumber/pdfminer when poppler is absent);
* every content stream — pages, Form XObjects, tiling patterns, Type3 glyph procedures, soft-mask
  groups and annotation appearances in every state — decoded through its fonts (``/ToUnicode``,
  else the encoding), with a ``TJ`` array read as the text it shows: ``(Wetenschap)-1(sbudget)``
  is one word, ``(Piet)-300(Jansen)`` two; also the raw bytes of those streams with kerning
  joins removed (comments and resource names included);
* every string at any depth of every object and of the trailer, in every plausible decoding
  (PDFDocEncoding, UTF-16 with or without byte-order mark, UTF-8), and every dictionary key and
  name; the decompressed bytes of every other stream (XMP, private data, attachments), and the
  metadata segments (APPn, COM) of JPEG images.

Every text is normalised and matched by :mod:`woo_redact.textmatch` (NFKC, invisible characters
removed, case, whitespace, hyphenation). A leak is a :class:`Leak`: which check, page, object and
the *index* of the secret in the list given — never the text — so the pipeline can plan boxes for
the leftover occurrences and write again.

Limits: text inside image pixels is not read here (the pixel check in
:mod:`woo_redact.pdf.render_check` compares renderings); secrets shorter than
:data:`~woo_redact.textmatch.MIN_SECRET_LEN` characters are not searched for, and in binary
stream bytes only secrets of :data:`MIN_BINARY_LEN` characters or more (shorter ones occur by chance);
font programs are not read.
"""

from __future__ import annotations

import enum
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pikepdf

from .textmatch import SecretMatcher, is_name_cased_word, normalize, text_leaks
from .types import Verification

__all__ = [
    "Leak",
    "LeakCheck",
    "SecretMatcher",
    "VerificationResult",
    "is_name_cased_word",
    "normalize",
    "text_leaks",
    "verify_or_delete",
    "verify_output",
]

MIN_BINARY_LEN = 4
_MAX_DEPTH = 64


class LeakCheck(str, enum.Enum):
    """Where a leak was read."""

    PAGE_TEXT = "page_text"  # a text extractor's page text (pdftotext / pdfminer)
    CONTENT = "content"  # a content stream decoded through its fonts (page, form, pattern, Type3, appearance)
    CONTENT_BYTES = "content_bytes"  # the raw bytes of a content stream (comments, names, literal strings)
    STRING = "string"  # a string value at any depth of an object
    KEY = "key"  # a dictionary key or a name value
    METADATA = "metadata"  # document information or an XMP stream
    STREAM = "stream"  # the decompressed bytes of another stream
    IMAGE_METADATA = "image_metadata"  # EXIF / comment segments of a JPEG image
    ATTACHMENT = "attachment"  # the output still has embedded files
    PIXELS = "pixels"  # OCR of a page drawn with a font readers cannot be trusted on
    UNREADABLE = "unreadable"  # something the verifier could not read (fails closed)


@dataclass(frozen=True, slots=True)
class Leak:
    """One leak: never the text, only where it is and which secret (index into the list given)."""

    check: LeakCheck
    secret: int | None  # index into the ``secrets`` passed to verify_output; None: not about one secret
    page: int | None = None  # 0-based page index, when the place belongs to a page
    obj: tuple[int, int] | None = None  # (object number, generation) of the object holding it
    detail: str = ""  # the extractor or stream kind, never document text

    def message(self) -> str:
        where = f"page {self.page + 1}: " if self.page is not None else ""
        what = {
            LeakCheck.PAGE_TEXT: "redacted text still extractable",
            LeakCheck.CONTENT: "redacted text still shown by a content stream",
            LeakCheck.CONTENT_BYTES: "content stream bytes still hold redacted text",
            LeakCheck.STRING: "a string value still holds redacted text",
            LeakCheck.KEY: "a key or name still holds redacted text",
            LeakCheck.METADATA: "document metadata still holds redacted text",
            LeakCheck.STREAM: "stream bytes still hold redacted text",
            LeakCheck.IMAGE_METADATA: "image metadata still holds redacted text",
            LeakCheck.ATTACHMENT: "the output still has embedded files",
            LeakCheck.PIXELS: "redacted text still readable in the pixels",
            LeakCheck.UNREADABLE: "part of the output could not be read",
        }[self.check]
        parts = [p for p in (self.detail, f"object {self.obj[0]} {self.obj[1]}" if self.obj else "",
                             f"secret #{self.secret}" if self.secret is not None else "") if p]
        return f"{where}{what} ({', '.join(parts)})" if parts else f"{where}{what}"


@dataclass(frozen=True, slots=True)
class VerificationResult(Verification):
    """A :class:`~woo_redact.types.Verification` with the typed leaks behind its problems."""

    leaks: tuple[Leak, ...] = field(default=())


# ---------------------------------------------------------------------------------------- page text

def page_texts_poppler(path: str | os.PathLike[str], password: str | None = None) -> list[str] | None:
    proc = _start_pdftotext(path, password)
    return None if proc is None else _pdftotext_pages(proc)


def _start_pdftotext(path: str | os.PathLike[str], password: str | None) -> subprocess.Popen[bytes] | None:
    """pdftotext on the output, started now and read later: it runs while the other checks do."""
    exe = shutil.which("pdftotext")
    if exe is None:
        return None
    cmd = [exe, "-enc", "UTF-8"]
    if password:
        cmd += ["-upw", password]
    cmd += [str(path), "-"]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _pdftotext_pages(proc: subprocess.Popen[bytes]) -> list[str]:
    try:
        out, err = proc.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise RuntimeError("pdftotext did not finish reading the output in 300 s") from None
    if proc.returncode != 0:
        raise RuntimeError(f"pdftotext could not read the output: {err.decode(errors='replace')[:200]}")
    return out.decode("utf-8", errors="replace").split("\f")


def page_texts_pdfminer(path: str | os.PathLike[str], password: str | None = None) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path), password=password or "") as pdf:
        return [(p.extract_text() or "") for p in pdf.pages]


# ---------------------------------------------------------------------------------------- entry points

def verify_output(
    path: str | os.PathLike[str],
    secrets: Sequence[str],
    *,
    password: str | None = None,
    check_streams: bool = True,
    also: Mapping[str, Callable[[], Sequence[str]]] | None = None,
) -> VerificationResult:
    """Return which checks ran and what leaked. Problems never quote the secret itself.

    ``also`` names further checks (e.g. ``{"render": ...}``) that return problems; they run
    while pdftotext reads the file in its own process. ``check_streams=False`` skips the
    content-stream and stream-byte checks (strings, keys and metadata are always read).
    """
    secrets = tuple(secrets)
    proc = _start_pdftotext(path, password)
    try:
        pats = SecretMatcher(secrets)
        reader = _ObjectReader(pats, secrets, check_streams)
        with pikepdf.open(os.fspath(path), password=password or "") as pdf:
            reader.read(pdf)
        extra: list[tuple[str, Sequence[str]]] = [(name, check()) for name, check in (also or {}).items()]
        if proc is not None:
            texts, extractor = _pdftotext_pages(proc), "pdftotext"
            proc = None
        else:
            texts, extractor = page_texts_pdfminer(path, password), "pdfminer"
    finally:
        if proc is not None:  # an exception above: do not leave the child running
            proc.kill()
            proc.communicate()
    leaks: list[Leak] = []
    if reader.lying_pages:
        # what a lying /ToUnicode hides from every extractor, the pixels still show
        pixel_leaks = _pixel_leaks(path, reader.lying_pages, pats, password)
        if pixel_leaks is not None:
            checks_px = ["pixels"]
            leaks += pixel_leaks
        else:
            checks_px = []
    else:
        checks_px = []
    for i, t in enumerate(texts):
        for idx in pats.find_indices(t):
            leaks.append(Leak(LeakCheck.PAGE_TEXT, idx, page=i, detail=extractor))
    leaks += sorted(reader.leaks, key=_leak_order)
    checks = [f"page_text:{extractor}", *reader.checks, *checks_px]
    problems = list(dict.fromkeys(lk.message() for lk in leaks))
    for name, found in extra:
        checks.append(name)
        problems += found
    return VerificationResult(ok=not problems, checks=tuple(checks), problems=tuple(problems), leaks=tuple(leaks))


def _lying_font_pages(pdf: pikepdf.Pdf) -> list[int]:
    """Pages (0-based) that draw with a font readers cannot be trusted on: a /ToUnicode that
    disagrees with the font's own cmap/encoding, or a Type3 font without /ToUnicode whose glyph
    names mean nothing (scanned letters). Judged from the font dictionaries once per font."""
    from .extract import _fonts_in, _OwnDecoder

    dec = _OwnDecoder()
    unreadable: dict[tuple[int, int], bool] = {}
    out = []
    for i, page in enumerate(pdf.pages):
        try:
            res = _inherited(page.obj, "/Resources")
            fonts = list(_fonts_in(res, set()))
            if any(dec.suspicious(f) for f in fonts) or any(_unreadable_type3(f, unreadable) for f in fonts):
                out.append(i)
        except (pikepdf.PdfError, TypeError, ValueError, KeyError):
            continue
    return out


def _unreadable_type3(font: Any, memo: dict[tuple[int, int], bool]) -> bool:
    """A Type3 font without /ToUnicode whose /Differences names mostly are no glyph names
    (``/g1``, ``/c12``): readers extract codes, not letters, so only the pixels tell."""
    if not isinstance(font, pikepdf.Dictionary) or font.get("/Subtype") != "/Type3" or "/ToUnicode" in font:
        return False
    key = font.objgen
    if key in memo:
        return memo[key]
    from pdfminer.encodingdb import name2unicode

    names = []
    enc = font.get("/Encoding")
    diffs = enc.get("/Differences") if isinstance(enc, pikepdf.Dictionary) else None
    if isinstance(diffs, pikepdf.Array):
        names = [str(v)[1:] for v in diffs if isinstance(v, pikepdf.Name)]
    unknown = 0
    for n in names:
        try:
            name2unicode(n)
        except Exception:  # pdfminer raises its own KeyError type for unknown names
            unknown += 1
    verdict = bool(names) and unknown >= 0.5 * len(names)
    memo[key] = verdict
    return verdict


PIXEL_DPI = 300


def _pixel_leaks(path: str | os.PathLike[str], pages: Sequence[int], pats: SecretMatcher,
                 password: str | None) -> list[Leak] | None:
    """OCR of the given pages' renderings searched for the secrets (None: no Tesseract here)."""
    import tempfile

    import pypdfium2 as pdfium

    from .ocr import ocr_available

    if not ocr_available("nld"):
        return None
    leaks: list[Leak] = []
    doc = pdfium.PdfDocument(os.fspath(path), password=password)
    try:
        with tempfile.TemporaryDirectory(prefix="woo-verify-px-") as td:
            for i in pages:
                png = Path(td) / f"p{i}.png"
                doc[i].render(scale=PIXEL_DPI / 72, grayscale=True, may_draw_forms=False, draw_annots=False).to_pil().save(png)
                res = subprocess.run(["tesseract", str(png), "-", "-l", "nld"], capture_output=True, timeout=300, check=False)
                text = res.stdout.decode("utf-8", errors="replace")
                leaks += [Leak(LeakCheck.PIXELS, idx, page=i, detail="ocr") for idx in pats.find_indices(text)]
    finally:
        doc.close()
    return leaks


def _leak_order(lk: Leak) -> tuple[int, int, int, int]:
    return (lk.page if lk.page is not None else -1, lk.obj[0] if lk.obj else -1, list(LeakCheck).index(lk.check),
            lk.secret if lk.secret is not None else -1)


def verify_or_delete(
    path: Path,
    secrets: Sequence[str],
    *,
    password: str | None = None,
    also: Mapping[str, Callable[[], Sequence[str]]] | None = None,
) -> VerificationResult:
    """Verify; on any leak delete the file so it can never be published by mistake."""
    try:
        result = verify_output(path, secrets, password=password, also=also)
    except Exception as exc:
        result = VerificationResult(
            ok=False, checks=("error",), problems=(f"verification could not run: {type(exc).__name__}",),
            leaks=(Leak(LeakCheck.UNREADABLE, None, detail=type(exc).__name__),),
        )
    if not result.ok:
        path.unlink(missing_ok=True)
    return result


# ---------------------------------------------------------------------------------------- strings

def string_texts(s: pikepdf.String) -> list[str]:
    """Every plausible reading of a PDF string: PDFDocEncoding/UTF-16 with BOM (pikepdf), UTF-8,
    UTF-16 without BOM in both byte orders when the bytes look like it, Latin-1, and with
    percent-escapes decoded."""
    raw = bytes(s)
    out: list[str] = []
    try:
        out.append(str(s))
    except Exception:
        pass
    out.append(raw.decode("latin-1"))
    try:
        out.append(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if b"%" in raw:  # a URI with percent-escapes (mailto:j%2Ejansen%40…) reads decoded in a browser
        from urllib.parse import unquote

        out.append(unquote(raw.decode("latin-1"), encoding="utf-8", errors="replace"))
    if len(raw) >= 4 and raw.count(0) * 4 >= len(raw):
        for enc in ("utf-16-be", "utf-16-le"):
            out.append(raw[len(raw) % 2:].decode(enc, errors="ignore") if enc == "utf-16-be" else raw[: len(raw) - len(raw) % 2].decode(enc, errors="ignore"))
    return list(dict.fromkeys(out))


def _name_text(n: Any) -> str:
    return str(n)[1:]


_KERN_JOIN = re.compile(rb"\)\s*-?\d*\.?\d+\s*\(")


def content_bytes_text(data: bytes) -> str:
    """Raw content-stream bytes as an attacker reading the file sees them, with the kerning
    joins of ``TJ`` arrays removed (``(Wetenschap)-1(sbudget)`` reads as one word)."""
    return _KERN_JOIN.sub(b"", data).decode("latin-1")


_JPEG_META = {0xFE} | set(range(0xE0, 0xF0))


def jpeg_metadata(data: bytes) -> bytes:
    """The APPn (EXIF, XMP, ICC…) and COM segments of a JPEG, up to the image data."""
    out = bytearray()
    i = 2 if data[:2] == b"\xff\xd8" else len(data)
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            break
        marker = data[i + 1]
        if marker == 0xDA or marker == 0xD9:  # start of scan / end of image
            break
        seglen = int.from_bytes(data[i + 2 : i + 4], "big")
        if marker in _JPEG_META:
            out += data[i + 4 : i + 2 + seglen] + b"\n"
        i += 2 + seglen
    return bytes(out)


# ---------------------------------------------------------------------------------------- the reader

_SKIP_STREAM_TYPES = {"/XRef", "/ObjStm"}
_FONT_FILE_KEYS = ("/Length1", "/Length2", "/Length3")


class _ObjectReader:
    """Reads one opened PDF: content streams through fonts, then every object and key."""

    def __init__(self, pats: SecretMatcher, secrets: Sequence[str], check_streams: bool) -> None:
        from .pdf.fonts import FontLoader

        self.pats = pats
        self.secrets = secrets
        self.check_streams = check_streams
        self.fonts = FontLoader(unicode=True, shared="verify")
        self.leaks: list[Leak] = []
        self.checks: list[str] = []
        self.lying_pages: list[int] = []
        self._long = frozenset(i for i, s in enumerate(secrets) if len("".join(s.split())) >= MIN_BINARY_LEN)

    def _add(self, check: LeakCheck, indices: Sequence[int], page: int | None, obj: tuple[int, int] | None,
             detail: str = "") -> None:
        for i in indices:
            self.leaks.append(Leak(check, i, page=page, obj=obj, detail=detail))

    def read(self, pdf: pikepdf.Pdf) -> None:
        self.lying_pages = _lying_font_pages(pdf)
        content: set[tuple[int, int]] = set()
        if self.check_streams:
            for stream, res, page, kind, key in _content_streams(pdf, content):
                self._read_content(stream, res, page, kind, key)
            self.checks += ["content", "content_bytes"]
        self._read_objects(pdf, content)
        self.checks += ["metadata", "attachments", "objects", "keys"]
        if self.check_streams:
            self.checks.append("stream_bytes")

    # -- content streams --------------------------------------------------------------------------
    def _read_content(self, stream: Any, res: Any, page: int | None, kind: str, key: tuple[int, int]) -> None:
        obj = key if key != (0, 0) else None
        try:
            instrs = pikepdf.parse_content_stream(stream)
        except Exception:
            instrs = []
        text, extra = decode_content(instrs, res, self.fonts)
        self._add(LeakCheck.CONTENT, self.pats.find_indices(text), page, obj, kind)
        self._add(LeakCheck.STRING, self.pats.find_indices(extra), page, obj, kind)
        raw = _stream_bytes(stream) if isinstance(stream, pikepdf.Stream) else _page_bytes(stream)
        if raw:
            hits = [i for i in self.pats.find_indices(content_bytes_text(raw)) if i in self._long]
            self._add(LeakCheck.CONTENT_BYTES, hits, page, obj, kind)

    # -- every object -----------------------------------------------------------------------------
    def _read_objects(self, pdf: pikepdf.Pdf, content: set[tuple[int, int]]) -> None:
        info = pdf.trailer.get("/Info")
        info_key = info.objgen if isinstance(info, pikepdf.Dictionary) else None
        names = pdf.Root.get("/Names")
        if isinstance(names, pikepdf.Dictionary) and "/EmbeddedFiles" in names:
            self.leaks.append(Leak(LeakCheck.ATTACHMENT, None, detail="Names/EmbeddedFiles"))
        self._walk(pdf.trailer, None, LeakCheck.METADATA)
        for obj in pdf.objects:
            if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array, pikepdf.String)):
                continue
            key = obj.objgen
            check = LeakCheck.METADATA if key == info_key else LeakCheck.STRING
            self._walk(obj, key, check)
            if isinstance(obj, pikepdf.Stream) and (self.check_streams or _is_metadata(obj)) and key not in content:
                self._read_stream(obj, key)

    def _walk(self, root: Any, key: tuple[int, int] | None, check: LeakCheck) -> None:
        """Strings and keys of one object at any depth (indirect children are read on their own)."""
        strings: list[str] = []
        names: list[str] = []
        stack: list[tuple[Any, int]] = [(root, 0)]
        while stack:
            node, depth = stack.pop()
            if depth > _MAX_DEPTH:
                continue
            if isinstance(node, pikepdf.String):
                strings.extend(string_texts(node))
            elif isinstance(node, pikepdf.Name):
                names.append(_name_text(node))
            elif isinstance(node, (pikepdf.Dictionary, pikepdf.Stream)):
                try:
                    items = list(node.items())
                except Exception:
                    continue
                for k, v in items:
                    names.append(_name_text(k))
                    if isinstance(v, (pikepdf.Dictionary, pikepdf.Array, pikepdf.Stream)) and v.is_indirect:
                        continue  # read as an object of its own
                    stack.append((v, depth + 1))
            elif isinstance(node, pikepdf.Array):
                for v in node:
                    if isinstance(v, (pikepdf.Dictionary, pikepdf.Array, pikepdf.Stream)) and v.is_indirect:
                        continue
                    stack.append((v, depth + 1))
        if strings:
            self._add(check, self.pats.find_indices("\x00".join(strings)), None, key)
        if names:
            self._add(LeakCheck.KEY, self.pats.find_indices("\x00".join(names)), None, key)

    def _read_stream(self, obj: pikepdf.Stream, key: tuple[int, int]) -> None:
        typ, sub = str(obj.get("/Type", "")), str(obj.get("/Subtype", ""))
        if typ in _SKIP_STREAM_TYPES or any(k in obj for k in _FONT_FILE_KEYS) or sub in ("/Type1C", "/CIDFontType0C", "/OpenType"):
            return
        if sub == "/Image":
            filters = obj.get("/Filter")
            flist = [str(f) for f in (filters if isinstance(filters, pikepdf.Array) else [filters])]
            if "/DCTDecode" in flist and len(flist) == 1:
                try:
                    meta = jpeg_metadata(obj.read_raw_bytes())
                except Exception:
                    return
                text = meta.decode("latin-1") + "\x00" + meta.decode("utf-8", errors="ignore")
                self._add(LeakCheck.IMAGE_METADATA, [i for i in self.pats.find_indices(text) if i in self._long], None, key)
            return
        data = _stream_bytes(obj)
        if not data:
            return
        texts = [data.decode("latin-1"), data.decode("utf-8", errors="ignore")]
        if data.count(0) * 4 >= len(data):
            texts += [data.decode("utf-16-be", errors="ignore"), data.decode("utf-16-le", errors="ignore")]
        found = self.pats.find_indices("\x00".join(texts))
        if _is_metadata(obj):
            self._add(LeakCheck.METADATA, found, None, key, "XMP")
        else:
            self._add(LeakCheck.STREAM, [i for i in found if i in self._long], None, key)


def _is_metadata(obj: Any) -> bool:
    return str(obj.get("/Type", "")) == "/Metadata" or str(obj.get("/Subtype", "")) == "/XML"


def _page_bytes(page: Any) -> bytes:
    contents = page.get("/Contents") if isinstance(page, pikepdf.Dictionary) else None
    parts = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
    return b"\n".join(_stream_bytes(c) for c in parts)


def _stream_bytes(stream: Any) -> bytes:
    """Decompressed bytes; the raw bytes when a filter cannot be undone (they are what a reader has)."""
    if not isinstance(stream, pikepdf.Stream):
        return b""
    try:
        return stream.read_bytes()
    except Exception:
        try:
            return stream.read_raw_bytes()
        except Exception:
            return b""


# ---------------------------------------------------------------------------------------- content streams

def _content_streams(pdf: pikepdf.Pdf, content: set[tuple[int, int]]) -> Iterator[tuple[Any, Any, int | None, str, tuple[int, int]]]:
    """Every content stream a reader can reach: (stream or page, resources, page, kind, objgen).

    Pages (their /Contents parsed as one stream), and through their resources Form XObjects,
    tiling patterns, Type3 glyph procedures and soft-mask groups; annotation appearances in every
    state; then any Form XObject or tiling pattern in the file that no page reaches.
    Adds the object numbers of every stream read as content to ``content``.
    """
    seen: set[tuple[int, int]] = set()
    todo: list[tuple[Any, Any, int | None, str, int]] = []

    def push_resources(res: Any, page: int | None, depth: int) -> None:
        if not isinstance(res, pikepdf.Dictionary) or depth > 16:
            return
        for kind in ("/XObject", "/Pattern"):
            d = res.get(kind)
            if isinstance(d, pikepdf.Dictionary):
                for v in d.values():
                    if isinstance(v, pikepdf.Stream) and (str(v.get("/Subtype", "")) == "/Form" or kind == "/Pattern"):
                        todo.append((v, v.get("/Resources", res), page, kind[1:].lower(), depth + 1))
        fonts = res.get("/Font")
        if isinstance(fonts, pikepdf.Dictionary):
            for f in fonts.values():
                if isinstance(f, pikepdf.Dictionary) and str(f.get("/Subtype", "")) == "/Type3":
                    procs = f.get("/CharProcs")
                    if isinstance(procs, pikepdf.Dictionary):
                        for cp in procs.values():
                            if isinstance(cp, pikepdf.Stream):
                                todo.append((cp, f.get("/Resources", res), page, "type3", depth + 1))
        gstates = res.get("/ExtGState")
        if isinstance(gstates, pikepdf.Dictionary):
            for g in gstates.values():
                sm = g.get("/SMask") if isinstance(g, pikepdf.Dictionary) else None
                grp = sm.get("/G") if isinstance(sm, pikepdf.Dictionary) else None
                if isinstance(grp, pikepdf.Stream):
                    todo.append((grp, grp.get("/Resources", res), page, "softmask", depth + 1))

    for pno, page in enumerate(pdf.pages):
        po = page.obj
        res = _inherited(po, "/Resources")
        yield po, res, pno, "page", (0, 0)
        contents = po.get("/Contents")
        for c in list(contents) if isinstance(contents, pikepdf.Array) else [contents]:
            if isinstance(c, pikepdf.Stream):
                seen.add(c.objgen)
                content.add(c.objgen)
        push_resources(res, pno, 0)
        annots = po.get("/Annots")
        if isinstance(annots, pikepdf.Array):
            for a in annots:
                ap = a.get("/AP") if isinstance(a, pikepdf.Dictionary) else None
                if not isinstance(ap, pikepdf.Dictionary):
                    continue
                for v in ap.values():
                    subs = [v] if isinstance(v, pikepdf.Stream) else (list(v.values()) if isinstance(v, pikepdf.Dictionary) else [])
                    for s in subs:
                        if isinstance(s, pikepdf.Stream):
                            todo.append((s, s.get("/Resources", res), pno, "appearance", 1))
        while todo:
            s, r, p, kind, depth = todo.pop()
            key = s.objgen
            if key != (0, 0):
                if key in seen:
                    continue
                seen.add(key)
                content.add(key)
            yield s, r, p, kind, key
            push_resources(r, p, depth)
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream) and obj.objgen not in seen:
            if str(obj.get("/Subtype", "")) == "/Form" or "/PatternType" in obj:
                seen.add(obj.objgen)
                content.add(obj.objgen)
                yield obj, obj.get("/Resources"), None, "unused form", obj.objgen


def _inherited(page: Any, key: str) -> Any:
    from .pdf.redact import inherited

    return inherited(page, key)


_TJ_SPACE = 150.0  # a TJ gap wider than this (thousandths of an em) reads as a space
#: The operators :func:`decode_content` reads; every other one is skipped unread.
_DECODED_OPS = frozenset({"BT", "ET", "Tf", "Tc", "Tw", "Tz", "Td", "TD", "Tm", "T*", "'", '"', "Tj", "TJ", "BDC", "DP", "INLINE IMAGE"})


def decode_content(instrs: Sequence[Any], res: Any, fonts: Any) -> tuple[str, str]:
    """The text a content stream shows, decoded through its fonts, and the text of its other
    operands (marked-content properties, inline-image dictionaries) — what an attacker reads.

    Separators follow the layout cheaply: a ``TJ`` gap wider than :data:`_TJ_SPACE` or a ``Td``/
    ``Tm`` that jumps along the line is a space; a move to another line is a newline (so
    line-end hyphenation is joined by the normaliser); a kerning gap or an adjacent show is nothing.
    """
    out: list[str] = []
    other: list[str] = []
    font: Any = None
    fontsize = 1.0
    tc = tw = 0.0
    th = 1.0
    adv = 0.0  # text-space advance since the start of the current line
    a_scale = 1.0
    line_e: float | None = None
    line_f: float | None = None

    def font_of(name: Any) -> Any:
        d = res.get("/Font") if isinstance(res, pikepdf.Dictionary) else None
        f = d.get(name) if isinstance(d, pikepdf.Dictionary) and isinstance(name, pikepdf.Name) else None
        return fonts.load(f)

    def show(data: bytes) -> None:
        nonlocal adv
        if font is None:
            out.append(data.decode("latin-1"))
            return
        out.append(font.decode(data))
        width, count, spaces, _ = font.stats(data)
        adv += (width * fontsize + tc * count + tw * spaces) * th

    for ins in instrs:
        try:
            op = str(ins.operator)
        except Exception:
            continue
        if op not in _DECODED_OPS:
            continue  # paths, colours, images: nothing to read (and their operands cost to convert)
        ops = list(ins.operands) if hasattr(ins, "operands") else []
        try:
            if op == "BT":
                adv, a_scale, line_e, line_f = 0.0, 1.0, 0.0, 0.0
            elif op == "ET":
                out.append("\n")
            elif op == "Tf" and len(ops) >= 2:
                font = font_of(ops[0])
                fontsize = float(ops[1])
            elif op == "Tc":
                tc = float(ops[0])
            elif op == "Tw":
                tw = float(ops[0])
            elif op == "Tz":
                th = float(ops[0]) / 100.0
            elif op in ("Td", "TD"):
                tx, ty = float(ops[0]), float(ops[1])
                if abs(ty) > 1e-6:
                    out.append("\n")
                elif abs(tx - adv) > 0.15 * max(abs(fontsize), 1e-6):
                    out.append(" ")
                adv = 0.0
            elif op == "Tm":
                a, e, f = float(ops[0]), float(ops[4]), float(ops[5])
                if line_f is None or abs(f - line_f) > 1e-3:
                    out.append("\n")
                elif line_e is not None and abs(e - (line_e + adv * a_scale)) > 0.15 * max(abs(fontsize * a), 1e-6):
                    out.append(" ")
                a_scale, line_e, line_f, adv = a, e, f, 0.0
            elif op in ("T*", "'", '"'):
                out.append("\n")
                adv = 0.0
                if op == "'":
                    show(bytes(ops[0]))
                elif op == '"':
                    tw, tc = float(ops[0]), float(ops[1])
                    show(bytes(ops[2]))
            elif op == "Tj" and ops and isinstance(ops[0], pikepdf.String):
                show(bytes(ops[0]))
            elif op == "TJ" and ops and isinstance(ops[0], pikepdf.Array):
                for it in ops[0]:
                    if isinstance(it, pikepdf.String):
                        show(bytes(it))
                    else:
                        n = float(it)
                        if -n > _TJ_SPACE:
                            out.append(" ")
                        adv -= n / 1000.0 * fontsize * th
            elif op in ("BDC", "DP", "INLINE IMAGE"):
                _operand_strings(ops if op != "INLINE IMAGE" else [getattr(ins, "iimage", None)], other)
        except (TypeError, ValueError, IndexError, AttributeError):
            continue
    return "".join(out), "\x00".join(other)


def _operand_strings(ops: Sequence[Any], out: list[str]) -> None:
    stack: list[tuple[Any, int]] = [(o, 0) for o in ops]
    while stack:
        node, depth = stack.pop()
        if depth > 16:
            continue
        if isinstance(node, pikepdf.String):
            out.extend(string_texts(node))
        elif isinstance(node, pikepdf.Name):
            out.append(_name_text(node))
        elif isinstance(node, pikepdf.Dictionary):
            for k, v in node.items():
                out.append(_name_text(k))
                stack.append((v, depth + 1))
        elif isinstance(node, pikepdf.Array):
            stack.extend((v, depth + 1) for v in node)
        elif node is not None and hasattr(node, "obj"):  # a PdfInlineImage: its dictionary
            stack.append((node.obj, depth + 1))
