"""Check a written PDF the way an attacker would read it, and refuse it when it leaks.

Independent of the detection extractor (PDFium): page text comes from poppler's ``pdftotext``
(falling back to pdfplumber/pdfminer when poppler is absent), and the raw decompressed bytes of
every non-image stream, the metadata, annotations, form fields, outlines and attachments are
read with pikepdf. Every redacted string is searched for after normalising Unicode (NFKC),
case, whitespace and line-end hyphenation.

Limits: text inside images is not read here (the pixel check in ``woo_redact.pdf.render_check``
compares renderings instead); strings shorter than three characters are not searched for, as
they occur everywhere.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from .types import Verification

MIN_SECRET_LEN = 3


def normalize(text: str) -> str:
    t = unicodedata.normalize("NFKC", text)
    t = t.replace("\u00ad", "")
    t = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", t)  # join line-end hyphenation
    t = t.casefold()
    return " ".join(t.split())


def is_name_cased_word(word: str) -> bool:
    """``Bakker`` or ``BAKKER``: one word that, redacted as a name, only counts with its capital
    (the common noun ``bakker`` elsewhere is neither a leak nor something to redact)."""
    return word.isalpha() and word[:1].isupper() and (word[1:].islower() or word[1:].isupper()) and len(word) > 1


_HYPHEN_BREAK = re.compile(r"-\s*\n")


def _normalizes_by_casefold(raw: str) -> bool:
    """Whether a one-word probe occurs in :func:`normalize` of ``raw`` exactly when it occurs in
    ``raw.casefold()``: no NFKC change, no soft hyphen and no line-end hyphenation to join.
    (Collapsing whitespace cannot create or break a word without spaces.)"""
    return "\u00ad" not in raw and unicodedata.is_normalized("NFKC", raw) and not _HYPHEN_BREAK.search(raw)


class SecretMatcher:
    """All redacted strings, searched with one regex per text built from the few secrets whose
    first word occurs in it at all (a plain substring test first: fast on large streams).

    A single capitalised word (``Bakker``, ``BAKKER``, ``Belastingen``) is matched with its
    capital (or in capitals) on the NFKC text, so the common noun ``bakker`` elsewhere on the page is not a
    leak; everything else is matched case-insensitively on :func:`normalize`d text.
    """

    def __init__(self, secrets: Iterable[str]) -> None:
        # group name -> (secret, probe (folded first word), regex source, case-sensitive?)
        self._items: dict[str, tuple[str, str, str, bool]] = {}
        for i, s in enumerate(sorted(set(secrets), key=lambda x: (-len(x), x))):
            n = normalize(s)
            if len(n.replace(" ", "")) < MIN_SECRET_LEN:
                continue
            left = r"(?<!\w)" if n[:1].isalnum() else ""
            right = r"(?!\w)" if n[-1:].isalnum() else ""
            st = " ".join(unicodedata.normalize("NFKC", s).split())
            group = f"s{i}"
            probe = n.split(" ")[0]
            if " " not in st and is_name_cased_word(st):
                forms = f"{re.escape(st[0])}(?:{re.escape(st[1:].lower())}|{re.escape(st[1:].upper())})"
                self._items[group] = (s, probe, f"(?P<{group}>{left}{forms}{right})", True)
            else:
                body = r"\s*".join(re.escape(tok) for tok in n.split(" "))
                self._items[group] = (s, probe, f"(?P<{group}>{left}{body}{right})", False)
        self._cache: dict[tuple[str, ...], re.Pattern[str]] = {}
        self._anchored: dict[str, re.Pattern[str]] = {}
        self._probes = frozenset(item[1] for item in self._items.values())

    def __bool__(self) -> bool:
        return bool(self._items)

    def _regex(self, groups: tuple[str, ...]) -> re.Pattern[str]:
        rx = self._cache.get(groups)
        if rx is None:
            rx = self._cache[groups] = re.compile("|".join(self._items[g][2] for g in groups))
        return rx

    def find(self, raw: str, norm: str | None = None) -> list[str]:
        """The secrets found in ``raw`` (``norm`` = its :func:`normalize` form, if at hand)."""
        if not self._items or not raw:
            return []
        if norm is None and _normalizes_by_casefold(raw):
            # Most texts (content streams, pages without the secrets) hold no first word of any
            # secret: say so before paying for the full normalisation.
            low = raw.casefold()
            if not any(p in low for p in self._probes):
                return []
        norm = norm if norm is not None else normalize(raw)
        hits = [g for g, (_s, probe, _src, _c) in self._items.items() if probe in norm]
        if not hits:
            return []
        found: set[str] = set()
        folded = tuple(g for g in hits if not self._items[g][3])
        cased = tuple(g for g in hits if self._items[g][3])
        for g in folded:
            # A match starts where the secret's first word does: try the secret's own pattern
            # only at those places (str.find is far faster than scanning with an alternation).
            secret, probe = self._items[g][0], self._items[g][1]
            rx = self._anchored.get(g)
            if rx is None:
                rx = self._anchored[g] = re.compile(self._items[g][2])
            i = norm.find(probe)
            while i != -1:
                if rx.match(norm, i):
                    found.add(secret)
                    break
                i = norm.find(probe, i + 1)
        if cased:
            t = unicodedata.normalize("NFKC", raw).replace("\u00ad", "")
            t = " ".join(re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", t).split())
            found |= {self._items[m.lastgroup or ""][0] for m in self._regex(cased).finditer(t)}
        return sorted(found)


def text_leaks(text: str, secrets: Sequence[str]) -> list[str]:
    """The secrets still readable in a plain text (same matching as for PDF page text)."""
    return SecretMatcher(secrets).find(text)


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


def verify_output(
    path: str | os.PathLike[str],
    secrets: Sequence[str],
    *,
    password: str | None = None,
    check_streams: bool = True,
    also: Mapping[str, Callable[[], Sequence[str]]] | None = None,
) -> Verification:
    """Return which checks ran and what leaked. Problems never quote the secret itself.

    ``also`` names further checks (e.g. ``{"render": ...}``) that return problems; they run
    while pdftotext reads the file in its own process.
    """
    proc = _start_pdftotext(path, password)
    try:
        pats = SecretMatcher(secrets)
        object_checks: list[str] = []
        object_problems = _check_objects(path, pats, password, check_streams, object_checks)
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
    checks = [f"page_text:{extractor}"]
    problems: list[str] = []
    for i, t in enumerate(texts):
        for s in pats.find(t):
            problems.append(f"page {i + 1}: redacted text still extractable ({extractor}, {len(s)} chars)")
    checks += object_checks
    problems += object_problems
    for name, found in extra:
        checks.append(name)
        problems += found
    return Verification(ok=not problems, checks=tuple(checks), problems=tuple(problems))


def _check_objects(
    path: str | os.PathLike[str],
    pats: SecretMatcher,
    password: str | None,
    check_streams: bool,
    checks: list[str],
) -> list[str]:
    import pikepdf

    problems: list[str] = []
    with pikepdf.open(path, password=password or "") as pdf:
        checks.append("metadata")
        info_text = " ".join(str(v) for v in pdf.docinfo.values()) if pdf.docinfo is not None else ""
        xmp = ""
        if "/Metadata" in pdf.Root:
            try:
                xmp = pdf.Root.Metadata.read_bytes().decode("utf-8", errors="replace")
            except Exception:  # noqa: BLE001 - unreadable XMP is itself suspicious
                problems.append("catalog XMP metadata stream is unreadable")
        for s in sorted(set(pats.find(info_text)) | set(pats.find(xmp))):
            problems.append(f"document metadata still holds redacted text ({len(s)} chars)")
        if "/Names" in pdf.Root and "/EmbeddedFiles" in pdf.Root.Names:
            problems.append("the output still has embedded files")
        checks.append("attachments")

        checks.append("objects")
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) or isinstance(obj, pikepdf.Stream):
                strings = _strings_of(obj)
                if strings:
                    for s in pats.find(" ".join(strings)):
                        problems.append(f"object {obj.objgen}: a string value still holds redacted text ({len(s)} chars)")
            if check_streams and isinstance(obj, pikepdf.Stream) and _is_text_bearing(obj):
                try:
                    data = obj.read_bytes()
                except Exception:  # noqa: BLE001
                    continue
                if not data:
                    continue
                for enc in ("latin-1", "utf-16-be"):
                    for s in pats.find(data.decode(enc, errors="ignore")):
                        if len(s) >= 4:
                            problems.append(f"object {obj.objgen}: stream bytes still hold redacted text ({len(s)} chars, {enc})")
        if check_streams:
            checks.append("stream_bytes")
    return sorted(set(problems))


_BINARY_SUBTYPES = {"/Image", "/Type1C", "/CIDFontType0C", "/OpenType", "/XML"}
_BINARY_TYPES = {"/XRef", "/ObjStm", "/EmbeddedFile", "/Metadata"}


def _is_text_bearing(stream: object) -> bool:
    """Content streams and forms: where text-showing operators live (not fonts or images)."""
    get = stream.get  # type: ignore[attr-defined]
    if str(get("/Subtype", "")) in _BINARY_SUBTYPES or str(get("/Type", "")) in _BINARY_TYPES:
        return False
    return not any(k in stream for k in ("/Length1", "/Length2", "/Length3"))  # type: ignore[operator]


def _strings_of(obj: object) -> list[str]:
    """Direct string values of a dictionary (annotation /Contents, field /V, outline /Title…)."""
    import pikepdf

    out: list[str] = []
    try:
        items = obj.items()  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001
        return out
    for _k, v in items:
        if isinstance(v, pikepdf.String):
            out.append(str(v))
        elif isinstance(v, pikepdf.Array):
            out.extend(str(x) for x in v if isinstance(x, pikepdf.String))
    return out


def verify_or_delete(
    path: Path,
    secrets: Sequence[str],
    *,
    password: str | None = None,
    also: Mapping[str, Callable[[], Sequence[str]]] | None = None,
) -> Verification:
    """Verify; on any leak delete the file so it can never be published by mistake."""
    try:
        result = verify_output(path, secrets, password=password, also=also)
    except Exception as exc:  # noqa: BLE001 - an unverifiable output is a failed output
        result = Verification(ok=False, checks=("error",), problems=(f"verification could not run: {type(exc).__name__}",))
    if not result.ok:
        path.unlink(missing_ok=True)
    return result
