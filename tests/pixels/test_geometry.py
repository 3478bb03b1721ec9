"""Geometry in one place: rotation, device mapping, padding and the one merge rule."""

from __future__ import annotations

import random
import time

import pytest

from woo_redact import geometry as g
from woo_redact.pdf.draw import merge_boxes
from woo_redact.types import BBox, RedactBox

BOX = (10.0, 20.0, 210.0, 320.0)  # a 200 x 300 page whose media box does not start at 0


@pytest.mark.parametrize(
    ("rot", "display_corner_to_user"),
    [
        # where the displayed page's bottom-left and top-right corners land in user space
        (0, {(0, 0): (10, 20), (200, 300): (210, 320)}),
        (90, {(0, 0): (210, 20), (300, 200): (10, 320)}),
        (180, {(0, 0): (210, 320), (200, 300): (10, 20)}),
        (270, {(0, 0): (10, 320), (300, 200): (210, 20)}),
    ],
)
def test_display_to_user_corners(rot: int, display_corner_to_user: dict) -> None:
    m = g.display_to_user(BOX, rot)
    for (dx, dy), (ux, uy) in display_corner_to_user.items():
        assert g.apply(m, dx, dy) == pytest.approx((ux, uy))


@pytest.mark.parametrize("rot", [0, 90, 180, 270])
def test_device_round_trip_and_top_left_origin(rot: int) -> None:
    to_dev = g.user_to_device(BOX, rot, 2.0)
    to_user = g.device_to_user(BOX, rot, 2.0)
    for x, y in [(10, 20), (55.5, 101.25), (210, 320)]:
        col, row = to_dev(x, y)
        assert to_user(col, row) == pytest.approx((x, y))
    # the top-left pixel of the rendering is the displayed page's top-left corner
    _, dh = g.display_size(BOX, rot)
    assert g.apply(g.display_to_user(BOX, rot), 0, dh) == pytest.approx(to_user(0, 0))


def test_rotated_page_text_runs_down_the_rendering() -> None:
    # /Rotate 90 turns the page clockwise: user x grows downwards in the rendering
    f = g.user_to_device(BOX, 90, 1.0)
    assert f(10, 20)[1] < f(100, 20)[1]
    assert f(10, 20)[0] == pytest.approx(f(100, 20)[0])


def test_normalise_rotation() -> None:
    assert [g.normalise_rotation(v) for v in (0, 90, -90, 450, 45, "x", None)] == [0, 90, 270, 90, 0, 0, 0]


def test_unit_square_covers_rotated_page() -> None:
    for rot in (0, 90, 180, 270):
        m = g.scaled_display_to_user(BOX, rot, 1.0, 1.0)
        assert g.transform_rect(m, (0, 0, 1, 1)) == pytest.approx(BOX)


def test_box_pixels_clips_and_grows() -> None:
    rows, cols = 600, 400
    r0, r1, c0, c1 = g.box_pixels((10, 20, 30, 40), BOX, 0, 2.0, (rows, cols), grow=1)
    assert (c0, c1) == (0, 41)  # clipped at the left edge
    assert (r0, r1) == (559, 600)


def test_topdown_to_user_matches_display_matrix() -> None:
    for rot in (0, 90, 180, 270):
        _, dh = g.display_size(BOX, rot)
        f = g.topdown_to_user(BOX, rot, dh)
        m = g.display_to_user(BOX, rot)
        r = f(5, 25, 10, 30)  # x0, x1, top, bottom from the displayed top-left corner
        assert r == pytest.approx(g.transform_rect(m, (5, dh - 30, 25, dh - 10)))


def test_pad_run_widens_ocr_words_along_the_line() -> None:
    run = (100.0, 200.0, 140.0, 212.0)
    assert g.pad_run(run, ocr=False) == pytest.approx((99.4, 199.4, 140.6, 212.6))
    x0, y0, x1, y1 = g.pad_run(run, ocr=True)
    assert (y0, y1) == pytest.approx((199.4, 212.6))
    assert x0 == pytest.approx(100 - 0.6 - 3.0) and x1 == pytest.approx(140 + 0.6 + 3.0)


def test_merge_words_of_a_line_not_lines() -> None:
    words = [(10.0, 100.0, 40.0, 112.0), (43.0, 100.0, 80.0, 112.0), (10.0, 86.0, 40.0, 98.0)]
    out = g.merge_rects(words)
    assert out == [(10.0, 100.0, 80.0, 112.0), (10.0, 86.0, 40.0, 98.0)]


def test_merge_gap_scales_with_text_height() -> None:
    small = [(0.0, 0.0, 10.0, 8.0), (14.0, 0.0, 20.0, 8.0)]  # 4 pt gap at 8 pt: more than a word space
    big = [(0.0, 0.0, 100.0, 40.0), (115.0, 0.0, 200.0, 40.0)]  # 15 pt gap at 40 pt: a word space
    assert len(g.merge_rects(small)) == 2
    assert len(g.merge_rects(big)) == 1


def test_merge_repeats_until_stable() -> None:
    # the tall box only reaches the third one after it absorbed the second
    rects = [(0.0, 0.0, 10.0, 10.0), (11.0, 0.0, 20.0, 10.0), (22.0, 0.0, 30.0, 10.0)]
    assert g.merge_rects(rects) == [(0.0, 0.0, 30.0, 10.0)]


def test_sweep_merge_reaches_a_fixpoint_covering_every_input() -> None:
    rnd = random.Random(7)
    for _ in range(60):
        rects = []
        for _ in range(rnd.randint(1, 40)):
            line = rnd.randint(0, 6)
            h = rnd.choice([8.0, 10.0, 12.0, 30.0])
            x0 = rnd.uniform(0, 400)
            y0 = 700 - line * 14 + rnd.uniform(-1.5, 1.5)
            rects.append((x0, y0, x0 + rnd.uniform(3, 60), y0 + h))
        out = g.merge_rects(rects)
        # nothing left to merge, whatever the order
        assert not any(g.mergeable(a, b) for i, a in enumerate(out) for b in out[i + 1 :])
        # every input lies inside exactly the output it was merged into; no output is invented
        for r in rects:
            assert any(o[0] <= r[0] and o[1] <= r[1] and r[2] <= o[2] and r[3] <= o[3] for o in out)
        for o in out:
            inside = [r for r in rects if o[0] <= r[0] and o[1] <= r[1] and r[2] <= o[2] and r[3] <= o[3]]
            assert inside and _enclose(inside) == o


def _enclose(rects: list[g.Rect]) -> g.Rect:
    acc = rects[0]
    for r in rects[1:]:
        acc = g.union(acc, r)
    return acc


def test_merge_is_not_quadratic_on_a_full_page() -> None:
    rects = [(72.0 + 50 * c, 800.0 - 12 * r, 112.0 + 50 * c, 810.0 - 12 * r) for r in range(60) for c in range(8)]
    t0 = time.perf_counter()
    out = g.merge_rects(rects * 4)  # duplicates too
    assert time.perf_counter() - t0 < 2.0
    assert len(out) == 60 * 8  # 10 pt gaps at 10 pt text: columns stay apart


def test_writer_merge_is_a_no_op_on_plan_output_and_pads_once() -> None:
    plan_rects = g.merge_rects([(10.0, 100.0, 40.0, 112.0), (45.0, 100.0, 80.0, 112.0), (84.0, 100.0, 90.0, 112.0)])
    boxes = [RedactBox(0, BBox(*r), f"L{i}") for i, r in enumerate(plan_rects)]
    drawn = merge_boxes(boxes, pad=g.DRAW_MARGIN)[0]
    assert [r for r, _ in drawn] == [g.pad(r, g.DRAW_MARGIN) for r in plan_rects]


def test_writer_merges_foreign_boxes_with_labels_in_reading_order() -> None:
    boxes = [RedactBox(0, BBox(50, 100, 80, 112), "b"), RedactBox(0, BBox(10, 100, 48, 112), "a"),
             RedactBox(0, BBox(82, 100, 90, 112), "a")]
    ((rect, label),) = merge_boxes(boxes, pad=0.0)[0]
    assert rect == (10, 100, 90, 112)
    assert label == "a, b"


def test_overlapping_runs_of_a_vertical_line_merge() -> None:
    # text running down a rotated page: consecutive glyph runs overlap along user y
    a, b = (117.6, 126.9, 125.9, 129.8), (117.6, 128.6, 125.9, 134.0)
    assert g.merge_rects([a, b]) == [(117.6, 126.9, 125.9, 134.0)]
    # two lines of ordinary text whose padded boxes barely touch stay apart
    assert len(g.merge_rects([(10.0, 100.0, 60.0, 111.2), (10.0, 89.4, 60.0, 100.6)])) == 2
