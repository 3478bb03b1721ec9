"""The detector contract: our own, small, so rule detectors are testable without models."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from ..types import Detection, PageText


@runtime_checkable
class Detector(Protocol):
    """Finds spans in texts. ``detect_batch`` lets model-backed detectors batch pages."""

    name: str
    version: str

    def detect_batch(self, texts: Sequence[str]) -> list[list[Detection]]: ...


@runtime_checkable
class PageDetector(Protocol):
    """Finds spans using a page's layout (lines, columns, fields), not only its text.

    Offsets in the returned detections index ``page.text``. The pipeline calls ``detect_pages``
    with every page of one document, so evidence may cross page breaks (a column header on
    page 1 types the cells on page 2).
    """

    name: str
    version: str

    def detect_pages(self, pages: Sequence[PageText]) -> list[list[Detection]]: ...


class _TextDetect(Protocol):
    """Anything with ``name`` and ``detect(text)``: the name detector, a test double."""

    name: str

    def detect(self, text: str) -> Iterable[Detection]: ...


class SingleTextDetector:
    """Adapts a detector with ``detect(text)`` to the batch contract."""

    def __init__(self, inner: _TextDetect, name: str | None = None, version: str | None = None) -> None:
        self._inner = inner
        self.name = name or str(inner.name)
        self.version = version or str(getattr(inner, "version", "1"))

    def detect_batch(self, texts: Sequence[str]) -> list[list[Detection]]:
        detect = self._inner.detect
        return [list(detect(t)) for t in texts]
