#!/usr/bin/env python3
"""Build the shipped register of Dutch public organisations, places and law titles.

Why: the person model must know what is *not* a person and which contact data belongs to an
organisation (switchboard, visiting and postal address, mail domain), so that it stays readable.
Everything here comes from public open data, pinned to a commit, plus short project-authored
lists (parties, EU bodies, recent ministries) written from general knowledge. Output is
deterministic. Run from the repository root::

    python scripts/build_organisations.py [--oo-repo DIR] [--places-repo DIR] [--laws-repo DIR]

Inputs (git directories as brought in by the search tool's ``fetch``; read at a pinned commit):

* ``R0m4ndu/Stage-Woo-Organisaties`` ``Woo-Organisaties-Code/Files/Json/Organisaties/alle_organisaties.json``
  — a JSON transcription of the government organisation register export
  (organisaties.overheid.nl ``exportOO.xml``, retrieved 2023-07-03; the register is CC0);
* ``etjanssens/provinciequiz`` ``woonplaatsen.csv`` — BAG woonplaatsen with municipality and
  province (BAG, Kadaster: CC0);
* ``statengeneraal/laws-markdown`` — one folder per regulation of the Basiswettenbestand, named
  after its citation title (Dutch legislation is not subject to copyright, Auteurswet art. 11).

Outputs in ``src/woo_redact/data/organisations/``: ``organisations.json.gz``,
``places.txt.gz`` (``name<TAB>kind``), ``laws.txt.gz`` (one title per line).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "woo_redact" / "data" / "organisations"
MIRROR = Path("/work/.mirror")

OO_COMMIT = "4c48bf612a45446efd9b2f045ebb229d70c87dd4"
OO_PATH = "Woo-Organisaties-Code/Files/Json/Organisaties/alle_organisaties.json"
PLACES_COMMIT = "221652f9884b4ba5ea274cfe5dc216fcee22a7c8"
LAWS_COMMIT = "91556a80a25a3da4234c8039945c6aeef4108d00"

# Register type -> our kind (see woo_redact.detect.organisations.OrgKind).
KIND = {
    "Gemeente": "gemeente",
    "Provincie": "provincie",
    "Waterschap": "waterschap",
    "Ministerie": "ministerie",
    "Agentschap": "agentschap",
    "Zelfstandig bestuursorgaan": "zbo",
    "Adviescollege": "adviescollege",
    "Hoog College van Staat": "hoog_college",
    "Rechtspraak": "rechtspraak",
    "Politie en brandweer": "politie",
    "Regionaal samenwerkingsorgaan": "samenwerking",
    "Grensoverschrijdend regionaal samenwerkingsorgaan": "samenwerking",
    "Interdepartementale commissie": "adviescollege",
    "Openbaar lichaam voor beroep en bedrijf": "zbo",
    "Koepelorganisatie": "koepel",
    "Caribisch openbaar lichaam": "openbaar_lichaam",
    "Kabinet van de Koning": "hoog_college",
    "Organisatie met overheidsbemoeienis": "overig",
}
# Lower wins when two organisations share a phone number, postcode or domain.
PRIORITY = ["ministerie", "hoog_college", "rechtspraak", "provincie", "gemeente", "waterschap", "politie",
            "agentschap", "zbo", "samenwerking", "openbaar_lichaam", "adviescollege", "koepel", "partij",
            "internationaal", "overig"]

# Project-authored (EUPL-1.2): bodies missing from the 2023 extract or created later, political parties
# in parliament and councils, and EU/international bodies that Dutch government text names often.
# Format: kind | name | acronyms (comma) | aliases (semicolon) | domains (comma)
EXTRA = """
ministerie|Ministerie van Economische Zaken|EZ||
ministerie|Ministerie van Klimaat en Groene Groei|KGG||minkgg.nl
ministerie|Ministerie van Volkshuisvesting en Ruimtelijke Ordening|VRO||minvro.nl
ministerie|Ministerie van Asiel en Migratie|AenM||
ministerie|Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur|LVVN||minlvvn.nl
ministerie|Ministerie van Onderwijs, Cultuur en Wetenschap|OCW||minocw.nl
ministerie|Ministerie van Algemene Zaken|AZ||minaz.nl
ministerie|Ministerie van Buitenlandse Zaken|BZ||minbuza.nl
ministerie|Ministerie van Defensie|||mindef.nl
ministerie|Ministerie van Volksgezondheid, Welzijn en Sport|VWS||minvws.nl
ministerie|Ministerie van Binnenlandse Zaken en Koninkrijksrelaties|BZK||minbzk.nl
ministerie|Ministerie van Economische Zaken en Klimaat|EZK||minezk.nl
ministerie|Ministerie van Justitie en Veiligheid|JenV||minjenv.nl
ministerie|Ministerie van Sociale Zaken en Werkgelegenheid|SZW||minszw.nl
ministerie|Ministerie van Financiën|||minfin.nl
ministerie|Ministerie van Infrastructuur en Waterstaat|IenW||minienw.nl
ministerie|Ministerie van Landbouw, Natuur en Voedselkwaliteit|LNV||minlnv.nl
hoog_college|Rijksoverheid||het Rijk;Staat der Nederlanden;de Staat der Nederlanden|rijksoverheid.nl
agentschap|Belastingdienst|||belastingdienst.nl
agentschap|Dienst Toeslagen|||toeslagen.nl
agentschap|Douane|||
rechtspraak|Openbaar Ministerie|||om.nl
rechtspraak|De Rechtspraak||Rechtspraak|rechtspraak.nl
politie|Nationale Politie||Politie Nederland|politie.nl
politie|Koninklijke Marechaussee|KMar||
politie|Algemene Inlichtingen- en Veiligheidsdienst|AIVD||aivd.nl
politie|Militaire Inlichtingen- en Veiligheidsdienst|MIVD||
agentschap|Nationaal Coördinator Terrorismebestrijding en Veiligheid|NCTV||nctv.nl
zbo|Centraal Bureau voor de Statistiek|CBS||cbs.nl
zbo|Autoriteit Persoonsgegevens|||autoriteitpersoonsgegevens.nl
zbo|Autoriteit Financiële Markten|AFM||afm.nl
zbo|De Nederlandsche Bank|DNB|Nederlandsche Bank|dnb.nl
zbo|Kiesraad|||kiesraad.nl
zbo|Centraal Orgaan opvang asielzoekers|COA||coa.nl
zbo|Raad voor de Kinderbescherming|||kinderbescherming.nl
zbo|Uitvoeringsinstituut Werknemersverzekeringen|UWV||uwv.nl
zbo|Sociale Verzekeringsbank|SVB||svb.nl
koepel|Vereniging van Nederlandse Gemeenten|VNG||vng.nl
koepel|Interprovinciaal Overleg|IPO||ipo.nl
koepel|Unie van Waterschappen|||uvw.nl
koepel|GGD GHOR Nederland|||ggdghor.nl
partij|Volkspartij voor Vrijheid en Democratie|VVD||vvd.nl
partij|Partij voor de Vrijheid|PVV||pvv.nl
partij|Christen-Democratisch Appèl|CDA||cda.nl
partij|Democraten 66|D66||d66.nl
partij|GroenLinks|GL||groenlinks.nl
partij|Partij van de Arbeid|PvdA||pvda.nl
partij|GroenLinks-PvdA|GL-PvdA||
partij|Socialistische Partij|SP||sp.nl
partij|Partij voor de Dieren|PvdD||partijvoordedieren.nl
partij|ChristenUnie|CU||christenunie.nl
partij|Staatkundig Gereformeerde Partij|SGP||sgp.nl
partij|DENK|DENK||bewegingdenk.nl
partij|Forum voor Democratie|FvD||fvd.nl
partij|JA21|JA21||ja21.nl
partij|Volt Nederland||Volt|voltnederland.org
partij|BoerBurgerBeweging|BBB||boerburgerbeweging.nl
partij|Nieuw Sociaal Contract|NSC||
partij|50PLUS|50PLUS||50pluspartij.nl
partij|BIJ1|BIJ1||bij1.org
partij|Belang van Nederland|BVNL||
internationaal|Europese Unie|EU||europa.eu
internationaal|Europese Commissie|||ec.europa.eu
internationaal|Europees Parlement|||europarl.europa.eu
internationaal|Raad van de Europese Unie|||
internationaal|Europese Raad|||
internationaal|Hof van Justitie van de Europese Unie|HvJ EU||
internationaal|Europese Centrale Bank|ECB||ecb.europa.eu
internationaal|European Securities and Markets Authority|ESMA||esma.europa.eu
internationaal|European Banking Authority|EBA||eba.europa.eu
internationaal|European Insurance and Occupational Pensions Authority|EIOPA||
internationaal|Europol|||europol.europa.eu
internationaal|Eurojust|||eurojust.europa.eu
internationaal|Organisatie voor Economische Samenwerking en Ontwikkeling|OESO,OECD||oecd.org
internationaal|Verenigde Naties|VN||un.org
internationaal|Noord-Atlantische Verdragsorganisatie|NAVO,NATO||nato.int
internationaal|Wereldgezondheidsorganisatie|WHO||who.int
internationaal|Internationaal Monetair Fonds|IMF||imf.org
"""

# Two-letter acronyms are too often initials or codes; only these (project-chosen) are kept.
TWO_LETTER_OK = {"AZ", "BZ", "OM", "EZ", "AR", "SP", "CU", "GL", "EU", "VN"}
# Hosts that are never an organisation's own domain.
GENERIC_HOSTS = {"linkedin.com", "twitter.com", "facebook.com", "gmail.com", "hotmail.com", "outlook.com",
                 "live.nl", "ziggo.nl", "kpnmail.nl", "planet.nl", "home.nl", "xs4all.nl", "onmicrosoft.com",
                 "wikipedia.org", "google.com", "overheid.nl", "youtube.com", "instagram.com"}
# Regions that are places but not municipalities (project-authored).
EXTRA_PLACES = """
regio|Randstad
regio|Achterhoek
regio|Twente
regio|Veluwe
regio|Betuwe
regio|Gooi
regio|Het Gooi
regio|Zeeuws-Vlaanderen
regio|West-Friesland
regio|Kennemerland
regio|Haaglanden
regio|Rijnmond
regio|Waddeneilanden
regio|Noord-Nederland
regio|Oost-Nederland
regio|Zuid-Nederland
regio|West-Nederland
regio|Caribisch Nederland
regio|Nederland
gemeente|Den Haag
gemeente|'s-Gravenhage
gemeente|'s-Hertogenbosch
gemeente|Den Bosch
provincie|Friesland
provincie|Brabant
"""

V_ADDR = re.compile(r"^(?P<street>.+?)\s+(?P<num>\d+)\s*(?P<add>\S{0,6}?)\s+(?P<pc>\d{4}\s?[A-Z]{2})\s+(?P<city>.+)$")
P_ADDR = re.compile(r"^(?P<num>\d+)\s+(?P<pc>\d{4}\s?[A-Z]{2})\s+(?P<city>.+)$")


def _git_show(repo: Path, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def norm_phone(raw: str | None) -> str:
    """Digits of a Dutch phone number in national form: the runtime's own normalisation, so the
    shipped register and the lookups at run time agree by construction."""
    from woo_redact.detect.organisations import normalize_phone

    return normalize_phone(raw or "")


def _domain(value: str) -> str | None:
    value = (value or "").strip().lower().replace("\u00ad", "")
    if not value:
        return None
    if "@" in value:
        host = value.rsplit("@", 1)[1]
    else:
        host = urlsplit(value if "//" in value else "http://" + value).hostname or ""
    host = host.strip(".")
    host = host.removeprefix("www.")
    if not host or "." not in host or any(host == g or host.endswith("." + g) for g in GENERIC_HOSTS):
        return None
    return host


def _has_path(url: str) -> bool:
    parts = urlsplit(url if "//" in url else "http://" + url)
    return parts.path.strip("/") != ""


def _acronyms(raw: str, kind: str, name: str) -> tuple[list[str], list[str]]:
    """Split the register's ``afkorting`` into acronyms and (when it is a name) aliases."""
    raw = raw.strip()
    if not raw or kind in {"gemeente", "provincie"}:
        return [], []
    if " " in raw or raw.islower() or sum(c.isupper() for c in raw) < 2:
        return [], ([raw] if len(raw) > 3 and raw != name and " " in raw else [])
    if len(raw) == 2 and raw not in TWO_LETTER_OK:
        return [], []
    return [raw], []


def _register(oo_json: bytes) -> list[dict[str, object]]:
    dossiers = json.loads(oo_json)["infobox"]["foi_dossiers"]
    orgs: list[dict[str, object]] = []
    for key in sorted(dossiers, key=int):
        d = dossiers[key]
        kind = KIND.get(d["dc_type"], "overig")
        name = " ".join(d["dc_publisher_name"].split())
        if not name:
            continue
        aliases: list[str] = []
        if kind == "ministerie" and not name.startswith("Ministerie"):
            aliases.append(name)  # bare "Financiën": weak alias, never a running-text mention
            name = f"Ministerie van {name}"
        if kind == "waterschap" and not re.match(r"(Waterschap|Hoogheemraadschap|Wetterskip)\b", name):
            aliases.append(name)
            name = f"Waterschap {name}"
        if kind == "provincie":
            bare = name.removeprefix("Provincie ").strip()
            aliases += [f"Gedeputeerde Staten van {bare}", f"Provinciale Staten van {bare}"]
        if kind == "gemeente":
            bare = name.removeprefix("Gemeente ").strip()
            aliases += [f"gemeenteraad van {bare}", f"college van burgemeester en wethouders van {bare}"]
        acr, acr_alias = _acronyms(d["dc_publisher_afkorting"], kind, name)
        aliases += acr_alias
        phones = sorted({p for p in (norm_phone(d["foaf_phone"]), norm_phone(d["foi_fax"])) if len(p) >= 4})
        visit = None
        m = V_ADDR.match(" ".join(d["foi_bezoekadres"].split()))
        if m:
            visit = {"street": m["street"], "number": (m["num"] + m["add"]).replace(" ", ""),
                     "postcode": m["pc"].replace(" ", ""), "city": m["city"]}
        postal = None
        m = P_ADDR.match(" ".join(d["foi_postadres"].split()))
        if m:
            postal = {"postbus": m["num"], "postcode": m["pc"].replace(" ", ""), "city": m["city"]}
        domains = []
        for field in ("foi_website", "foaf_mbox"):
            dom = _domain(d[field])
            if dom:
                root = field == "foaf_mbox" or not _has_path(d[field])
                domains.append((dom, root))
        orgs.append({"id": d["dc_publisher"] or f"oo{key}", "kind": kind, "name": name,
                     "acronyms": acr, "aliases": aliases, "phones": phones, "visit": visit, "postal": postal,
                     "domains": sorted({dm for dm, _ in domains}),
                     "root_domains": sorted({dm for dm, root in domains if root})})
    return orgs


def _extra(orgs: list[dict[str, object]]) -> None:
    known = {str(o["name"]).casefold() for o in orgs}
    for i, line in enumerate(l for l in EXTRA.strip().splitlines() if l.strip()):
        kind, name, acr, aliases, domains = (f.strip() for f in line.split("|"))
        if name.casefold() in known:
            for o in orgs:  # enrich the register's entry with our acronyms/domains
                if str(o["name"]).casefold() == name.casefold():
                    o["acronyms"] = sorted(set(o["acronyms"]) | {a for a in acr.split(",") if a})  # type: ignore[arg-type]
                    doms = {d for d in domains.split(",") if d}
                    o["domains"] = sorted(set(o["domains"]) | doms)  # type: ignore[arg-type]
                    o["root_domains"] = sorted(set(o["root_domains"]) | doms)  # type: ignore[arg-type]
            continue
        doms = sorted(d for d in domains.split(",") if d)
        orgs.append({"id": f"extra{i:03d}", "kind": kind, "name": name,
                     "acronyms": [a for a in acr.split(",") if a], "aliases": [a for a in aliases.split(";") if a],
                     "phones": [], "visit": None, "postal": None, "domains": doms, "root_domains": doms})


_PLACE_SUFFIX = re.compile(r"\s+(?:\([A-Za-z]+\)|NH|NB|ZH|L|Gld|GLD|Dr|DR|GN|Gn|U|Ut|Ov|Fr|Z|AC|gem\s+.+)$")


def _places(csv_bytes: bytes, orgs: list[dict[str, object]]) -> list[tuple[str, str]]:
    rows = csv.DictReader(io.StringIO(csv_bytes.decode("utf-8-sig")))
    out: set[tuple[str, str]] = set()
    for row in rows:
        wp = _PLACE_SUFFIX.sub("", row["woonplaats"].strip())
        out.add((wp, "woonplaats"))
        out.add((row["gemeente"].strip(), "gemeente"))
        out.add((row["provincie"].strip(), "provincie"))
    for o in orgs:
        if o["kind"] == "gemeente":
            out.add((str(o["name"]).removeprefix("Gemeente ").strip(), "gemeente"))
        if o["kind"] == "provincie":
            out.add((str(o["name"]).removeprefix("Provincie ").strip(), "provincie"))
    for line in EXTRA_PLACES.strip().splitlines():
        kind, name = line.split("|")
        out.add((name.strip(), kind.strip()))
    return sorted(p for p in out if p[0])


def _place_words(names: set[str], wordlist: Path = Path("/usr/share/dict/dutch")) -> list[str]:
    """One-word place names whose lower-case form is a frequent ordinary Dutch word."""
    import wordfreq  # build-time only

    words = {w.strip() for w in wordlist.read_text(encoding="utf-8").splitlines() if w[:1].islower()}
    return sorted(n for n in names if " " not in n and n.lower() in words
                  and wordfreq.zipf_frequency(n.lower(), "nl") >= 3.5)


_SKIP_LAW_WORDS = {"etc", "enz", "e.d.", "c.a."}


def _laws(repo: Path) -> list[str]:
    """Citation titles from the folder names, with their capitals recovered from the document head."""
    listing = subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "-r", "-z", LAWS_COMMIT], check=True,
                             capture_output=True).stdout.decode("utf-8")
    wanted: list[tuple[str, str]] = []  # (blob sha, folder title)
    for entry in listing.split("\0"):
        if not entry.endswith("/README.md") or "\t" not in entry:
            continue
        meta, path = entry.split("\t", 1)
        parts = path.split("/")
        if len(parts) < 4 or parts[0].startswith("verdrag") or "archiefselectielijst" in parts[0]:
            continue
        words = parts[1:-2]
        if any(w.strip("()") in _SKIP_LAW_WORDS or "(" in w or ")" in w for w in words):
            continue
        wanted.append((meta.split()[2], " ".join(words)))
    titles: set[str] = set()
    proc = subprocess.Popen(["git", "--git-dir", str(repo), "cat-file", "--batch"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    assert proc.stdin and proc.stdout
    for sha, folder in wanted:
        proc.stdin.write(sha.encode() + b"\n")
        proc.stdin.flush()
        header = proc.stdout.readline().split()
        size = int(header[2])
        body = proc.stdout.read(size + 1)[:size]
        head = body[:6000].decode("utf-8", "replace")
        pattern = r"\b" + r"[\s\-]+".join(re.escape(w) for w in folder.split()) + r"\b"
        m = re.search(pattern, head, flags=re.IGNORECASE)
        title = " ".join(m.group(0).split()) if m else folder
        title = title[:1].upper() + title[1:]
        if 4 <= len(title) <= 120:
            titles.add(title)
    proc.stdin.close()
    proc.wait()
    return sorted(titles)


# One-word names that are frequent words but, capitalised, do mean the organisation.
ONE_WORD_OK = {"Politie", "Brandweer", "Douane", "Belastingdienst", "Kiesraad", "Gezondheidsraad", "Onderwijsraad",
               "Huurcommissie", "Rijkswaterstaat", "Staatsbosbeheer", "Volt"}
ACRONYM_OK = {"DENK", "OM"}
_ORG_SUFFIX = re.compile(r"(raad|dienst|autoriteit|academie|organisatie|fonds|kamer|commissie|instituut|bank|"
                         r"overheid|spraak|bedrijf|stichting|groep)$")


def _mark_weak(orgs: list[dict[str, object]]) -> None:
    """Flag one-word names and acronyms that are also ordinary words or first names.

    They still answer ``is_organisation`` for a whole span but are never matched in running text
    (``Sociaal``; ``ONS``, ``WIL``, ``ROB`` in an all-caps heading). Word frequencies from
    ``wordfreq`` (Dutch, Zipf scale; an acronym's own use inflates it, hence the high bar for
    acronyms); first names from the shipped gazetteer.
    """
    import wordfreq  # build-time only

    from woo_redact.detect import gazetteer as gz

    for o in orgs:
        weak_names = []
        for name in [str(o["name"]), *o["aliases"]]:  # type: ignore[misc]
            plain = name.isalpha() and name[:1].isupper() and name[1:].islower()
            if " " in name or name in ONE_WORD_OK or not plain or _ORG_SUFFIX.search(name.lower()):
                continue
            if wordfreq.zipf_frequency(name.lower(), "nl") >= 3.5 or gz.is_first_name(name):
                weak_names.append(name)
        weak_acr = [a for a in o["acronyms"]  # type: ignore[attr-defined]
                    if " " not in a and a not in ACRONYM_OK
                    and (wordfreq.zipf_frequency(a.lower(), "nl") >= 5.0 or (a.isupper() and gz.is_first_name(a)))]
        o["weak_names"] = sorted(weak_names)
        o["weak_acronyms"] = sorted(weak_acr)


def build(oo_repo: Path, places_repo: Path, laws_repo: Path | None, out: Path) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    orgs = _register(_git_show(oo_repo, OO_COMMIT, OO_PATH))
    _extra(orgs)
    _mark_weak(orgs)
    orgs.sort(key=lambda o: (PRIORITY.index(str(o["kind"])), str(o["name"])))
    payload = {"source": {"register": f"R0m4ndu/Stage-Woo-Organisaties@{OO_COMMIT}",
                          "places": f"etjanssens/provinciequiz@{PLACES_COMMIT}"},
               "priority": PRIORITY, "organisations": orgs}
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    with gzip.GzipFile(out / "organisations.json.gz", "wb", mtime=0) as gz:
        gz.write(data)
    places = _places(_git_show(places_repo, PLACES_COMMIT, "woonplaatsen.csv"), orgs)
    text = "# Dutch place names: BAG woonplaatsen (CC0), municipalities, provinces, regions.\n"
    text += "".join(f"{n}\t{k}\n" for n, k in places)
    with gzip.GzipFile(out / "places.txt.gz", "wb", mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    words = _place_words({n for n, _ in places})
    (out / "place_words.txt").write_text(
        "# Place names that are also ordinary Dutch words (Een, Best, Heel, Made); derived with the OpenTaal\n"
        "# word list and wordfreq, used to decide only.\n" + "".join(w + "\n" for w in words), encoding="utf-8")
    n_laws = 0
    if laws_repo is not None:
        laws = _laws(laws_repo)
        n_laws = len(laws)
        text = "# Citation titles of Dutch regulations (Basiswettenbestand via statengeneraal/laws-markdown).\n"
        text += "".join(t + "\n" for t in laws)
        with gzip.GzipFile(out / "laws.txt.gz", "wb", mtime=0) as gz:
            gz.write(text.encode("utf-8"))
    return {"organisations": len(orgs), "places": len(places), "laws": n_laws}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--oo-repo", type=Path, default=MIRROR / "R0m4ndu+Stage-Woo-Organisaties" / "repo")
    ap.add_argument("--places-repo", type=Path, default=MIRROR / "etjanssens+provinciequiz" / "repo")
    ap.add_argument("--laws-repo", type=Path, default=MIRROR / "statengeneraal+laws-markdown" / "repo")
    ap.add_argument("--no-laws", action="store_true", help="keep the shipped laws.txt.gz (slow step)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    print(build(args.oo_repo, args.places_repo, None if args.no_laws else args.laws_repo, args.out))


if __name__ == "__main__":
    main()
