"""The spaCy NER detector adapter: label mapping, lines and cells, codes glued to names."""

from __future__ import annotations

import spacy

from woo_redact.detect.ner import SpacyNerDetector
from woo_redact.types import EntityType

_COUNTER = [0]


def _nlp_with(ents_by_text):
    """A blank Dutch pipeline whose 'ner' marks given substrings (no model needed)."""
    nlp = spacy.blank("nl")
    _COUNTER[0] += 1
    name = f"fake_ner_{_COUNTER[0]}"

    @spacy.Language.component(name)
    def fake_ner(doc):  # type: ignore[no-untyped-def]
        spans = []
        for needle, label in ents_by_text:
            i = doc.text.find(needle)
            if i >= 0:
                sp = doc.char_span(i, i + len(needle), label=label, alignment_mode="expand")
                if sp is not None:
                    spans.append(sp)
        doc.ents = spacy.util.filter_spans(spans)
        return doc

    nlp.add_pipe(name)
    return nlp


def test_wrapped_name_gives_both_line_parts_and_codes_are_trimmed():
    text = "de broer, Emre\nYıldırım, en vergunning PV-0045127, M. Kaya"
    nlp = _nlp_with([("Emre\nYıldırım", "PER"), ("PV-0045127, M. Kaya", "PER"), ("vergunning", "MISC")])
    det = SpacyNerDetector(nlp, {"PER": EntityType.PERSON})
    found = [text[d.start : d.end] for d in det.detect_batch([text])[0]]
    assert found == ["Emre", "Yıldırım", "M. Kaya"]


def test_table_cell_ends_an_entity():
    text = "Jan Smit\tteamleider"
    nlp = _nlp_with([("Jan Smit\tteamleider", "PER")])
    det = SpacyNerDetector(nlp, {"PER": EntityType.PERSON})
    assert [text[d.start : d.end] for d in det.detect_batch([text])[0]] == ["Jan Smit"]


# --------------------------------------------------------------------------- the model as product
# The loader finds shipped models by package name; a missing or broken one is an error with the
# fix, and only an explicit switch (``ner=False``, ``[ner] model = "none"``) runs without NER.

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from woo_redact.detect import ner as ner_mod
from woo_redact.errors import ModelNotFoundError
from woo_redact.pipeline import build_detectors
from woo_redact.policy import load_policy

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def fresh_loader():
    """``load_model`` caches per process: clear it around tests that swap the models folder."""
    ner_mod.load_model.cache_clear()
    yield
    ner_mod.load_model.cache_clear()


def _fake_models_root(tmp_path: Path, monkeypatch, names: tuple[str, ...]) -> Path:
    """A models package folder holding blank Dutch pipelines saved under ``names``."""
    root = tmp_path / "models"
    root.mkdir()
    (root / "__init__.py").write_text("")
    for i, name in enumerate(names):
        nlp = spacy.blank("nl")
        nlp.meta["name"] = name.removeprefix("nl_")
        nlp.meta["version"] = f"0.{i + 2}.1"
        nlp.to_disk(root / name)
    monkeypatch.setattr(ner_mod, "_models_root", lambda: root)
    return root


def test_model_version_is_the_package_name_and_version_from_meta():
    assert ner_mod.model_version({"lang": "nl", "name": "woo_ner", "version": "0.1.0"}) == "nl_woo_ner@0.1.0"
    assert ner_mod.model_version({"lang": "nl", "name": "nl_core_news_lg", "version": "3.8.0"}) == "nl_core_news_lg@3.8.0"


def test_every_model_folder_is_found_and_loads_by_name(tmp_path, monkeypatch, fresh_loader):
    _fake_models_root(tmp_path, monkeypatch, ("nl_alpha_ner", "nl_beta_statements"))
    assert list(ner_mod.shipped_models()) == ["nl_alpha_ner", "nl_beta_statements"]
    nlp = ner_mod.load_model("nl_beta_statements")
    assert ner_mod.model_version(nlp.meta) == "nl_beta_statements@0.3.1"
    # a folder without meta.json is not a model
    (tmp_path / "models" / "notes").mkdir()
    assert "notes" not in ner_mod.shipped_models()


def test_missing_default_model_is_an_error_that_names_the_fix(tmp_path, monkeypatch, fresh_loader):
    _fake_models_root(tmp_path, monkeypatch, ("nl_other",))
    with pytest.raises(ModelNotFoundError) as err:
        ner_mod.load_model("default")
    msg = str(err.value)
    assert "nl_woo_ner" in msg and "--no-ner" in msg and 'model = "none"' in msg and "reinstall" in msg
    with pytest.raises(ModelNotFoundError):
        build_detectors(load_policy(None))


def test_unloadable_model_is_an_error_not_a_fallback(tmp_path, monkeypatch, fresh_loader):
    root = _fake_models_root(tmp_path, monkeypatch, ("nl_woo_ner",))
    (root / "nl_woo_ner" / "config.cfg").write_text("[nlp]\nlang = \"nl\"\npipeline = [\"ner\"]\n[components]\n")
    with pytest.raises(ModelNotFoundError, match="cannot be loaded"):
        ner_mod.load_model("default")


def test_preflight_fails_before_any_worker_starts(tmp_path, monkeypatch, fresh_loader):
    root = _fake_models_root(tmp_path, monkeypatch, ("nl_woo_ner",))
    ner_mod.preflight("default")  # present: fine
    ner_mod.preflight("nl_missing", enabled=False)  # NER off: not checked
    ner_mod.preflight(ner_mod.NO_MODEL)
    (root / "nl_woo_ner" / "config.cfg").unlink()
    with pytest.raises(ModelNotFoundError, match="incomplete"):
        ner_mod.preflight("default")
    with pytest.raises(ModelNotFoundError, match="--no-ner"):
        ner_mod.preflight("nl_missing")


def test_unknown_model_name_is_an_error(fresh_loader):
    with pytest.raises(ModelNotFoundError, match="never downloads"):
        ner_mod.load_model("nl_no_such_pipeline_xyz")


def test_ner_off_only_when_asked(tmp_path, monkeypatch, fresh_loader):
    _fake_models_root(tmp_path, monkeypatch, ())  # nothing shipped: would be an error if loaded
    # the statement model loads from the same (here empty) folder at start-up: switch its rules
    # off so that only the NER model's loading is under test
    base = dataclasses.replace(load_policy(None), disabled_rules=frozenset({"statements.health", "statements.opinion"}))
    off = dataclasses.replace(base, ner_model=ner_mod.NO_MODEL)
    dets, model = build_detectors(off)
    assert model == "none" and "woo.ner" not in [d.name for d in dets]
    dets, model = build_detectors(base, ner=False)
    assert model == "none" and "woo.ner" not in [d.name for d in dets]


@pytest.mark.model
def test_shipped_model_loads_by_package_name_and_reports_its_meta(fresh_loader):
    meta = json.loads((REPO / "models" / "nl_woo_ner" / "meta.json").read_text(encoding="utf-8"))
    dets, model = build_detectors(load_policy(None))
    assert model == f"{meta['lang']}_{meta['name']}@{meta['version']}"
    assert ner_mod.model_version(ner_mod.read_meta("default")) == model  # without loading the model
    assert "woo.ner" in [d.name for d in dets]
    import importlib.resources

    package_dir = Path(str(importlib.resources.files(ner_mod.MODELS_PACKAGE)))
    assert ner_mod.shipped_models()["nl_woo_ner"] == package_dir / "nl_woo_ner"


@pytest.mark.slow
def test_cli_refuses_without_model_and_runs_with_no_ner(tmp_path, monkeypatch, fresh_loader):
    from woo_redact.cli import cli

    _fake_models_root(tmp_path, monkeypatch, ())
    sample = REPO / "samples" / "memo_wethouder.pdf"
    (tmp_path / "k").write_text("0123456789abcdef" * 4)  # an existing audit key
    args = ["redact", str(sample), "--jobs", "1", "--audit-key", str(tmp_path / "k")]
    res = CliRunner().invoke(cli, [*args, "--out", str(tmp_path / "o1")])
    assert res.exit_code != 0
    assert "nl_woo_ner" in res.output and "--no-ner" in res.output
    assert not (tmp_path / "o1" / sample.name).exists()
    res = CliRunner().invoke(cli, [*args, "--out", str(tmp_path / "o2"), "--no-ner"])
    assert res.exit_code == 0, res.output
    runs = [json.loads(line) for line in (tmp_path / "o2" / "audit.jsonl").read_text().splitlines()]
    assert {r["model"] for r in runs if "model" in r} == {"none"}
