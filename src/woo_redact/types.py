"""Plain, frozen data types that flow between the pipeline stages.

Stdlib only: every stage (extract, detect, decide, plan, apply, verify, audit) exchanges these
and nothing else, so a stage can be tested by building its input by hand.

Coordinates: a :class:`BBox` is in the page's *default user space* (the space of the page's
content stream before any ``cm``), bottom-left origin, in points, unrotated. ``/Rotate`` does
not change user space, so boxes computed on the extracted text can be applied to the content
stream without conversion. Extractors convert to this space once.
"""

from __future__ import annotations

import enum
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import overload

from .reasons import Reason


@dataclass(frozen=True, slots=True)
class BBox:
    """Axis-aligned rectangle in PDF default user space (bottom-left origin, points)."""

    x0: float
    y0: float
    x1: float
    y1: float

    def __post_init__(self) -> None:
        if self.x1 < self.x0 or self.y1 < self.y0:
            raise ValueError(f"BBox corners out of order: {self!r}")

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def area(self) -> float:
        return self.width * self.height

    def union(self, other: BBox) -> BBox:
        return BBox(
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )

    def intersection_area(self, other: BBox) -> float:
        w = min(self.x1, other.x1) - max(self.x0, other.x0)
        h = min(self.y1, other.y1) - max(self.y0, other.y0)
        return w * h if w > 0 and h > 0 else 0.0

    def intersects(self, other: BBox) -> bool:
        return self.intersection_area(other) > 0.0

    def contains_point(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1

    def expand(self, dx: float, dy: float | None = None) -> BBox:
        dy = dx if dy is None else dy
        return BBox(self.x0 - dx, self.y0 - dy, self.x1 + dx, self.y1 + dy)

    @staticmethod
    def enclosing(boxes: Iterable[BBox]) -> BBox:
        it = iter(boxes)
        try:
            acc = next(it)
        except StopIteration:
            raise ValueError("enclosing() needs at least one box") from None
        for b in it:
            acc = acc.union(b)
        return acc

    def as_list(self, ndigits: int = 2) -> list[float]:
        return [round(self.x0, ndigits), round(self.y0, ndigits), round(self.x1, ndigits), round(self.y1, ndigits)]


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character drawn on a page, as an extractor reports it."""

    char: str
    bbox: BBox
    font: str = ""
    size: float = 0.0


class GlyphTable(Sequence[Glyph]):
    """A page's glyphs stored column-wise: about 50 bytes a glyph instead of two objects.

    Extraction makes one entry per character of a bundle, and a bundle run keeps pass-1
    documents in memory for pass 2, so this is what makes both fast and small. Reads as a
    sequence of :class:`Glyph` (built on access) and compares equal to a tuple of them.
    """

    __slots__ = ("_chars", "_coords", "_fonts", "_sizes")

    def __init__(self, glyphs: Iterable[Glyph] = ()) -> None:
        self._chars: list[str] = []
        self._coords = array("d")  # x0, y0, x1, y1 per glyph
        self._sizes = array("d")
        self._fonts: list[str] | None = None  # only once some glyph names its font
        for g in glyphs:
            self.append(g.char, g.bbox.x0, g.bbox.y0, g.bbox.x1, g.bbox.y1, g.size, g.font)

    def append(self, char: str, x0: float, y0: float, x1: float, y1: float, size: float = 0.0, font: str = "") -> None:
        if x1 < x0 or y1 < y0:
            raise ValueError(f"glyph box corners out of order: {(x0, y0, x1, y1)!r}")
        self._chars.append(char)
        self._coords.extend((x0, y0, x1, y1))
        self._sizes.append(size)
        if font and self._fonts is None:
            self._fonts = [""] * (len(self._chars) - 1)
        if self._fonts is not None:
            self._fonts.append(font)

    def coords(self, i: int) -> tuple[float, float, float, float]:
        """``(x0, y0, x1, y1)`` of glyph ``i`` without building objects."""
        j = 4 * i
        c = self._coords
        return c[j], c[j + 1], c[j + 2], c[j + 3]

    def size(self, i: int) -> float:
        return self._sizes[i]

    def bbox(self, i: int) -> BBox:
        return BBox(*self.coords(i))

    def __len__(self) -> int:
        return len(self._chars)

    @overload
    def __getitem__(self, i: int) -> Glyph: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[Glyph, ...]: ...
    def __getitem__(self, i: int | slice) -> Glyph | tuple[Glyph, ...]:
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(len(self))))
        if i < 0:
            i += len(self._chars)
        if not 0 <= i < len(self._chars):
            raise IndexError("glyph index out of range")
        return Glyph(self._chars[i], self.bbox(i), self._fonts[i] if self._fonts is not None else "", self._sizes[i])

    def __iter__(self) -> Iterator[Glyph]:
        return (self[i] for i in range(len(self._chars)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (GlyphTable, tuple, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"GlyphTable({len(self)} glyphs)"


@dataclass(frozen=True, slots=True)
class PageText:
    """A page's canonical text and its glyph index, built together in one place.

    ``glyph_at[i]`` is the index into ``glyphs`` of the glyph that produced ``text[i]``, or
    ``None`` for characters the extractor implied from layout (spaces, line breaks). No other
    code recomputes offsets: an offset in ``text`` maps to boxes through this index.
    """

    number: int  # 0-based page index
    width: float
    height: float
    text: str
    glyphs: Sequence[Glyph]  # a GlyphTable from the extractors; any sequence of Glyph works
    glyph_at: tuple[int | None, ...]
    rotation: int = 0
    has_images: bool = False
    source: str = "text"  # "text" (text layer) or "ocr"
    ocr_confidence: float | None = None

    def __post_init__(self) -> None:
        if len(self.glyph_at) != len(self.text):
            raise ValueError(
                f"page {self.number}: glyph_at has {len(self.glyph_at)} entries for {len(self.text)} characters"
            )

    def coords_for(self, start: int, end: int) -> list[tuple[float, float, float, float]]:
        """``(x0, y0, x1, y1)`` of each glyph of ``text[start:end]``, without building boxes."""
        table = self.glyphs if isinstance(self.glyphs, GlyphTable) else None
        out: list[tuple[float, float, float, float]] = []
        for i in range(max(0, start), min(end, len(self.text))):
            gi = self.glyph_at[i]
            if gi is None:
                continue
            if table is not None:
                out.append(table.coords(gi))
            else:
                b = self.glyphs[gi].bbox
                out.append((b.x0, b.y0, b.x1, b.y1))
        return out

    def boxes_for(self, start: int, end: int) -> list[BBox]:
        """Glyph boxes of ``text[start:end]`` (implied characters have none)."""
        out: list[BBox] = []
        table = self.glyphs if isinstance(self.glyphs, GlyphTable) else None
        for i in range(max(0, start), min(end, len(self.text))):
            gi = self.glyph_at[i]
            if gi is not None:
                out.append(table.bbox(gi) if table is not None else self.glyphs[gi].bbox)
        return out


@dataclass(frozen=True, slots=True)
class Document:
    """An extracted PDF: its identity and the text of every page."""

    path: str
    sha256: str
    pages: tuple[PageText, ...]
    metadata: tuple[tuple[str, str], ...] = ()
    extractor: str = ""
    images_unread: int = 0  # images on text pages that image OCR's budget left unread: review


class EntityType(str, enum.Enum):
    """What a finding is. Our own names; adapters map Presidio's strings to these once."""

    PERSON = "PERSON"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    BSN = "BSN"
    IBAN = "IBAN"
    POSTCODE = "POSTCODE"
    ADDRESS = "ADDRESS"
    LICENSE_PLATE = "LICENSE_PLATE"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    ID_NUMBER = "ID_NUMBER"
    IP_ADDRESS = "IP_ADDRESS"
    CREDIT_CARD = "CREDIT_CARD"
    URL = "URL"
    KVK = "KVK"
    BTW = "BTW"
    HEALTH = "HEALTH"
    POLICY_OPINION = "POLICY_OPINION"  # a civil servant's personal policy opinion (5.2.1): review
    ORGANIZATION = "ORGANIZATION"
    LOCATION = "LOCATION"
    EXISTING_CODE = "EXISTING_CODE"  # a lakcode already printed in the input
    MANUAL = "MANUAL"  # added by a reviewer

    def __str__(self) -> str:
        return self.value


class Action(str, enum.Enum):
    REDACT = "redact"
    REVIEW = "review"
    KEEP = "keep"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Detection:
    """A span a detector found in one text, before it is tied to a document page."""

    start: int
    end: int
    entity: EntityType
    score: float
    detector: str
    explanation: str = ""
    ground: str | None = None  # a ground the detector knows (deny-list terms carry their own)

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span {self.start}:{self.end}")


@dataclass(frozen=True, slots=True)
class Finding:
    """A detection on a page of a document. ``id`` is stable across reruns."""

    id: str
    page: int
    start: int
    end: int
    text: str  # kept in memory only: never written to audit logs or reports
    entity: EntityType
    score: float
    detector: str
    explanation: str = ""
    ground: str | None = None  # a ground the detector knows (deny-list terms carry their own)


@dataclass(frozen=True, slots=True)
class Decision:
    """What happens to a finding, and why.

    ``start``/``end`` may be narrower than the finding's span (an organisation e-mail address
    loses only its local part).
    """

    finding: Finding
    action: Action
    ground: str | None
    reason: Reason
    start: int
    end: int
    detail: str = ""  # a typed sub-code of the reason (e.g. an Implausibility value), never text of the document


@dataclass(frozen=True, slots=True)
class RedactBox:
    """One box to black out on a page, with the label written inside it."""

    page: int
    bbox: BBox
    label: str
    finding_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RedactionPlan:
    """Everything ``apply`` needs: boxes per page, plus the strings that must not survive."""

    boxes: tuple[RedactBox, ...]
    secrets: tuple[str, ...] = ()  # redacted strings, for verification only
    decisions: tuple[Decision, ...] = ()

    def boxes_on(self, page: int) -> list[RedactBox]:
        return [b for b in self.boxes if b.page == page]

    @property
    def pages(self) -> list[int]:
        return sorted({b.page for b in self.boxes})


@dataclass(frozen=True, slots=True)
class ApplyReport:
    """What the writer did, for the audit."""

    glyphs_removed: int = 0
    images_redacted: int = 0
    annotations_removed: int = 0
    paths_removed: int = 0
    regions_flagged: tuple[str, ...] = ()  # constructs covered but flagged for review
    metadata_scrubbed: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Verification:
    ok: bool
    checks: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """The outcome of one document through the pipeline."""

    source: str
    output: str | None
    ok: bool
    pages: int = 0
    decisions: tuple[Decision, ...] = ()
    boxes: tuple[RedactBox, ...] = ()
    input_sha256: str = ""
    output_sha256: str = ""
    error: str | None = None
    error_type: str | None = None
    apply_report: ApplyReport = field(default_factory=ApplyReport)
    verification: Verification | None = None
    timings: tuple[tuple[str, float], ...] = ()
    warnings: tuple[str, ...] = ()  # for the reviewer (e.g. low OCR confidence); no plaintext
