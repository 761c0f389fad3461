"""A postcode written before its town is how Germany, France, Spain, Italy and Mexico write it
("69001 Lyon", "08001 Barcelona", "72070 Tübingen"). The page's language names the country where
it has one such country (German: Germany, French: France); otherwise the town is found by its
name, and the code is not taken for a US ZIP code ("08001" is in New Jersey). Before, every such town was taken to be in Germany, so a French or Spanish meeting was
located nowhere offline and its map pin was lost. Found by pasting a page by hand; the rows
are written from the pattern."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.geo.geocoder import Geocoder
from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


@pytest.fixture(scope="module")
def offline(tmp_path_factory):
    return Geocoder("offline", cache_path=tmp_path_factory.mktemp("c") / "never.sqlite")


# fmt: off
# (lang, date line, venue block, country read, country located, lat, lon)
ROWS = [
    ("fr", "mercredi 13 janvier 2027, 19h – Rencontre",
     "Maison des syndicats, 12 rue de la Paix, 69001 Lyon", "France", "FR", 45.75, 4.85),
    ("fr", "jeudi 14 janvier 2027 à 18h30 – Assemblée",
     "Bourse du Travail, 3 rue du Château-d'Eau, 75010 Paris", "France", "FR", 48.85, 2.35),
    ("es", "miércoles 13 de enero de 2027, 19:00 – Asamblea",
     "Ateneo Popular, Calle Mayor 5, 08001 Barcelona", None, "ES", 41.39, 2.16),
    ("es", "jueves 14 de enero de 2027, 18:00 – Charla",
     "Casa del Pueblo, Avenida Juárez 20, 06000 Ciudad de México", None, "MX", 19.43, -99.13),
    ("de", "Mi., 13.1.2027, 19 Uhr – Lesung",
     "Buchhandlung Osiander, Marktplatz 3, 72070 Tübingen", "Germany", "DE", 48.52, 9.05),
    ("en", "Wed 13 January 2027, 7pm – Talk",
     "Gewerkschaftshaus, Wilhelm-Leuschner-Str. 69, 60329 Frankfurt, Germany", "Germany", "DE",
     50.12, 8.68),
]
# fmt: on


@pytest.mark.parametrize("lang,line,block,country,located,lat,lon", ROWS)
def test_a_postcode_before_the_town_is_located_in_its_country(
    offline, lang, line, block, country, located, lat, lon
):
    (m,) = parse(f"Agenda\n\n{line}\n{block}\n", as_of=AS_OF, lang=lang).meetings
    assert m.country == country
    loc = offline.locate(m)
    assert loc is not None and loc.country == located
    assert abs(loc.lat - lat) < 0.2 and abs(loc.lon - lon) < 0.2


def test_through_eventmap_parse(tmp_path):
    lang, line, block, *_ = ROWS[0]
    path = tmp_path / "agenda.txt"
    path.write_text(f"Agenda\n\n{line}\n{block}\n", encoding="utf-8")
    (m,) = cli_meetings(path, "--as-of", AS_OF.isoformat(), "--lang", lang)
    assert (m["city"], m["postal_code"], m["country"]) == ("Lyon", "69001", "France")
