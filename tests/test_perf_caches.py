"""Caches and shortcuts added for speed give the same answers as the work they replace."""

from __future__ import annotations

import numpy as np
import pikepdf
import pytest

from woo_redact.pdf.fonts import FontLoader, content_key, to_miner
from woo_redact.pdf.render_check import densest_cell
from woo_redact.textmatch import SecretMatcher, _secret_pattern
from woo_redact.verify import decode_content

_TOUNICODE = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <00> <FF> endcodespacerange
2 beginbfchar <41> <0042> <42> <0041> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end"""


def _font(pdf: pikepdf.Pdf, widths: list[int], tounicode: bytes = _TOUNICODE) -> pikepdf.Dictionary:
    """A simple font dictionary, indirect as in real files, with its own /ToUnicode stream."""
    return pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name("/ABCDEF+Helvetica"),
        FirstChar=65, LastChar=66, Widths=pikepdf.Array(widths), ToUnicode=pdf.make_stream(tounicode),
    ))


def test_same_font_content_in_two_documents_is_parsed_once() -> None:
    a, b = pikepdf.new(), pikepdf.new()
    fa, fb = _font(a, [600, 700]), _font(b, [600, 700])
    info_a = FontLoader(unicode=True, shared="test-same").load(fa)
    info_b = FontLoader(unicode=True, shared="test-same").load(fb)
    assert info_b is info_a
    assert info_b.decode(b"AB") == "BA"  # read through the /ToUnicode (it swaps the letters)


def test_different_content_is_a_different_font() -> None:
    a, b, c = pikepdf.new(), pikepdf.new(), pikepdf.new()
    base = FontLoader(unicode=True, shared="test-diff").load(_font(a, [600, 700]))
    wider = FontLoader(unicode=True, shared="test-diff").load(_font(b, [600, 900]))
    plain_map = _TOUNICODE.replace(b"<41> <0042> <42> <0041>", b"<41> <0041> <42> <0042>")
    other_map = FontLoader(unicode=True, shared="test-diff").load(_font(c, [600, 700], plain_map))
    assert wider is not base and other_map is not base
    assert base.stats(b"AB")[0] == pytest.approx(1.3) and wider.stats(b"AB")[0] == pytest.approx(1.5)
    assert other_map.decode(b"AB") == "AB" and base.decode(b"AB") == "BA"


def test_named_caches_never_share_and_match_an_unshared_parse() -> None:
    a, b, c = pikepdf.new(), pikepdf.new(), pikepdf.new()
    verify = FontLoader(unicode=True, shared="test-verify").load(_font(a, [600, 700]))
    write = FontLoader(unicode=True, shared="test-write").load(_font(b, [600, 700]))
    fresh = FontLoader(unicode=True).load(_font(c, [600, 700]))
    assert verify is not write and fresh is not verify
    for info in (verify, write):
        assert info.decode(b"ABBA") == fresh.decode(b"ABBA")
        assert info.split(b"AB")[0] == fresh.split(b"AB")[0]
        assert (info.kind, info.certain, info.descent, info.height) == (fresh.kind, fresh.certain, fresh.descent, fresh.height)


def test_content_key_tells_types_and_nesting_apart() -> None:
    pdf = pikepdf.new()
    keys = {
        content_key(to_miner(pikepdf.Dictionary(A=1))),
        content_key(to_miner(pikepdf.Dictionary(A=1.0))),
        content_key(to_miner(pikepdf.Dictionary(A=True))),
        content_key(to_miner(pikepdf.Dictionary(A=pikepdf.Array([1, 2])))),
        content_key(to_miner(pikepdf.Dictionary(A=pikepdf.Array([pikepdf.Array([1]), 2])))),
        content_key(to_miner(pikepdf.Dictionary(A=pikepdf.Name("/x")))),
        content_key(to_miner(pikepdf.Dictionary(A=pikepdf.String("x")))),
        content_key(to_miner(pikepdf.Dictionary(A=pdf.make_stream(b"x")))),
        content_key(to_miner(pikepdf.Dictionary(B=1))),
    }
    assert len(keys) == 9
    assert content_key(to_miner(pikepdf.Dictionary(A=1, B=2))) == content_key(to_miner(pikepdf.Dictionary(B=2, A=1)))


def _densest_by_sum(diff: np.ndarray, cell: int = 8) -> int:
    """The whole-page reshape-and-sum that :func:`densest_cell` replaced (the reference)."""
    best = 0
    for off in (0, cell // 2):
        d = diff[off:, off:]
        h, w = (d.shape[0] // cell) * cell, (d.shape[1] // cell) * cell
        if h and w:
            best = max(best, int(d[:h, :w].reshape(h // cell, cell, w // cell, cell).sum(axis=(1, 3)).max()))
    return best


def test_densest_cell_counts_like_summing_every_cell() -> None:
    rng = np.random.default_rng(7)
    for _ in range(500):
        h, w = (int(v) for v in rng.integers(1, 70, 2))
        p = float(rng.choice([0.0, 0.002, 0.02, 0.2, 0.7, 1.0]))
        diff = rng.random((h, w)) < p
        assert densest_cell(diff) == _densest_by_sum(diff)
    patch = np.zeros((40, 40), dtype=bool)
    patch[12:18, 12:18] = True  # split by the aligned grid: the half-shifted grid holds all 36
    assert densest_cell(patch) == 36


def test_secret_patterns_are_compiled_once_and_match_the_same() -> None:
    secrets = ["Jansen", "j.de vries@example.nl", "06-12345678", "ab"]
    first = SecretMatcher(secrets)
    hits = _secret_pattern.cache_info().hits
    again = SecretMatcher(list(reversed(secrets)))
    assert _secret_pattern.cache_info().hits >= hits + len(secrets)
    text = "Mail van J.de Vries@example.nl aan JANSEN; bel 06-12345678. De jansen-regeling."
    assert first.find(text) == again.find(text) == ["06-12345678", "Jansen", "j.de vries@example.nl"]


def test_decoding_skips_drawing_operators_without_losing_text() -> None:
    pdf = pikepdf.new()
    font = _font(pdf, [600, 700])
    res = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    stream = b"BT /F1 12 Tf 0 0 Td (AB) Tj ET 0 0 m 10 10 l S 1 0 0 rg 0 0 5 5 re f BT /F1 12 Tf (A) Tj ET"
    instrs = pikepdf.parse_content_stream(pdf.make_stream(stream))
    text, other = decode_content(instrs, res, FontLoader(unicode=True))
    assert text == "BA\nB\n" and other == ""


def _stock_rule_detector() -> object:
    """The rule detector on an engine with Presidio's own (copying) context enhancer."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    from woo_redact.detect import presidio_adapter as pa
    from woo_redact.detect.recognizers import dutch_recognizers

    registry = RecognizerRegistry(recognizers=dutch_recognizers(), supported_languages=["nl"])
    engine = AnalyzerEngine(registry=registry, nlp_engine=pa._nlp_engine_class()(), supported_languages=["nl"])
    return pa.PresidioRuleDetector(engine)


def test_rule_engine_without_the_copy_finds_the_same() -> None:
    from woo_redact.detect.presidio_adapter import PresidioRuleDetector

    texts = [
        "Telefoon: 06-41 22 93 17\nBSN 1234.56.782, woont Kerkpad 7, 4811 XK Breda.",
        "Mevrouw is sinds maart ziek thuis met een burn-out; mail p.verhoef@voorbeeld.nl of bel (071 -\n407 22 16).",
        "Kenteken 12-ABC-3 en IBAN NL91 ABNA 0417 1643 00 staan in het dossier van 3 juni 1980.",
        "Geen persoonsgegevens in deze zin.",
        "",
    ]
    ours = PresidioRuleDetector().detect_batch(texts)
    assert ours == _stock_rule_detector().detect_batch(texts)  # type: ignore[attr-defined]
    assert sum(len(found) for found in ours) >= 8 and any("context word" in d.explanation for found in ours for d in found)


def test_results_not_scored_with_context_are_still_enhanced() -> None:
    from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry

    from woo_redact.detect import presidio_adapter as pa

    rec = PatternRecognizer(supported_entity="ID_NUMBER", patterns=[Pattern("code", r"\bQX\d{4}\b", 0.3)],
                            context=["klantnummer"], supported_language="nl")
    registry = RecognizerRegistry(recognizers=[rec], supported_languages=["nl"])
    ours = pa.build_analyzer([rec])
    stock = AnalyzerEngine(registry=registry, nlp_engine=pa._nlp_engine_class()(), supported_languages=["nl"])
    text = "Uw klantnummer is QX1234."
    got = [(r.start, r.end, r.score) for r in ours.analyze(text=text, language="nl")]
    assert got == [(r.start, r.end, r.score) for r in stock.analyze(text=text, language="nl")]
    assert got[0][2] > 0.3  # the context word raised it


def _order_steps_by_loop(coords: list[tuple[float, float, float, float]]) -> tuple[int, int, int]:
    """The pairwise loop :func:`woo_redact.extract._order_steps` replaced (the reference)."""
    back = same = hops = 0
    px0, py0, _, py1 = coords[0]
    for x0, y0, _, y1 in coords[1:]:
        h = min(y1 - y0, py1 - py0)
        if h > 0 and min(y1, py1) - max(y0, py0) > 0.5 * h:
            same += 1
            if x0 < px0 - 0.3 * h:
                back += 1
        else:
            hops += 1
        px0, py0, py1 = x0, y0, y1
    return same, back, hops


def test_glyph_order_steps_match_the_pairwise_loop() -> None:
    import random

    from woo_redact.extract import _order_steps
    from woo_redact.types import GlyphTable

    rnd = random.Random(3)
    for trial in range(300):
        table, coords = GlyphTable(), []
        line_y = 700.0
        for _ in range(rnd.randint(2, 80)):
            if rnd.random() < 0.15:
                line_y -= rnd.choice([0.0, 3.0, 14.0, 40.0])  # same line, a rise, the next line, a jump
            x0 = rnd.uniform(40, 500)
            y0 = line_y + rnd.choice([0.0, 0.0, -2.5, 6.0])
            box = (x0, y0, x0 + rnd.uniform(0, 9), y0 + rnd.choice([0.0, 0.2, 11.0, 12.0]))
            table.append("a", *box)
            coords.append(box)
        assert _order_steps(table) == _order_steps_by_loop(coords), trial
    odd = GlyphTable()  # a coordinate that is not finite: the loop answers, as it did before
    for box in [(10.0, 700.0, 15.0, 712.0), (16.0, float("nan"), 20.0, 712.0), (21.0, 700.0, 25.0, 712.0)]:
        odd._coords.extend(box)
        odd._chars.append("a")
        odd._sizes.append(12.0)
    assert _order_steps(odd) == _order_steps_by_loop([odd.coords(i) for i in range(3)])


def test_the_process_font_cache_stays_bounded() -> None:
    from woo_redact.pdf import fonts

    pdf = pikepdf.new()
    for w in range(fonts._SHARED_MAX + 20):
        FontLoader(unicode=True, shared="test-bound").load(_font(pdf, [600, 1 + w]))
    assert len(fonts._SHARED[("test-bound", True)]) == fonts._SHARED_MAX


def _strip_rules_by_nonzero(mask: np.ndarray, px_per_pt: float) -> np.ndarray:
    """:func:`woo_redact.ocr.strip_rules` as it was, with two 2-D ``nonzero`` calls (the reference)."""
    from woo_redact.ocr import RULE_MIN_PT

    out = mask.copy()
    for axis, length in ((1, RULE_MIN_PT[0]), (0, RULE_MIN_PT[1])):
        m = mask if axis == 1 else mask.T
        o = out if axis == 1 else out.T
        pad = np.zeros((m.shape[0], 1), dtype=np.int8)
        d = np.diff(np.concatenate([pad, m.astype(np.int8), pad], axis=1), axis=1)
        rs, cs = np.nonzero(d == 1)
        _, ce = np.nonzero(d == -1)
        long = (ce - cs) >= length * px_per_pt
        for r, a, b in zip(rs[long], cs[long], ce[long]):
            o[r, a:b] = False
    return out


def test_strip_rules_removes_the_same_runs() -> None:
    from woo_redact.ocr import strip_rules

    rng = np.random.default_rng(11)
    for _ in range(200):
        h, w = (int(v) for v in rng.integers(1, 120, 2))
        mask = rng.random((h, w)) < float(rng.choice([0.0, 0.05, 0.5, 0.9, 0.99, 1.0]))
        if h > 3 and w > 40 and rng.random() < 0.5:
            mask[h // 2, 2 : w - 2] = True  # a table rule
            mask[1 : h - 1, w // 3] = True  # a column line
        px = float(rng.choice([0.5, 1.0, 2.0]))
        assert np.array_equal(strip_rules(mask, px), _strip_rules_by_nonzero(mask, px))
    grid = np.zeros((60, 120), dtype=bool)
    grid[10, :] = grid[:, 50] = True
    grid[30:34, 20:24] = True  # a letter stroke: short, stays
    kept = strip_rules(grid, 1.0)
    assert not kept[10].any() and not kept[:, 50].any() and kept[30:34, 20:24].all()
