"""Statement detector: whole clauses that reveal a person's health (5.1.1d) or a personal
policy opinion in internal deliberation (5.2.1).

Why statements and not keywords: a Woo officer blacks out "ligt sinds dinsdag in het ziekenhuis"
or "persoonlijk zou ik variant B kiezen, omdat ..." as a whole; a condition lexicon catches a
word at best and never an opinion. So the page text is split into clauses (sentences joined
across line breaks, table cells and bullets apart, ``;`` and ``, maar`` as clause breaks), every
clause is scored by a small spaCy text classifier (bag-of-words, CPU-cheap) and a positive
clause becomes one detection spanning it, so the boxes cover it on every line it wraps over.

The health lexicon (``recognizers/health.py``) and a few cue lists are *features* of the model
(cue tokens appended to the clause), not a gate: a clause without any lexicon word can still be
health data ("kan zich niet zelfstandig douchen"), and a lexicon word in policy text ("preventie
van diabetes") is not. The model's probability is Platt-calibrated on a held-apart split of the
training data (``meta.json`` ``woo_calibration``), so a score means what it says.

The model (``models/nl_woo_statements``, shipped in the package ``woo_redact_models`` and found
by name like the NER model) is trained on sentences generated for this project
(``training/statements/``). A missing model is a :class:`ModelNotFoundError`, never a silent
fallback. Explanations name the label and the cue kinds, never the text.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ModelNotFoundError
from ..types import Detection, EntityType
from .recognizers.health import CONDITION, PHRASES

MODEL_NAME = "nl_woo_statements"
#: Policy rule names (``[rules] disabled``) that switch each kind of statement off.
RULE_NAMES = {"HEALTH": "statements.health", "OPINION": "statements.opinion"}
HEALTH_LABEL = "HEALTH"
OPINION_LABEL = "OPINION"
# Detections below these calibrated probabilities are not emitted at all. HEALTH from 0.3 so
# decide can send 0.3-0.5 to review; an opinion is always only a review proposal.
MIN_SCORE = {HEALTH_LABEL: 0.3, OPINION_LABEL: 0.5}
_ENTITY = {HEALTH_LABEL: EntityType.HEALTH, OPINION_LABEL: EntityType.POLICY_OPINION}
_DETECTOR = {HEALTH_LABEL: "woo.statements.health", OPINION_LABEL: "woo.statements.opinion"}
_LABEL_TEXT = {HEALTH_LABEL: "health statement", OPINION_LABEL: "personal policy opinion"}
# A clause without any cue word of its label is at most a review proposal (decide's review band).
NO_CUE_CAP = 0.45
MAX_UNIT = 600  # characters; a longer run without punctuation is split at its line breaks


# --------------------------------------------------------------------------- clause splitting
@dataclass(frozen=True, slots=True)
class Unit:
    """A clause or sentence of a page: ``text[start:end]``, possibly over several lines."""

    start: int
    end: int
    sentence: int = 0  # units split from one sentence (at ";" or ", maar") share this number


_BULLET = re.compile(r"[ \t]*(?:[•◦▪●■\-–*·o]|\(?\d{1,2}[.)]|\(?[a-z][.)])(?:[ \t]+|$)")
_CHAT_START = re.compile(r"\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}")
_TERMINAL = re.compile(r"[.!?;:]['\")\]]?$")
_ABBREV = frozenset(
    ["dhr", "mw", "mr", "mevr", "drs", "dr", "ir", "ing", "prof", "bijv", "bv", "o.a", "i.v.m", "nr", "tel", "ca", "e.d", "etc", "jl", "jl.", "z.s.m", "m.b.t", "t.a.v", "i.o.v", "i.p.v", "vs", "art", "lid", "sub", "a.s", "st", "blz", "resp", "min", "max", "incl", "excl", "evt", "d.d", "p.p.p.m", "mln", "mld"]
)
# A sentence ends at . ! ? (plus a closing quote or bracket) followed by space and what can
# start a sentence.
_SENT_END = re.compile(r"(?<=[.!?])['\")\]’”»]?\s+(?=['\"(\[‘“„]?[A-ZÀ-Ý0-9•])")
# Clause breaks inside a sentence: a semicolon, ", maar", a dash between clauses; only between
# two clauses of some length ("traplift; reuma" in a table cell is one statement).
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=maar\s)|\s+[–—]\s+(?=\w+\s+\w+\s+\w+)")
_MIN_CLAUSE_WORDS = 5
_WORD = re.compile(r"(?<!\S)[^\W\d_][^\s\d]*(?!\S)")


def _words(s: str) -> int:
    """Words without digits: codes, numbers and dates of a table row do not make a clause."""
    return len(_WORD.findall(s))


def _ref_line_length(lines: Sequence[str]) -> int:
    lens = sorted(len(ln.strip()) for ln in lines if ln.strip())
    return lens[int(0.8 * (len(lens) - 1))] if lens else 0


_CODE_START = re.compile(r"[A-Z]{0,5}[-/.]?\d{3,}")
_OWN_LINE = re.compile(
    r"\W*(?:(?:beste|geachte|hallo|hoi|dag|lieve|goedemorgen|goedemiddag)\b.*,$"
    r"|(?:onderwerp|betreft|aan|van|cc|bcc|datum|kenmerk|verzonden|bijlage\w*)\s*:)",
    re.IGNORECASE,
)


def _joins(prev: str, prev_line_len: int, nxt: str, ref: int) -> bool:
    """Whether a line break between ``prev`` (end of a line) and ``nxt`` continues a sentence."""
    p, n = prev.rstrip(), nxt.lstrip()
    if not p or not n or _TERMINAL.search(p) or _BULLET.match(nxt) or _CHAT_START.match(n):
        return False
    if _OWN_LINE.match(p) or _OWN_LINE.match(n):  # a salutation or a mail header is a line of its own
        return False
    if p.endswith((",", "-", "(", " en", " of", " dat", " die", " de", " het", " een")) or n[0].islower() or n[0] in "(€":
        return True
    if re.search(r"\d\S*$", p) or _CODE_START.match(n):  # rows of a register: a number ends one, a code starts the next
        return False
    words = p.split()
    if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
        return False  # a table header ("Dossier Cliënt BSN Geb.datum Voorziening")
    return ref > 0 and prev_line_len >= 0.6 * ref


def _blocks(text: str) -> list[tuple[int, int]]:
    """Runs of text that may hold one or more sentences: lines joined where a sentence wraps,
    apart at blank lines, table cells (tabs), bullets, headers and chat lines."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for ln in text.split("\n"):
        lines.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    ref = _ref_line_length([text[s:e] for s, e in lines])
    blocks: list[tuple[int, int]] = []
    open_start: int | None = None  # start of the block that may continue on the next line
    prev_end = 0
    prev_cell = ""
    prev_len = 0
    prev_tabbed = False
    for s, e in lines:
        line = text[s:e]
        cells: list[tuple[int, int]] = []
        cs = s
        for part in line.split("\t"):
            cells.append((cs, cs + len(part)))
            cs += len(part) + 1
        # A bullet marker followed by a tab is not a cell of its own.
        if len(cells) > 1 and _BULLET.fullmatch(text[cells[0][0] : cells[0][1]] + " "):
            cells = cells[1:]
        tabbed = len(cells) > 1  # a table row: its cells never run on into the next row
        first_s, first_e = cells[0]
        if open_start is not None and not tabbed and not prev_tabbed and _joins(prev_cell, prev_len, text[first_s:first_e], ref):
            cells[0] = (open_start, first_e)
        elif open_start is not None:
            blocks.append((open_start, prev_end))
        open_start = None
        blocks.extend(cells[:-1])
        open_start, prev_end = cells[-1]
        prev_cell, prev_len, prev_tabbed = text[cells[-1][0] : cells[-1][1]], len(line.strip()), tabbed
    if open_start is not None:
        blocks.append((open_start, prev_end))
    return blocks


def _sentences(text: str, s: int, e: int) -> Iterable[tuple[int, int]]:
    cut = s
    for m in _SENT_END.finditer(text, s, e):
        before = text[cut : m.start()].rstrip("'\")]’”»")
        last = re.search(r"(\S+)\.$", before)
        if last is not None:
            word = last.group(1).lower().strip("(")
            if word in _ABBREV or len(word) == 1 or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
                continue  # "dhr. Jansen", "A. de Vries", "i.v.m. ziekte", "art. 5"
        yield cut, m.start()
        cut = m.end()
    yield cut, e


_EDGE_CODE = re.compile(r"\S*\d\S*")
_LEAD_CODE = re.compile(r"\S*\d\S*(?:\s+(?:\S*\d\S*|[a-z][.,]?))*\s+(?=[A-ZÀ-Ý][a-zà-ÿ])")


def trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Strip whitespace and a bullet; in a row-like unit (no closing punctuation) also the codes,
    numbers and dates at either edge: a register row's case number and date are not the
    statement ("W123456 ... traplift; reuma 01-02-2025")."""
    while s < e and text[s] in " \t\n\r":
        s += 1
    m = _BULLET.match(text, s, e)
    if m is not None and m.end() < e and m.group(0).strip() and not text[s].isdigit():
        s = m.end()
    while e > s and text[e - 1] in " \t\n\r":
        e -= 1
    # A code printed before a sentence (an existing lakcode "5.2, 1", a list number "11.1") is
    # not part of it: a box over it would hide the code.
    lead = _LEAD_CODE.match(text, s, e)
    if lead is not None:
        s = lead.end()
    if e > s and text[e - 1] not in ".!?;:)\"'":
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", text[s:e])]
        i, j = 0, len(words)
        while i < j - 1 and _EDGE_CODE.fullmatch(text[s + words[i][0] : s + words[i][1]]):
            i += 1
        while j - 1 > i and _EDGE_CODE.fullmatch(text[s + words[j - 1][0] : s + words[j - 1][1]]):
            j -= 1
        if words:
            s, e = s + words[i][0], s + words[j - 1][1]
    return s, e


def split_units(text: str) -> list[Unit]:
    """Clauses of a page text, in order; offsets index ``text`` and may span line breaks."""
    pieces: list[tuple[int, int, int]] = []
    for bs, be in _blocks(text):
        for ss, se in _sentences(text, bs, be):
            sent = len(pieces)
            cut = ss
            for m in _CLAUSE_BREAK.finditer(text, ss, se):
                if _words(text[cut : m.start()]) < _MIN_CLAUSE_WORDS or _words(text[m.end() : se]) < _MIN_CLAUSE_WORDS:
                    continue
                pieces.append((cut, m.start() + (1 if text[m.start()] == ";" else 0), sent))
                cut = m.end()
            pieces.append((cut, se, sent))
    units: list[Unit] = []
    for ps, pe, sent in pieces:
        spans = [(ps, pe)]
        if pe - ps > MAX_UNIT:  # no punctuation for a long stretch: fall back to its lines
            cuts = [ps] + [m.end() for m in re.finditer(r"\n", text[ps:pe])]
            spans = [(a, b - (1 if text[b - 1] == "\n" else 0)) for a, b in zip(cuts, cuts[1:] + [pe])]
        for a, b in spans:
            a, b = trim_span(text, a, b)
            if b > a and sum(c.isalpha() for c in text[a:b]) >= 4:
                units.append(Unit(a, b, sent))
    return units


# --------------------------------------------------------------------------- cue features
def _rx(*alts: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


# Cue kinds: appended to the clause as tokens the model weighs, and named in explanations.
_BODY = (
    r"(?:het college|de raad|het kabinet|de minister|de staatssecretaris|gedeputeerde staten|het (?:dagelijks |algemeen )?bestuur|"
    r"de gemeente|de provincie|het ministerie|wij|we|de gemeenteraad|de burgemeester|de wethouder|de commissie|de inspectie|"
    r"de raad van state|de directie|de toezichthouder|het waterschap|de staten|de rechter)"
)
# A body mentioned later in the clause is an object ("ik vind de brief aan de minister te stellig"):
# the model sees one token for it, so the words of "De minister vindt ..." do not count against it.
_BODY_LATER = re.compile(r"(?<=\S )" + _BODY + r"(?!\w)")
CUES: dict[str, re.Pattern[str]] = {
    "condition": re.compile(r"(?<![\w-])(?:" + CONDITION + r")(?![\w-])", re.IGNORECASE),
    "care": re.compile(
        "|".join(f"(?:{p.replace('?P<v>', '?:')})" for p in PHRASES)
        + r"|(?<!\w)(?:opgenomen|opname|\w*ziekenhuis\w*|\w*kliniek\w*|ggz|behandeld|behandelaar\w*|"
        r"behandeling\s+(?:bij|van|voor|in)|\w+behandeling|\w*therap\w*|\w*arts(?:en)?\w*|specialist|onder\s+controle|"
        r"(?:hart(?!elijk)|long|nier|lever|darm|hersen|kaak|rug|nek|knie|heup|schouder|kuit|gebit)\w{3,}|\w*psycholo\w*|psychiat\w*|"
        r"\w*medicatie|\w*medicijn\w*|medisch\w*|geopereerd|"
        r"\w*(?<!herstel)(?<!reddings)(?<!politie)(?<!bouw)(?<!sloop)(?<!zoek)(?<!actie)(?<!militaire)operatie\w*|ingreep|revalid\w*|fysio\w*|thuiszorg|"
        r"wijkverpleg\w*|verpleeg\w*|spoedeisende|intensive|diagnose|gediagnosticeerd|voorgeschreven|slikt|"
        r"wachtlijst|verwijsbrief|\w+kuur|pijnstillers?|insuline|chemo\w*|\w*amputatie|\w*prothese|\w*transplantatie|"
        r"\w*implantaat|bloedonderzoek|mri|ct-scan|\w*scopie)(?!\w)",
        re.IGNORECASE,
    ),
    "sick leave": _rx(
        r"ziek\w*", r"verzuim\w*", r"arbeidsongeschikt\w*", r"hersteld\w*", r"herstel\w*", r"uitgevallen",
        r"uitval", r"belastbaar\w*", r"re-?integratie\w*", r"arbeidstherapeutisch\w*", r"terugval", r"wia",
        r"ziektewet", r"inzetbaar",
    ),
    "pregnancy": _rx(r"\w*zwanger\w*", r"bevall\w*", r"bevallen", r"miskraam", r"uitgerekend", r"in verwachting"),
    "injury": _rx(
        r"gebroken", r"gevallen", r"\w*letsel", r"gewond", r"gekneusd", r"hersenschudding", r"gehecht", r"gips",
        r"\w*blessure", r"ongeval", r"ongeluk", r"val", r"mishandel\w*", r"\w*beschadiging", r"gehoor\w*",
        r"gescheurd\w*", r"bezeerd", r"verstuikt", r"verrekt", r"\w*spier\w*", r"gewricht\w*",
    ),
    "care need": _rx(
        r"zelfstandig", r"douchen", r"aankleden", r"uitkleden", r"wassen", r"toilet\w*", r"verzorging", r"verzorgen",
        r"rollator", r"rolstoel\w*", r"scootmobiel", r"traplift", r"tillift", r"hulpmiddel\w*", r"mantelzorg\w*",
        r"wlz", r"indicatie", r"beperking\w*", r"ondersteuningsbehoefte", r"afhankelijk", r"toezicht", r"traplopen",
        r"bedlegerig", r"gehoorapparaat", r"urgentie\w*", r"woningaanpassing\w*", r"douchestoel",
    ),
    "mental": _rx(
        r"somber\w*", r"suïcid\w*", r"suicid\w*", r"psychisch\w*", r"psychiatrisch\w*", r"verslaaf\w*", r"verslaving\w*",
        r"angst\w*", r"trauma\w*", r"nachtmerries", r"overprikkeld", r"drinkt", r"cannabis", r"drugs", r"afgevallen",
        r"slaapt", r"slaap slecht", r"slapeloos\w*", r"vergeetachtig", r"kwetsbaar", r"iq", r"paniek\w*", r"stress",
        r"uitgeput", r"problematiek",
    ),
    "person": _rx(
        r"hij", r"zij", r"ze", r"zijn", r"haar", r"hem", r"u", r"uw", r"ik", r"mijn", r"me", r"mij", r"mezelf",
        r"mevrouw", r"mevr\.?", r"mw\.?", r"meneer", r"de heer", r"dhr\.?", r"betrokkene", r"cliënt", r"client",
        r"medewerker", r"werknemer", r"collega", r"moeder", r"vader", r"zoon", r"dochter", r"partner",
        r"echtgeno\w+", r"kind", r"jongere", r"aanvrager", r"bewoner", r"patiënt",
    ),
    "first-person opinion": _rx(
        r"ik vind", r"vind ik", r"persoonlijk\w*", r"mijn inschatting", r"naar mijn (?:mening|idee|oordeel|gevoel)",
        r"als je het mij vraagt", r"wat mij betreft", r"mijns inziens", r"volgens mij", r"ik denk", r"denk ik",
        r"ik zou", r"zou ik", r"lijkt (?:mij|me)", r"mij lijkt", r"ik ben (?:geen |er geen )?voorstander",
        r"mijn advies", r"ik adviseer", r"ik ben bang", r"ik maak me zorgen", r"mijn voorkeur", r"ik ben van mening",
        r"ik twijfel", r"mijn twijfels", r"ik geloof", r"ik sta (?:niet )?achter", r"ik kan me (?:niet )?vinden",
        r"eerlijk gezegd", r"ik neig", r"mijn gevoel", r"ik zie (?:meer|weinig|niets)", r"ik vond", r"vond ik",
    ),
    "reported opinion": _rx(
        r"vindt", r"vinden", r"vond", r"vonden", r"is van mening", r"zijn van mening", r"pleit\w*", r"adviseert",
        r"adviseerde", r"betwijfelt", r"vreest", r"zou liever", r"is (?:geen |er geen )?voorstander", r"zet vraagtekens",
        r"naar (?:het |zijn |haar |hun )?(?:oordeel|idee|mening|inschatting|gevoel)", r"(?:zijn|haar|hun) inschatting",
        r"in de ogen van", r"is kritisch", r"waarschuwt", r"denkt", r"dacht", r"stelt voor", r"stelde voor",
        r"heeft (?:er )?weinig vertrouwen", r"volgens \w+",
    ),
    "evaluative": _rx(
        r"beter", r"verstandig\w*", r"onverstandig\w*", r"voorkeur", r"wenselijk\w*", r"onwenselijk\w*",
        r"te (?:optimistisch|pessimistisch|duur|riskant|snel|laat|vroeg|zwaar|ruim|krap|stellig|voorzichtig|vrijblijvend)",
        r"zou(?:den)? moeten", r"moeten we", r"verdient", r"zinvol", r"haalbaar", r"onhaalbaar", r"terecht", r"onterecht",
        r"jammer", r"zonde", r"slim", r"risico\w*", r"kwetsbaar", r"disproportioneel", r"onevenredig", r"(?:on)?redelijk",
        r"(?:on)?verantwoord", r"overdreven", r"naïef", r"ongelukkig", r"twijfelachtig", r"kans van slagen",
    ),
    "reporting verb": _rx(r"merkt\w*", r"merkte", r"geeft aan", r"gaf aan", r"zegt", r"zei", r"stelt", r"meldt", r"vertelt", r"vertelde"),
    # A body as the subject (the clause starts with it): "De minister vindt ..." is the official
    # position; "ik vind dat de minister ..." is not.
    # ... or an office holder quoted in their role ("..., zegt wethouder X", "aldus de burgemeester").
    "official body": re.compile(
        r"^\W*(?:(?:ook|volgens|namens|daarom|dus)\s+)?" + _BODY + r"(?!\w)"
        r"|(?<!\w)(?:zegt|zei|aldus|volgens|stelt|licht)\s+(?:de\s+)?(?:wethouder|burgemeester|minister|staatssecretaris|"
        r"gedeputeerde|dijkgraaf|commissaris van de koning|voorzitter)(?!\w)",
        re.IGNORECASE,
    ),
    "decision": _rx(
        r"besluit\w*", r"besloten", r"stemt in", r"ingestemd", r"afgesproken", r"actie", r"vastgesteld", r"stelt \w+ vast",
        r"conclusie", r"zegt toe", r"toegezegd",
    ),
    "prognosis": _rx(r"naar verwachting", r"verwacht\w*", r"prognose", r"raming", r"planning"),
    "amount or date": re.compile(r"€|\d"),
    "negation": _rx(r"geen", r"niet", r"niemand", r"nooit"),
}
HEALTH_CUES = ("condition", "care", "sick leave", "pregnancy", "injury", "care need", "mental")
OPINION_CUES = ("first-person opinion", "reported opinion", "evaluative")
_CUE_TOKEN = {k: "xx" + re.sub(r"\W", "", k) for k in CUES}
_TITLE_WORD = re.compile(r"(?<=[\w,;:)] )[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")


@functools.lru_cache(maxsize=16384)
def cue_kinds(clause: str) -> tuple[str, ...]:
    """The cue kinds present in a clause (feature names; never the matched text).

    Remembered: the detector asks again about the clauses it reports, and repeated clauses
    (letterheads, standard paragraphs) recur across a bundle's pages."""
    flat = re.sub(r"\s+", " ", clause)  # "wat mij\nbetreft" wraps over two lines
    return tuple(k for k, rx in CUES.items() if rx.search(flat))


def featurize(clause: str) -> str:
    """The classifier's input: the clause lowercased, digits as 0, capitalised words inside the
    sentence as ``xxname`` (names should not be features), then the cue tokens and two
    conjunctions a bag of words cannot form itself (health cue + person, opinion cue without
    an official body)."""
    t = _TITLE_WORD.sub("xxname", clause.replace("\n", " "))
    t = _BODY_LATER.sub("xxbodyobj", re.sub(r"\d", "0", t.lower()))
    kinds = cue_kinds(clause)
    toks = [_CUE_TOKEN[k] for k in kinds]
    if "person" in kinds and any(k in kinds for k in HEALTH_CUES):
        toks.append("xxhealthperson")
    if "official body" not in kinds and any(k in kinds for k in (*OPINION_CUES, "evaluative")):
        toks.append("xxopinionnobody")
    return t + " | " + " ".join(toks)


# --------------------------------------------------------------------------- model
def default_model_path() -> Path | None:
    """The shipped model's folder, found by package name like the NER model (``woo_redact_models``)."""
    from .ner import shipped_models

    return shipped_models().get(MODEL_NAME)


@functools.lru_cache(maxsize=2)
def load_statement_model(name: str = "default") -> Any:
    """Load the statement classifier (a path or ``"default"``), once per process, offline."""
    import spacy

    path = default_model_path() if name == "default" else Path(name).expanduser()
    if path is None or not (path / "meta.json").is_file():
        raise ModelNotFoundError(
            f"the statement model ({MODEL_NAME}: health data and policy opinions) is missing"
            + (f" at {path}" if path is not None else " from this installation")
            + "; reinstall woo-redact from its wheel (the models ship inside it) or run `pip install -e .` in a full "
            "checkout, or retrain it with training/statements/train.py; to run without it on purpose, set "
            '[rules] disabled = ["statements.health", "statements.opinion"] in your policy'
        )
    return spacy.load(path)


def _platt(p: float, ab: Sequence[float]) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    z = ab[0] * math.log(p / (1 - p)) + ab[1]
    return 1.0 / (1.0 + math.exp(-z))


class StatementDetector:
    """HEALTH and POLICY_OPINION statements, one detection per clause, batched over pages."""

    name = "woo.statements"

    def __init__(self, nlp: Any, batch_size: int = 256, labels: Sequence[str] = (HEALTH_LABEL, OPINION_LABEL)) -> None:
        """``labels``: which statements to report (a policy switches either off by rule name,
        ``statements.health`` / ``statements.opinion``)."""
        self._nlp = nlp
        self._labels = frozenset(labels)
        self._batch_size = batch_size
        meta = getattr(nlp, "meta", {}) or {}
        self.version = f"{meta.get('name', 'model')}@{meta.get('version', '0')}"
        self._calibration: dict[str, list[float]] = dict(meta.get("woo_calibration", {}))
        model_labels = set(nlp.get_pipe("textcat_multilabel").labels) if "textcat_multilabel" in nlp.pipe_names else set()
        if not {HEALTH_LABEL, OPINION_LABEL} <= model_labels:
            raise ModelNotFoundError(f"{self.version} is not a statement model (labels {sorted(model_labels)})")

    def score_clauses(self, clauses: Sequence[str]) -> list[dict[str, float]]:
        """Calibrated probability per label for each clause."""
        feats = [featurize(c) for c in clauses]
        out: list[dict[str, float]] = []
        for doc in self._nlp.pipe(feats, batch_size=self._batch_size):
            out.append({
                lab: _platt(doc.cats.get(lab, 0.0), self._calibration.get(lab, (1.0, 0.0)))
                for lab in (HEALTH_LABEL, OPINION_LABEL)
            })  # fmt: skip
        return out

    def detect_batch(self, texts: Sequence[str]) -> list[list[Detection]]:
        units = [split_units(t) for t in texts]
        flat = [(i, u) for i, us in enumerate(units) for u in us]
        scores = self.score_clauses([texts[i][u.start : u.end] for i, u in flat])
        out: list[list[Detection]] = [[] for _ in texts]
        k = 0
        while k < len(flat):
            i, u = flat[k]
            sc = scores[k]
            label = max(sc, key=lambda lab: sc[lab])
            p = sc[label]
            k += 1
            if label not in self._labels or p < MIN_SCORE[label]:
                continue
            kinds = cue_kinds(texts[i][u.start : u.end])
            if not any(c in kinds for c in (HEALTH_CUES if label == HEALTH_LABEL else OPINION_CUES)):
                if p < 0.5:
                    continue  # the review band needs a cue: wording alone that unsure is noise for a reviewer
                p = min(p, NO_CUE_CAP)  # wording alone is proposed for review, never redacted
            end = u.end
            # A clause of the same sentence after ";" or ", maar" without facts of its own is the
            # statement's reason ("ik zou wachten; dat roept vragen op"): one box for both.
            while k < len(flat) and flat[k][0] == i and flat[k][1].sentence == u.sentence and not _has_fact(texts[i], flat[k][1]):
                end = flat[k][1].end
                k += 1
            named = [c for c in cue_kinds(texts[i][u.start : end]) if c in (HEALTH_CUES if label == HEALTH_LABEL else OPINION_CUES)]
            why = f"{_LABEL_TEXT[label]} (clause classifier p={p:.2f}; cues: {', '.join(named) or 'none, wording only'})"
            out[i].append(Detection(u.start, end, _ENTITY[label], round(p, 4), _DETECTOR[label], why))
        return out


_FACT_CUES = ("amount or date", "decision", "prognosis", "official body")


def _has_fact(text: str, u: Unit) -> bool:
    kinds = cue_kinds(text[u.start : u.end])
    return any(c in kinds for c in _FACT_CUES)
