"""Name evidence: which redacted mentions may seed a person, and which forms of a name may spread.

Bundle consistency is the strongest tool we have for recall and, fed a wrong span, the worst
source of over-redaction: one heading word taken for a name used to be split into single-word
"variants" (``aan``, ``Een``, ``gemeente``) and boxed in every document. So:

- only a mention with real name evidence seeds a person (:func:`is_seed`): a strong cue of the
  name detector or the layout, or a known first name, a listed family name that is not an
  ordinary word, or initials with a capitalised word;
- a form of the name spreads only in name case (``Jansen``/``JANSEN``, never ``jansen``), and a
  single word only when it is itself name-like (:func:`single_word_may_spread`);
- across documents only multi-word forms spread (:func:`multiword`).
"""

from __future__ import annotations

import functools
import re

from ..detect import gazetteer as gz
from ..types import Decision, Finding
from .rules import is_weak

# A word at least this frequent in Dutch text (Zipf 4.5 ≈ 30 per million words) is an
# ordinary word even when someone somewhere carries it as a family name.
ORDINARY_ZIPF = 4.5
# A family name that is also an ordinary word spreads alone only when this many people carry it.
COMMON_SURNAME_BEARERS = 5000
# At or above this in English a word rare in Dutch is English ("Notification"), not a name.
ENGLISH_ZIPF = 3.5
# An unlisted capitalised word this frequent in English is an English word, not a rare name.
UNLISTED_ENGLISH_ZIPF = 2.5
# Words this frequent (aan, bij, een, wanneer, groot) never stand alone for a person.
FUNCTION_ZIPF = 5.5
# Below this a capitalised word is rare enough to be an unlisted name.
RARE_ZIPF = 3.0
# The family-name lists hold many words of ordinary text ("Motie", "Venster", "Tip"): a listed
# family name that is a Dutch dictionary word is evidence of a name only when many people carry
# it ("Bakker", "Visser").
WORD_SURNAME_BEARERS = 500
# A page whose words are this often no word of any language is OCR noise ("Reduliere Cnbekend").
# Typed Dutch text, compounds and abbreviations included, stays under 0.15 (woo_dev, woo_wide and
# all but a handful of the published pages); OCR of dashboards and bad scans reads 0.2 to 0.4.
NOISY_TEXT_SHARE = 0.20

_INITIAL = re.compile(r"^(?:[A-Z][a-z]?\.){1,5}$")
# "Family name, initials particles": how registers and address lists sort people. A word before a
# comma with initials after it is a name whatever the word ("Veld", "Dijk", "Haar-Molenaar").
_INVERTED = re.compile(
    r"^[A-ZÀ-Ý][a-zß-ÿ'’]+(?:-[A-ZÀ-Ý]?[a-zß-ÿ'’]+)*,\s*(?:[A-Z][a-z]?\.\s?){1,5}"
    r"(?:\s*(?:van|de|der|den|ter|ten|te|in|op|'t|’t|el|al|la|le|du|da|dos))*$"
)
_PARTICLES = frozenset({"van", "de", "der", "den", "het", "t", "'t", "te", "ten", "ter", "in", "op", "aan", "el", "al", "bin", "la", "le", "du", "da", "dos", "di", "von", "zu"})


@functools.lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    from ..detect.plausibility import _zipf

    return _zipf(word)


@functools.lru_cache(maxsize=65536)
def zipf_en(word: str) -> float:
    from ..detect.plausibility import _zipf_en

    return _zipf_en(word)


@functools.lru_cache(maxsize=65536)
def is_ordinary_word(word: str) -> bool:
    """A word of ordinary Dutch (or English) text, whatever the name lists say."""
    w = word.strip(".,;:()'\"’")
    if not w:
        return True
    if "-" in w.strip("-"):  # "Laag-Laag", "Noord-Holland": ordinary when every part is
        return all(is_ordinary_word(p) for p in w.split("-") if p)
    if gz.is_common_word(w):
        return True
    return zipf(w) >= ORDINARY_ZIPF and not gz.is_first_name(w)


def _is_acronym(word: str) -> bool:
    """"RES", "GSB", "ESMA": capitals that are no listed name written in capitals ("BAKKER")."""
    core = word.strip(".,;:()'\"’")
    if not core.isupper():
        return False
    return len(core) <= 4 or not (gz.is_first_name(core) or gz.surname_score(core) >= 0.3)


def _name_cased(word: str) -> bool:
    core = word.strip(".,;:()'\"’-")
    return bool(core) and core[0].isupper() and (core[1:].islower() or core.isupper() or "-" in core or "'" in core or "’" in core)


@functools.lru_cache(maxsize=65536)
def lexical_evidence(name: str) -> bool:
    """The words of ``name`` themselves say it is a person's name."""
    from ..detect.plausibility import why_implausible

    if _INVERTED.match(name.strip()):
        return True  # "Veld, H.L.G. in 't", "Dijk-Smits, P. van": the sorted form of a register
    if why_implausible(name) is not None:
        return False  # an organisation word, a law, a street, an acronym, digits ...
    toks = [t for t in re.split(r"[\s,]+", name) if t]
    content = [t for t in toks if t.casefold() not in _PARTICLES]
    if not content:
        return False
    has_initials = any(_INITIAL.match(t) for t in content)
    words = [t for t in content if not _INITIAL.match(t)]
    if not words or not all(_name_cased(w) for w in words):
        return False
    if not has_initials and any(_is_acronym(w) for w in words) and not all(w.isupper() for w in words):
        # "Coron GAL HOR", "Amme EEEN": capitals beside a name-cased word are acronyms or the OCR
        # of a black box, no part of a name; a name in capitals is capitals throughout.
        words = [w for w in words if not _is_acronym(w)]
        content = words
    if has_initials:
        # "J. Bakker" is a person; "A. Aanpak Abacus", "B.⇥Beoordeling" number a list: the word
        # right after the initials must itself be family-name-like.
        if re.match(r"^\s*[A-Z]\.\t", name):
            return False
        after = [t for t in content if not _INITIAL.match(t)]
        return bool(after) and _surname_like(after[0])
    for i, w in enumerate(words):
        core = w.strip(".,;:()'\"’")
        if _is_acronym(core) or _not_a_name(core):
            continue
        if gz.is_first_name(core) and not is_ordinary_word(core):
            return True
        # A listed family name counts where a family name stands: last, or before a comma.
        last = i == len(words) - 1 or "," in name.split(core, 1)[-1][:2]
        if last and gz.surname_score(core) >= 0.7 and not is_ordinary_word(core) and surname_not_a_word(core):
            return True
    # A listed family name beside an unlisted first name ("Kartini Bakker", "Wulan Visser").
    if len(words) >= 2 and any(_surname_like(w) for w in words[1:]) and _first_name_like(words[0]):
        return True
    # Two or more rare capitalised words: an unlisted name of any origin ("Tjon Kiem Sang").
    return len(words) >= 2 and all(_unlisted_name_like(w.strip(".,;:()")) for w in words)


@functools.lru_cache(maxsize=65536)
def _unlisted_name_like(word: str) -> bool:
    """A capitalised word on no list that may be a name: rare in Dutch and English, not an
    acronym, a place or a body, and not a Dutch compound of two ordinary words
    ("Netwerkverkeer", "Testafnames")."""
    if "-" in word.strip("-"):  # "Privacy-Preserving" is two English words; "Tjon-A-Fong" a name
        parts = [p for p in word.split("-") if len(p) > 1]
        return bool(parts) and all(_unlisted_name_like(p) for p in parts)
    if _is_acronym(word) or _not_a_name(word) or zipf(word) >= RARE_ZIPF or zipf_en(word) >= ENGLISH_ZIPF:
        return False
    if gz.is_first_name(word) or gz.surname_score(word) >= 0.3:
        return True
    # On no list: a word of English text ("Proximity", "Decentralized") is no name of any origin.
    return zipf_en(word) < UNLISTED_ENGLISH_ZIPF and not _compound(word)


def _compound(word: str) -> bool:
    w = word.casefold()
    if len(w) < 9:
        return False
    # A frequent word as its tail ("…verkeer", "…systeem") after a word or a long head.
    return any(zipf(w[i:]) >= 4.0 and (zipf(w[:i]) >= 3.0 or len(w) - i >= 6) for i in range(3, len(w) - 3))


# A capitalised word at least this frequent in Dutch (or in English) text is a word of the language.
KNOWN_WORD_ZIPF = 2.0
KNOWN_ENGLISH_ZIPF = 3.0


@functools.lru_cache(maxsize=65536)
def only_known_words(text: str) -> bool:
    """Every word is a word of Dutch or English text, a Dutch compound, a place or a body, and
    none is on a name list: "Telemetrie", "Systeemtoezicht", "A. Beschrijving", "Recital"."""
    toks = [t.strip(".,;:()'\"’‘“”") for t in re.split(r"\s+", text) if t]
    content = [t for t in toks if t and t.casefold() not in _PARTICLES and not _INITIAL.match(t + ".") and not _INITIAL.match(t)]
    if not content:
        return False
    for w in content:
        parts = [p for p in w.split("-") if p] if "-" in w.strip("-") else [w]
        for p in parts:
            if (gz.is_first_name(p) and not is_ordinary_word(p)) or (gz.is_surname(p) and surname_not_a_word(p)):
                return False  # a name ("Kees", "Visser", "Rienstra"), not a word that is also one ("Venster", "Sport")
            if gz.is_dutch_first_name(p):
                return False  # "Bas", "Roos", "Mark": first names given here, words or not
            if len(parts) > 1 and _is_acronym(p):
                continue  # "EDPB-guidelines", "OV-chipkaart": an acronym joined to a word
            if not (zipf(p) >= KNOWN_WORD_ZIPF or zipf_en(p) >= KNOWN_ENGLISH_ZIPF or _compound(p) or _not_a_name(p)
                    or (len(p) >= 8 and zipf_neighbours(p) >= KNOWN_NEIGHBOUR_ZIPF)):
                return False
    return True


# A common German or French word of eight letters or more ("Datenschutz", "Bundesamt"): family
# names of those languages are shorter or on the lists ("Müller" is a word too, and stays a name).
KNOWN_NEIGHBOUR_ZIPF = 3.5


@functools.lru_cache(maxsize=65536)
def zipf_neighbours(word: str) -> float:
    """How common ``word`` is in German or French text (Woo releases quote both)."""
    from wordfreq import zipf_frequency

    w = word.lower()
    return float(max(zipf_frequency(w, "de"), zipf_frequency(w, "fr")))


def is_seed(d: Decision) -> bool:
    """May this redacted person spread to other forms of the name and other documents?"""
    f: Finding = d.finding
    if f.detector in ("woo.consistency", "woo.propagate"):
        return False
    if not is_weak(f) and not f.detector.startswith("woo.ner"):
        return True  # a strong cue: e-mail header, salutation, title, signature, layout field
    return lexical_evidence(f.text)


def first_name_or_initials(name: str) -> bool:
    """The strongest words of a name: a listed first name (not also an ordinary word), initials
    before a word, or the sorted register form. Two places or a body of rare words ("Ommen-
    Hardenberg", "Landkreis Grafschaft Bentheim") may look like family names; these do not."""
    if _INVERTED.match(name.strip()):
        return True
    toks = [t.strip(".,;:()'\"’") for t in re.split(r"[\s,\-]+", name) if t]
    if any(_INITIAL.match(t + ".") for t in toks[:-1]) and re.search(r"\b(?:[A-Z]\.\s*)+\S", name):
        return True
    return any(gz.is_first_name(t) and not is_ordinary_word(t) for t in toks if t and t.casefold() not in _PARTICLES)


def names_someone(f: Finding) -> bool:
    """Is this person finding evidence that someone is named here — for the rules that ask
    whether a statement or a mailbox is about a person? The model's guesses on headings, laws
    and acronyms ("DPIA", "Wpg", "Het OMT") are not; a strong cue or a name's own words are."""
    return not is_weak(f) or lexical_evidence(f.text)


def multiword(variant: str) -> bool:
    """A form that names a person on its own across documents: two words, initials with a
    family name, or a family name rare enough to be nobody else's ("Nuijten", not "Bakker",
    never a first name alone)."""
    v = variant.strip()
    if " " in v or re.match(r"^(?:[A-Z][a-z]?\.)+\s*\S", v):
        return True
    core = v.strip(".,;:()'\"’")
    return (
        len(core) >= 4
        and _name_cased(core)
        and not core.isupper()
        and not gz.is_first_name(core)
        and not is_ordinary_word(core)
        and not _not_a_name(core)
        and (gz.surname_score(core) >= 0.7 or zipf(core) < RARE_ZIPF)
    )


@functools.lru_cache(maxsize=65536)
def variant_may_spread(variant: str) -> bool:
    """Name case, and every capitalised word of a multi-word form looks like part of a name."""
    words = [w for w in re.split(r"[\s,]+", variant) if w and w.casefold() not in _PARTICLES and not _INITIAL.match(w)]
    if not words or not all(_name_cased(w) for w in words):
        return False  # "gemeente", "aan": a lowercase core is no name
    if len(words) == 1:
        if len(variant.split()) > 1:  # "van der Sluis", "K. Bakker": a particle or initials make a family name
            return not _is_acronym(words[0]) and _surname_like(words[0])
        return single_word_may_spread(words[0])
    return not all(is_ordinary_word(w) for w in words)


@functools.lru_cache(maxsize=65536)
def single_word_may_spread(word: str) -> bool:
    """A bare first name or family name spreads only when it is name-like on its own."""
    core = word.strip(".,;:()'\"’")
    if len(core) < 3 or not _name_cased(core) or zipf(core) >= FUNCTION_ZIPF:
        return False
    if _is_acronym(core) or _not_a_name(core.capitalize() if core.isupper() else core):
        return False
    if is_ordinary_word(core):
        # "Bakker" next to "Kees Bakker" is the person; "Laag" next to "Laag-Laag" is not.
        return gz.top_surnames().get(core.casefold(), 0) >= COMMON_SURNAME_BEARERS
    if gz.is_first_name(core) or (gz.surname_score(core) >= 0.3 and surname_not_a_word(core)):
        return True
    return zipf(core) < RARE_ZIPF


@functools.lru_cache(maxsize=65536)
def surname_not_a_word(word: str) -> bool:
    """A listed family name that is no word of the Dutch dictionary ("Zhang", "Rienstra"), or one
    many people carry ("Bakker", "Visser"). Dictionary, not frequency: wordfreq counts a name's
    uses too ("Zhang" is frequent in Dutch news)."""
    core = word.strip(".,;:()'\"’")
    if gz.top_surnames().get(core.casefold(), 0) >= WORD_SURNAME_BEARERS:
        return True
    return not gz.is_word_surname(core) and zipf(core) < ORDINARY_ZIPF


_NOISE_TOKEN = re.compile(r"(?<![\w@.])[A-Za-zÀ-ÿ]{3,}(?![\w@])")  # whole words: "mvdveen8" is an ID, not noise


@functools.lru_cache(maxsize=256)
def text_noise(page_text: str) -> float:
    """Share of a page's words that are no word of Dutch or English and on no name list: near 0
    for typed text (Dutch compounds included), 0.3 and more for OCR of a chart or a bad scan."""
    toks = _NOISE_TOKEN.findall(page_text)
    if len(toks) < 30:
        return 0.0

    def unknown(w: str) -> bool:
        if zipf(w) >= 1.5 or zipf_en(w) >= 1.5 or gz.is_first_name(w) or gz.surname_score(w) >= 0.3:
            return False
        return not (_compound(w) or _compound_of_two(w.casefold()))

    return sum(map(unknown, toks)) / len(toks)


@functools.lru_cache(maxsize=65536)
def _compound_of_two(w: str) -> bool:
    """"uploadfunctionaliteit", "loggingvoorzieningen": two words of the language glued, as Dutch
    writes compounds (with a linking s or e allowed)."""
    if len(w) < 8:
        return False
    for i in range(3, len(w) - 3):
        head, tail = w[:i], w[i:]
        if zipf(tail) >= 2.5 or zipf_en(tail) >= 3.0:
            h = head[:-1] if head.endswith(("s", "e")) and len(head) > 4 else head
            if zipf(head) >= 2.5 or zipf(h) >= 2.5 or zipf_en(head) >= 3.0:
                return True
    return False


def is_noisy_text(page_text: str) -> bool:
    """OCR noise: a capitalised string there is no evidence of a name, whatever the lists say."""
    return text_noise(page_text) >= NOISY_TEXT_SHARE


_EN = frozenset(["the", "and", "of", "to", "is", "in", "for", "that", "with", "are", "be", "this", "which", "on", "as", "by", "from", "it", "not", "have", "has", "was", "will", "can"])
_NL = frozenset(["de", "het", "een", "en", "van", "is", "dat", "op", "te", "voor", "met", "zijn", "niet", "die", "wordt", "worden", "aan", "bij", "ook", "als", "naar", "om"])


@functools.lru_cache(maxsize=256)
def page_is_english(page_text: str) -> bool:
    """Most function words on the page are English: capitalised words there are no Dutch names."""
    words = re.findall(r"[a-z]+", page_text.lower())
    en = sum(w in _EN for w in words)
    nl = sum(w in _NL for w in words)
    return en >= 20 and en > 2 * nl


def _first_name_like(word: str) -> bool:
    """A listed first name, or a capitalised word on no list that may be a name (an unlisted one)."""
    core = word.strip(".,;:()'\"’")
    return (gz.is_first_name(core) and not _is_acronym(core)) or _unlisted_name_like(core)


def _surname_like(word: str) -> bool:
    """After initials: a listed family name, a rare word, or a very common surname ("Bakker")."""
    core = word.strip(".,;:()'\"’")
    if is_ordinary_word(core):
        return gz.top_surnames().get(core.casefold(), 0) >= COMMON_SURNAME_BEARERS
    return gz.surname_score(core) >= 0.3 or zipf(core) < RARE_ZIPF


def _not_a_name(word: str) -> bool:
    """A place, an organisation or a law by the shipped registers, when they are installed."""
    from .knowledge import not_a_person_word

    return not_a_person_word(word)
