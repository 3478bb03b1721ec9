"""The pipeline: extract → detect → decide → plan → apply → verify, for one document.

``Pipeline`` is built once (policy, detectors, model) and reused for every document of a
bundle. Each step is also public so a review tool can stop after ``decide`` and resume.
The bundle runner (:mod:`woo_redact.bundle`) and the CLI are thin layers over this.
"""

from __future__ import annotations

import errno
import functools
import json
import logging
import os
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .decide import BundleKnowledge, decide, finding_id, knowledge_from, to_findings
from .detect.base import Detector, PageDetector, SingleTextDetector
from .errors import (
    OCRUnavailableError,
    OutputWriteError,
    UnexpectedDocumentError,
    UsageError,
    VerificationError,
    WooRedactError,
)
from .extract import Backend, extract
from .plan import plan, secret_labels
from .policy import Policy, load_policy
from .types import (
    Action,
    ApplyReport,
    Decision,
    Detection,
    Document,
    DocumentResult,
    EntityType,
    Finding,
    PageText,
    RedactBox,
    RedactionPlan,
)

log = logging.getLogger(__name__)


def build_detectors(policy: Policy, *, ner: bool = True) -> tuple[list[Detector | PageDetector], str]:
    """Rule recognizers, the name detector and the NER model.

    Returns the detectors and the NER model as ``name@version`` ("none" only when switched off
    on purpose: ``ner=False`` or ``[ner] model = "none"``). A missing or unloadable model raises
    :class:`ModelNotFoundError`: redacting on without it would silently leave names readable.
    """
    from .detect import gazetteer, plausibility
    from .detect.names import NameDetector
    from .detect.presidio_adapter import PresidioRuleDetector

    # Name lists and word frequencies load here, once per process, like the model.
    gazetteer.preload()
    plausibility.preload()
    from .detect.recognizers.streets import street_names

    street_names()  # the BAG street list (else read inside the first document)
    from .detect.organisations import OrganisationRegister

    OrganisationRegister.load()  # the register of public bodies, places and laws (decide asks it)
    detectors: list[Detector | PageDetector] = [PresidioRuleDetector(), SingleTextDetector(NameDetector())]
    from .detect.layout_detector import LayoutDetector

    detectors.append(LayoutDetector(policy))  # cells under typed column headers, typed form fields
    model_desc = "none"
    from .detect.ner import NO_MODEL, SpacyNerDetector, load_model

    if ner and policy.ner_model != NO_MODEL:
        det = SpacyNerDetector(load_model(policy.ner_model), policy.ner_labels)
        detectors.append(det)
        model_desc = det.version
    from .detect.statements import RULE_NAMES, StatementDetector, load_statement_model

    statement_labels = [lab for lab, rule in RULE_NAMES.items() if policy.rule_enabled(rule)]
    if statement_labels:  # health statements (5.1.1d) and policy opinions (5.2.1)
        detectors.append(StatementDetector(load_statement_model(), labels=statement_labels))
    return detectors, model_desc


_OCR_ZERO = re.compile(r"(?<=\d)[Oo]|[Oo](?=\d)")


def ocr_digits(text: str) -> str:
    """OCR reads a ``0`` next to digits as the letter ``O`` ("077-354 12 O9"): detectors see it
    as the digit. One character for one, so every offset still points into the page text."""
    return _OCR_ZERO.sub("0", text)


@dataclass(frozen=True, slots=True)
class Analysis:
    """What :meth:`Pipeline.analyze` learned about one document (a value: no side channels).

    Unpacks as ``doc, decisions = pipeline.analyze(...)`` for callers written before it existed.
    """

    document: Document
    findings: tuple[Finding, ...]
    decisions: tuple[Decision, ...]
    timings: tuple[tuple[str, float], ...] = ()

    def __iter__(self) -> Iterator[Any]:
        return iter((self.document, list(self.decisions)))


#: Rounds of re-planning when verification finds a redacted string still extractable.
RECOVERY_ROUNDS = 2


@dataclass
class Pipeline:
    """A configured pipeline. Build once, call per document; it keeps no per-document state.

    ``work_dir`` holds OCR sandwiches (plaintext: never inside an output folder); without one,
    the pipeline makes a private temporary folder of its own on first need, removed with it.
    """

    policy: Policy
    detectors: list[Detector | PageDetector]
    model: str = "none"
    backend: Backend = "pdfium"
    work_dir: Path | None = None

    @classmethod
    def create(
        cls,
        policy: Policy | str | os.PathLike[str] | None = None,
        *,
        ner: bool = True,
        backend: Backend = "pdfium",
        work_dir: str | os.PathLike[str] | None = None,
    ) -> Pipeline:
        pol = policy if isinstance(policy, Policy) else load_policy(None if policy is None else Path(policy))
        detectors, model = build_detectors(pol, ner=ner)
        # The writer and verifier are imported with the models, not inside the first document.
        from . import anonymize, ocr, verify  # noqa: F401
        from .pdf import redact, render_check  # noqa: F401

        return cls(pol, detectors, model, backend, Path(work_dir) if work_dir is not None else None)

    def _work(self) -> Path:
        if self.work_dir is None:
            import shutil
            import tempfile
            import weakref

            self.work_dir = Path(tempfile.mkdtemp(prefix="woo-redact-"))
            weakref.finalize(self, shutil.rmtree, str(self.work_dir), True)
        return self.work_dir

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
        return self.detect_documents([doc])[0]

    def detect_documents(self, docs: Sequence[Document]) -> list[list[Finding]]:
        """:meth:`detect` for each document, the text detectors run once over all their pages.

        Each detector handles a page on its own (the results do not depend on the batch), but a
        call has a fixed cost (the NER model's pipe above all): many one-page documents, such as
        the file names of a bundle, cost a fraction when batched.
        """
        pages = [p for doc in docs for p in doc.pages]
        found = self.detect_texts([ocr_digits(p.text) if p.source == "ocr" else p.text for p in pages])
        page_detectors = [det for det in self.detectors if isinstance(det, PageDetector)]
        out: list[list[Finding]] = []
        k = 0
        for doc in docs:
            mine, k = found[k : k + len(doc.pages)], k + len(doc.pages)
            for det in page_detectors:
                for i, dets in enumerate(det.detect_pages(doc.pages)):
                    mine[i].extend(dets)
            findings: list[Finding] = []
            for page, dets in zip(doc.pages, mine):
                findings.extend(to_findings(doc.sha256, page, dets))
            out.append(findings)
        return out

    def decide(self, doc: Document, findings: Sequence[Finding], knowledge: BundleKnowledge | None = None) -> list[Decision]:
        return decide(doc, findings, self.policy, knowledge)

    def plan(self, doc: Document, decisions: Sequence[Decision]) -> RedactionPlan:
        return plan(doc, decisions, self.policy.label, include_review=self.policy.review_as_redact)

    def personal_data_spans(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        """Spans in short free texts (file names) that identify a person and that the policy would
        redact on a page (:data:`woo_redact.outputs.names.NAME_ENTITIES`)."""
        from .outputs.names import NAME_ENTITIES

        out: list[list[tuple[int, int]]] = []
        redact = {Action.REDACT} | ({Action.REVIEW} if self.policy.review_as_redact else set())
        docs = [Document("<name>", "", (PageText(0, 0.0, 0.0, text, (), tuple(None for _ in text)),)) for text in texts]
        for doc, findings in zip(docs, self.detect_documents(docs)):  # each text is its own document
            out.append([
                (d.start, d.end) for d in self.decide(doc, findings) if d.action in redact and d.finding.entity in NAME_ENTITIES
            ])
        return out

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
    ) -> Analysis:
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
            if self.policy.rule_enabled("ocr.images"):
                from .ocr import add_image_text

                # Text inside images on text pages (screenshots of mails and chats, stamps, a
                # partial OCR layer) becomes page text with boxes, so it is detected and blacked out.
                doc, image_ocr = add_image_text(doc, password=password)
                if image_ocr.skipped:
                    doc = replace(doc, images_unread=image_ocr.skipped)
            if self.policy.rule_enabled("ocr.ink"):
                from .ocr import add_unexplained_ink_text

                # Ink no glyph or image explains (text as outlines, Type3 procedures, patterns,
                # a lying /ToUnicode) is OCR'd, so detection sees what the pixels show.
                doc, ink_ocr = add_unexplained_ink_text(doc, password=password)
                if ink_ocr.skipped:
                    doc = replace(doc, images_unread=doc.images_unread + ink_ocr.skipped)
        else:
            doc = document
            t1 = t0  # nothing read: the timings say extract 0.0
        t1b = time.perf_counter()
        if findings is not None and findings_sha == doc.sha256:
            found = tuple(findings)
        else:
            found = tuple(self.detect(doc))
        t2 = time.perf_counter()
        decisions = tuple(self.decide(doc, found, knowledge))
        t3 = time.perf_counter()
        timings = (("extract", t1 - t0), ("ocr", t1b - t1), ("detect", t2 - t1b), ("decide", t3 - t2))
        return Analysis(doc, found, decisions, timings)

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
        work = self._work()
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

        On any failure of the document (unreadable input, a construct that cannot be redacted, a
        leak that survives recovery) no output exists at ``dst`` and the result says why. A
        failure of the output folder itself (disk full, read-only) raises
        :class:`~woo_redact.errors.OutputWriteError`: every further document would fail the same way.
        """
        src_p, dst_p = Path(src), Path(dst)
        timings: dict[str, float] = {}
        try:
            if decisions is None:  # a given ``doc`` without decisions is reused, not read again
                an = self.analyze(
                    src_p, password=password, knowledge=knowledge, findings=findings, findings_sha=findings_sha, document=doc
                )
                doc, decisions = an.document, an.decisions
                timings.update(an.timings)
            assert doc is not None
            # A scanned document is written from its OCR sandwich (doc.path), never from scratch.
            result = self.write(
                Path(doc.path), dst_p, doc, decisions, password=password, timings=timings, extra_boxes=extra_boxes, name=src_p.name
            )
            return replace(result, source=str(src_p))
        except OutputWriteError:
            raise  # the output folder cannot be written: the run stops (a bundle resumes on rerun)
        except WooRedactError as exc:
            return DocumentResult(str(src_p), None, False, error=str(exc), error_type=type(exc).__name__, timings=tuple(timings.items()))
        except Exception as exc:  # one broken document must not stop a bundle
            log.debug("unexpected error on %s", src_p, exc_info=True)
            return DocumentResult(
                str(src_p), None, False, error=f"{src_p.name}: unexpected {type(exc).__name__}: {exc}",
                error_type=UnexpectedDocumentError.__name__,
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
        the input's own file name for messages.

        Recovers instead of losing the document: when verification still extracts a redacted
        string from a page, the occurrences the plan missed are planned as boxes too and the
        document is written again (at most :data:`RECOVERY_ROUNDS` times). Only a leak that
        survives is a refusal, naming check, page and object, never the text.
        """
        from .pdf.redact import BoxStyle, apply_redactions
        from .pdf.render_check import check_render
        from .verify import verify_or_delete

        name = name or src.name
        timings = dict(timings or {})
        t0 = time.perf_counter()
        decisions = list(decisions)
        kept = {d.finding.text.casefold() for d in decisions if d.action is Action.KEEP}
        dst.parent.mkdir(parents=True, exist_ok=True)
        tmp = dst.with_name(f".{dst.name}.{os.getpid()}.tmp")
        style = BoxStyle(fill=self.policy.fill, text_color=self.policy.text_color, font_size_max=7.0)
        rounds = 0
        try:
            while True:
                rplan = self.plan(doc, decisions)
                from .ocr import grow_plan_to_ink, has_ocr_words

                if any(has_ocr_words(p) for p in doc.pages):
                    # OCR word boxes (scans, image and ink words) end short of the ink (a last
                    # digit, a comma): grow them to it.
                    rplan = grow_plan_to_ink(rplan, doc, password=password)
                if extra_boxes:
                    rplan = replace(rplan, boxes=rplan.boxes + tuple(extra_boxes))
                secrets = tuple(s for s in rplan.secrets if s.casefold() not in kept)
                t1 = time.perf_counter()
                report: ApplyReport = apply_redactions(
                    src, tmp, rplan.boxes, style=style, password=password, scrub_strings=secrets,
                    outlines=self.policy.rule_enabled("write.outlines"),
                    scrub_labels=secret_labels(doc, rplan, self.policy.label),
                )
                t2 = time.perf_counter()
                # Renderings before and after: unchanged outside the boxes, covered inside them.
                render = {"render": functools.partial(check_render, src, tmp, rplan.boxes, password=password)}
                ver = verify_or_delete(tmp, secrets, also=render)
                t3 = time.perf_counter()
                if ver.ok:
                    break
                more = recovery_decisions(doc, decisions, secrets, getattr(ver, "leaks", ())) if rounds < RECOVERY_ROUNDS else []
                if not more:
                    raise VerificationError(
                        f"{name}: the redacted output still leaks ({'; '.join(ver.problems[:5])})"
                        f"{f' after {rounds} recovery rounds' if rounds else ''}; it was deleted and not published"
                    )
                rounds += 1
                log.info("%s: %d missed occurrence(s) of redacted text planned and written again (round %d)", name, len(more), rounds)
                decisions += more
            timings.update({"plan": t1 - t0, "write": t2 - t1, "verify": t3 - t2})
            from .extract import sha256_file

            rendition = self._rendition(doc, decisions, secrets, name)
            out_sha = sha256_file(tmp)
            txt = dst.with_suffix(".txt")
            txt_tmp = txt.with_name(f".{txt.name}.{os.getpid()}.tmp")
            try:
                txt_tmp.write_text(rendition, encoding="utf-8")
                os.replace(tmp, dst)
                os.replace(txt_tmp, txt)
            finally:
                txt_tmp.unlink(missing_ok=True)
        except OSError as exc:
            if _is_output_failure(exc, dst.parent):
                from .outputs.files import output_error

                raise output_error(dst, exc) from exc
            raise
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
        if doc.images_unread:
            warnings += (f"{doc.images_unread} image(s) on text pages were not read by OCR (time or size budget): review them",)
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

        if self.policy.review_as_redact:  # the PDF boxes proposals too: so does its text
            decisions = [replace(d, action=Action.REDACT) if d.action is Action.REVIEW and d.ground else d for d in decisions]
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


_OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})
#: Verification checks whose leak a box over the text on that page can cure.
_RECOVERABLE = frozenset({"page_text", "content", "content_bytes"})


def _is_output_failure(exc: OSError, out_dir: Path) -> bool:
    """A write into the output folder failed for a reason every further document shares."""
    if exc.errno in _OUTPUT_ERRNOS:
        return True
    if exc.errno in (errno.EACCES, errno.EPERM) and exc.filename:
        try:
            Path(str(exc.filename)).resolve().relative_to(out_dir.resolve())
            return True
        except ValueError:
            return False
    return False


def recovery_decisions(doc: Document, decisions: Sequence[Decision], secrets: Sequence[str], leaks: Sequence[Any]) -> list[Decision]:
    """Decisions for the occurrences of leaked secrets that no redaction covers yet.

    ``leaks`` are the verifier's typed leaks (check, secret index, page). Only leaks a box can
    cure count (text on a page); an occurrence is any match of the secret in our own page text
    (:func:`woo_redact.textmatch.occurrence_regex`) outside the spans already redacted. When the
    page text has no occurrence at all (another extractor joined words that ours keeps apart), the
    secret's distinctive words (4+ letters) on that page are boxed instead, never inside kept
    text. Empty when there is nothing new to plan: the caller then refuses the document.
    """
    from .reasons import Reason
    from .textmatch import occurrence_regex

    redacted: dict[int, list[tuple[int, int]]] = {}
    ground_of: dict[str, tuple[str, EntityType]] = {}  # the secret's ground and entity, from its redaction
    for d in decisions:
        if d.action is Action.REDACT and d.ground:
            redacted.setdefault(d.finding.page, []).append((d.start, d.end))
    pages = {p.number: p for p in doc.pages}
    for d in decisions:
        if d.action is Action.REDACT and d.ground:
            ground_of.setdefault(pages[d.finding.page].text[d.start : d.end].strip().casefold(), (d.ground, d.finding.entity))
    wanted: set[tuple[int, int]] = set()  # (secret index, page)
    for lk in leaks:
        check = getattr(getattr(lk, "check", None), "value", getattr(lk, "check", None))
        idx, page = getattr(lk, "secret", None), getattr(lk, "page", None)
        if check not in _RECOVERABLE or idx is None or not 0 <= idx < len(secrets):
            continue
        for pno in [page] if page is not None else list(pages):
            wanted.add((idx, pno))
    kept: dict[int, list[tuple[int, int]]] = {}
    for d in decisions:
        if d.action is Action.KEEP:
            kept.setdefault(d.finding.page, []).append((d.start, d.end))
    out: list[Decision] = []

    def add(pno: int, start: int, end: int, text: str, origin: tuple[str, EntityType]) -> None:
        ground, entity = origin
        f = Finding(finding_id(doc.sha256, pno, start, end, entity), pno, start, end, text, entity, 1.0, "verify.recovery")
        out.append(Decision(f, Action.REDACT, ground, Reason.PROPAGATION, start, end))
        redacted.setdefault(pno, []).append((start, end))

    def inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in spans)

    for idx, pno in sorted(wanted):
        page = pages.get(pno)
        if page is None:
            continue
        secret = secrets[idx]
        ground = ground_of.get(secret.casefold())
        if ground is None:
            continue
        matches = list(occurrence_regex(secret).finditer(page.text))
        for m in matches:
            if not inside(redacted.get(pno, ()), m.start(), m.end()):
                add(pno, m.start(), m.end(), m.group(0), ground)
        if matches:
            continue
        # Another extractor joined the secret's words across lines or blocks that our page text
        # keeps apart (a heading and the next line): box the distinctive words (4+ letters) of
        # the secret on that page, so no reader can join them again. Kept text stays kept.
        for word in {w for w in re.findall(r"\w{4,}", secret)}:
            for m in occurrence_regex(word).finditer(page.text):
                if not inside(redacted.get(pno, ()), m.start(), m.end()) and not inside(kept.get(pno, ()), m.start(), m.end()):
                    add(pno, m.start(), m.end(), m.group(0), ground)
    return out


def analyze_text(text: str, policy: Policy | str | os.PathLike[str] | None = None, *, pipeline: Pipeline | None = None) -> list[Finding]:
    """Findings (detections, before any policy decision) in a plain text."""
    pipe = pipeline or _default_pipeline(policy)
    page = PageText(0, 0.0, 0.0, text, (), tuple(None for _ in text))
    doc = Document("<text>", "", (page,))
    return pipe.detect(doc)


@dataclass(frozen=True, slots=True, eq=False)
class _PolicyRef:
    """A policy (or its path) compared and hashed by its key, for the helpers' pipeline cache."""

    key: str
    policy: Policy | str | None

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _PolicyRef) and other.key == self.key


@functools.lru_cache(maxsize=4)
def _cached_pipeline(ref: _PolicyRef) -> Pipeline:
    return Pipeline.create(ref.policy)


def _default_pipeline(policy: Policy | str | os.PathLike[str] | None) -> Pipeline:
    """The pipeline of the one-call helpers (:func:`analyze_text`, :func:`redact_pdf`) when none
    is given: built once per policy, because loading the models costs seconds. Pass your own
    :class:`Pipeline` to control its life."""
    if isinstance(policy, Policy):
        return _cached_pipeline(_PolicyRef(policy.sha256, policy))
    return _cached_pipeline(_PolicyRef(str(policy), None if policy is None else str(policy)))


def redact_pdf(
    src: str | os.PathLike[str],
    dst: str | os.PathLike[str],
    policy: Policy | str | os.PathLike[str] | None = None,
    *,
    password: str | None = None,
    pipeline: Pipeline | None = None,
) -> DocumentResult:
    """Redact one PDF. The result says whether it succeeded; the input is never modified."""
    src_p, dst_p = Path(src), Path(dst)
    if src_p.resolve() == dst_p.resolve():
        raise UsageError("the output path must differ from the input: inputs are never modified")
    pipe = pipeline or _default_pipeline(policy)
    return pipe.redact(src_p, dst_p, password=password)
