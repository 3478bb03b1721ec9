"""The detector contract: our own, small, so rule detectors are testable without models."""

from __future__ import annotations

from typing import Protocol, Sequence, runtime_checkable

from ..types import Detection


@runtime_checkable
class Detector(Protocol):
    """Finds spans in texts. ``detect_batch`` lets model-backed detectors batch pages."""

    name: str
    version: str

    def detect_batch(self, texts: Sequence[str]) -> list[list[Detection]]: ...


class SingleTextDetector:
    """Adapts a detector with ``detect(text)`` to the batch contract."""

    def __init__(self, inner: object, name: str | None = None, version: str | None = None) -> None:
        self._inner = inner
        self.name = name or str(getattr(inner, "name"))
        self.version = version or str(getattr(inner, "version", "1"))

    def detect_batch(self, texts: Sequence[str]) -> list[list[Detection]]:
        detect = getattr(self._inner, "detect")
        return [list(detect(t)) for t in texts]
