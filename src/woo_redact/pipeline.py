"""The pipeline: extract → detect → decide → plan → apply → verify, for one document.

``Pipeline`` is built once (policy, detectors, model) and reused for every document of a
bundle. Each step is also public so a review tool can stop after ``decide`` and resume.
The bundle runner (:mod:`woo_redact.bundle`) and the CLI are thin layers over this.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Sequence

from .decide import BundleKnowledge, decide, knowledge_from, to_findings
from .detect.base import Detector, PageDetector, SingleTextDetector
from .errors import ModelNotFoundError, OCRUnavailableError, VerificationError, WooRedactError
from .extract import Backend, extract
from .plan import plan
from .policy import Policy, load_policy
from .types import (
    Action,
    ApplyReport,
    Decision,
    Detection,
    Document,
    DocumentResult,
    Finding,
    PageText,
    RedactBox,
    RedactionPlan,
)

log = logging.getLogger(__name__)


def build_detectors(policy: Policy, *, ner: bool = True) -> tuple[list[Detector | PageDetector], str]:
    """Rule recognizers, the name detector and (when available) the NER model.

    Returns the detectors and a description of the NER model ("none" when it is absent: the
    pipeline then runs on rules and name cues alone and says so once).
    """
    from .detect import gazetteer, plausibility
    from .detect.names import NameDetector
    from .detect.presidio_adapter import PresidioRuleDetector

    # Name lists and word frequencies load here, once per process, like the model.
    gazetteer.preload()
    plausibility.preload()
    detectors: list[Detector | PageDetector] = [PresidioRuleDetector(), SingleTextDetector(NameDetector())]
    model_desc = "none"
    if ner:
        from .detect.ner import SpacyNerDetector, load_model

        try:
            nlp = load_model(policy.ner_model)
        except ModelNotFoundError:
            if policy.ner_model != "default":
                raise
            log.warning("no Dutch NER model found: names are detected by rules and name lists only")
        else:
            det = SpacyNerDetector(nlp, policy.ner_labels)
            detectors.append(det)
            model_desc = det.version
    return detectors, model_desc


_OCR_ZERO = re.compile(r"(?<=\d)[Oo]|[Oo](?=\d)")


def ocr_digits(text: str) -> str:
    """OCR reads a ``0`` next to digits as the letter ``O`` ("077-354 12 O9"): detectors see it
    as the digit. One character for one, so every offset still points into the page text."""
    return _OCR_ZERO.sub("0", text)


@dataclass
class Pipeline:
    """A configured pipeline. Build once, call per document."""

    policy: Policy
    detectors: list[Detector | PageDetector]
    model: str = "none"
    backend: Backend = "pdfium"
    timings: dict[str, float] = field(default_factory=dict)
    work_dir: Path | None = None  # OCR sandwiches; never inside an output folder (they hold plaintext)
    last_findings: list[Finding] = field(default_factory=list)

    @classmethod
    def create(cls, policy: Policy | str | os.PathLike[str] | None = None, *, ner: bool = True, backend: Backend = "pdfium") -> Pipeline:
        pol = policy if isinstance(policy, Policy) else load_policy(policy)
        detectors, model = build_detectors(pol, ner=ner)
        return cls(pol, detectors, model, backend)

    @property
    def detector_names(self) -> list[str]:
        return [f"{d.name}@{d.version}" for d in self.detectors]

    # ------------------------------------------------------------------ steps

    def detect_texts(self, texts: Sequence[str]) -> list[list[Detection]]:
        """Text detectors only: layout detectors need pages (see :meth:`detect`)."""
        per_text: list[list[Detection]] = [[] for _ in texts]
        for det in self.detectors:
            if isinstance(det, PageDetector):
                continue
            for i, found in enumerate(det.detect_batch(list(texts))):
                per_text[i].extend(found)
        return per_text

    def detect(self, doc: Document) -> list[Finding]:
        found = self.detect_texts([ocr_digits(p.text) if p.source == "ocr" else p.text for p in doc.pages])
        for det in self.detectors:
            if isinstance(det, PageDetector):
                for i, dets in enumerate(det.detect_pages(doc.pages)):
                    found[i].extend(dets)
        findings: list[Finding] = []
        for page, dets in zip(doc.pages, found):
            findings.extend(to_findings(doc.sha256, page, dets))
        return findings

    def decide(self, doc: Document, findings: Sequence[Finding], knowledge: BundleKnowledge | None = None) -> list[Decision]:
        return decide(doc, findings, self.policy, knowledge)

    def plan(self, doc: Document, decisions: Sequence[Decision]) -> RedactionPlan:
        return plan(doc, decisions, self.policy.label, include_review=self.policy.review_as_redact)

    def knowledge(self, doc: Document, decisions: Sequence[Decision]) -> BundleKnowledge:
        return knowledge_from(decisions, self.policy, {p.number: p for p in doc.pages})

    # ------------------------------------------------------------------ whole document

    def analyze(
        self,
        path: str | os.PathLike[str],
        *,
        password: str | None = None,
        knowledge: BundleKnowledge | None = None,
        findings: Sequence[Finding] | None = None,
        findings_sha: str | None = None,
        document: Document | None = None,
    ) -> tuple[Document, list[Decision]]:
        """Extract, detect and decide (no writing): what ``scan`` shows a reviewer.

        ``findings`` from an earlier pass over the same input (``findings_sha`` = its sha256)
        are reused instead of detecting again; a changed input is detected afresh. ``document``
        is that pass's extraction (OCR included) of this input, reused instead of reading it again.
        """
        t0 = time.perf_counter()
        if document is None:
            doc = extract(path, backend=self.backend, password=password)
            t1 = time.perf_counter()
            doc = self._ocr_if_needed(doc, password)
        else:
            doc = document
            t1 = t0  # nothing read: the timings say extract 0.0
        t1b = time.perf_counter()
        if findings is not None and findings_sha == doc.sha256:
            findings = list(findings)
        else:
            findings = self.detect(doc)
        self.last_findings = findings
        t2 = time.perf_counter()
        decisions = self.decide(doc, findings, knowledge)
        t3 = time.perf_counter()
        self.timings = {"extract": t1 - t0, "ocr": t1b - t1, "detect": t2 - t1b, "decide": t3 - t2}
        return doc, decisions

    def _ocr_if_needed(self, doc: Document, password: str | None) -> Document:
        """Scanned pages get an OCR text layer; the returned document reads from that sandwich.

        Fails closed: without Tesseract a scanned page stops the document, it is never
        published unredacted.
        """
        from .ocr import LOW_CONFIDENCE, make_sandwich, needs_ocr, ocr_available

        pages = [p.number for p in doc.pages if needs_ocr(p)]
        if not pages:
            return doc
        if not ocr_available():
            _require_text_layer(doc)
        work = self.work_dir or _process_work_dir()
        sandwich = work / f"ocr-{doc.sha256[:32]}.pdf"
        conf_file = sandwich.with_suffix(".json")
        if sandwich.is_file() and conf_file.is_file():
            confidences = {int(k): v for k, v in json.loads(conf_file.read_text()).items()}
        else:
            tmp = sandwich.with_name(f".{sandwich.name}.{os.getpid()}.tmp")
            try:
                results = make_sandwich(doc.path, tmp, pages, password=password)
            except OCRUnavailableError as exc:
                raise OCRUnavailableError(f"{Path(doc.path).name}: {exc}") from exc
            os.replace(tmp, sandwich)
            confidences = {r.page: r.mean_confidence for r in results}
            conf_file.write_text(json.dumps(confidences))
        ocr_doc = extract(sandwich, backend=self.backend, password=password, column_tabs=False)
        new_pages = tuple(
            replace(p, source="ocr", ocr_confidence=confidences[p.number]) if p.number in confidences else p
            for p in ocr_doc.pages
        )
        still = [p.number + 1 for p in new_pages if p.number in confidences and not p.glyphs]
        if still:
            log.warning("%s: OCR found no text on page(s) %s", Path(doc.path).name, still)
        low = [p for p in new_pages if p.ocr_confidence is not None and p.ocr_confidence < LOW_CONFIDENCE]
        for p in low:
            log.warning("%s: page %d OCR confidence %.0f%%: review", Path(doc.path).name, p.number + 1, p.ocr_confidence)
        return replace(ocr_doc, sha256=doc.sha256, pages=new_pages, metadata=doc.metadata)

    def redact(
        self,
        src: str | os.PathLike[str],
        dst: str | os.PathLike[str],
        *,
        password: str | None = None,
        knowledge: BundleKnowledge | None = None,
        decisions: Sequence[Decision] | None = None,
        doc: Document | None = None,
        extra_boxes: Sequence[RedactBox] = (),
        findings: Sequence[Finding] | None = None,
        findings_sha: str | None = None,
    ) -> DocumentResult:
        """Redact one PDF to ``dst`` atomically; never raises for a bad document.

        On any failure (unreadable input, a construct that cannot be redacted, a leak found by
        verification) no output exists at ``dst`` and the result says why.
        """
        src_p, dst_p = Path(src), Path(dst)
        timings: dict[str, float] = {}
        try:
            if decisions is None:  # a given ``doc`` without decisions is reused, not read again
                doc, decisions = self.analyze(
                    src_p, password=password, knowledge=knowledge, findings=findings, findings_sha=findings_sha, document=doc
                )
                timings.update(self.timings)
            # A scanned document is written from its OCR sandwich (doc.path), never from scratch.
            result = self.write(
                Path(doc.path), dst_p, doc, decisions, password=password, timings=timings, extra_boxes=extra_boxes, name=src_p.name
            )
            return replace(result, source=str(src_p))
        except WooRedactError as exc:
            return DocumentResult(str(src_p), None, False, error=str(exc), error_type=type(exc).__name__, timings=tuple(timings.items()))
        except Exception as exc:  # noqa: BLE001 - one broken document must not stop a bundle
            log.debug("unexpected error on %s", src_p, exc_info=True)
            return DocumentResult(
                str(src_p), None, False, error=f"{src_p.name}: unexpected {type(exc).__name__}: {exc}", error_type=type(exc).__name__,
                timings=tuple(timings.items()),
            )

    def write(
        self,
        src: Path,
        dst: Path,
        doc: Document,
        decisions: Sequence[Decision],
        *,
        password: str | None = None,
        timings: dict[str, float] | None = None,
        extra_boxes: Sequence[RedactBox] = (),
        name: str | None = None,
    ) -> DocumentResult:
        """Plan, write, verify and rename into place. ``src`` may be an OCR sandwich; ``name`` is
        the input's own file name for messages."""
        from .pdf.redact import BoxStyle, apply_redactions

        name = name or src.name
        from .verify import verify_or_delete

        timings = dict(timings or {})
        t0 = time.perf_counter()
        rplan = self.plan(doc, decisions)
        if extra_boxes:
            rplan = replace(rplan, boxes=rplan.boxes + tuple(extra_boxes))
        kept = {d.finding.text.casefold() for d in decisions if d.action is Action.KEEP}
        secrets = tuple(s for s in rplan.secrets if s.casefold() not in kept)
        t1 = time.perf_counter()
        dst.parent.mkdir(parents=True, exist_ok=True)
        tmp = dst.with_name(f".{dst.name}.{os.getpid()}.tmp")
        style = BoxStyle(fill=self.policy.fill, text_color=self.policy.text_color, font_size_max=7.0)
        try:
            report: ApplyReport = apply_redactions(src, tmp, rplan.boxes, style=style, password=password, scrub_strings=secrets)
            t2 = time.perf_counter()
            from .pdf.render_check import check_render

            # Renderings before and after: unchanged outside the boxes, covered inside them.
            render = {"render": lambda: check_render(src, tmp, rplan.boxes, password=password)}
            ver = verify_or_delete(tmp, secrets, also=render)
            t3 = time.perf_counter()
            timings.update({"plan": t1 - t0, "write": t2 - t1, "verify": t3 - t2})
            if not ver.ok:
                raise VerificationError(
                    f"{name}: the redacted output still leaks ({'; '.join(ver.problems[:5])}); it was deleted and not published"
                )
            from .extract import sha256_file

            rendition = self._rendition(doc, decisions, secrets, name)
            out_sha = sha256_file(tmp)
            txt = dst.with_suffix(".txt")
            txt_tmp = txt.with_name(f".{txt.name}.{os.getpid()}.tmp")
            txt_tmp.write_text(rendition, encoding="utf-8")
            os.replace(tmp, dst)
            os.replace(txt_tmp, txt)
        finally:
            if tmp.exists():
                tmp.unlink()
        from .ocr import LOW_CONFIDENCE

        warnings = tuple(
            f"page {p.number + 1}: OCR confidence {p.ocr_confidence:.0f}%: review this page"
            for p in doc.pages
            if p.ocr_confidence is not None and p.ocr_confidence < LOW_CONFIDENCE
        )
        warnings += tuple(f"flagged region: {r}" for r in report.regions_flagged)
        return DocumentResult(
            warnings=warnings,
            source=str(src),
            output=str(dst),
            ok=True,
            pages=len(doc.pages),
            decisions=tuple(decisions),
            boxes=rplan.boxes,
            input_sha256=doc.sha256,
            output_sha256=out_sha,
            apply_report=report,
            verification=ver,
            timings=tuple(timings.items()),
        )


    def _rendition(self, doc: Document, decisions: Sequence[Decision], secrets: Sequence[str], name: str) -> str:
        """The text rendition from the same decisions as the PDF, checked like the PDF."""
        from .anonymize import document_rendition
        from .verify import text_leaks

        text = document_rendition(doc, decisions, self.policy.label)
        leaks = text_leaks(text, secrets)
        if leaks:
            raise VerificationError(f"{name}: the text rendition would leak ({len(leaks)} strings); nothing was published")
        return text


def _require_text_layer(doc: Document) -> None:
    """Fail closed on pages that show content only as images (scans) when OCR is not run."""
    scanned = [p.number + 1 for p in doc.pages if p.has_images and not p.glyphs]
    if scanned:
        raise OCRUnavailableError(
            f"{Path(doc.path).name}: page(s) {scanned} have no text layer (scanned?) and were not OCR'd; "
            "the document was not published. Install Tesseract with Dutch (see README) to OCR them."
        )


def analyze_text(text: str, policy: Policy | str | os.PathLike[str] | None = None, *, pipeline: Pipeline | None = None) -> list[Finding]:
    """Findings (detections, before any policy decision) in a plain text."""
    pipe = pipeline or _default_pipeline(policy)
    page = PageText(0, 0.0, 0.0, text, (), tuple(None for _ in text))
    doc = Document("<text>", "", (page,))
    return pipe.detect(doc)


_PIPELINES: dict[str, Pipeline] = {}
_WORK_DIR: list[Path] = []


def _process_work_dir() -> Path:
    """A private temporary folder for this process, removed at exit."""
    if not _WORK_DIR:
        import atexit
        import shutil
        import tempfile

        d = Path(tempfile.mkdtemp(prefix="woo-redact-"))
        atexit.register(shutil.rmtree, d, True)
        _WORK_DIR.append(d)
    return _WORK_DIR[0]


def _default_pipeline(policy: Policy | str | os.PathLike[str] | None) -> Pipeline:
    key = policy.sha256 if isinstance(policy, Policy) else str(policy)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline.create(policy)
    return _PIPELINES[key]


def redact_pdf(
    src: str | os.PathLike[str],
    dst: str | os.PathLike[str],
    policy: Policy | str | os.PathLike[str] | None = None,
    *,
    password: str | None = None,
    pipeline: Pipeline | None = None,
) -> DocumentResult:
    """Redact one PDF. The result says whether it succeeded; the input is never modified."""
    pipe = pipeline or _default_pipeline(policy)
    src_p, dst_p = Path(src), Path(dst)
    if src_p.resolve() == dst_p.resolve():
        raise ValueError("the output path must differ from the input: inputs are never modified")
    return pipe.redact(src_p, dst_p, password=password)
