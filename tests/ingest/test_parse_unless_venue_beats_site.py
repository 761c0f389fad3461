"""A university's page whose intro names the hall of all its ceremonies "unless otherwise
indicated" ("Venue: Unless otherwise indicated, all ceremonies take place in the Boet Troskie
Hall, …"): that hall is the entries' place, not the site's name (the university's). Written
from holdout45's graduation ceremonies page; the rows are variants, with a look-alike (no such
sentence: the site's name stays)."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 2, 8)

PAGES = [
    ("en", "Riverside University of Technology",
     "Venue: Unless otherwise indicated, all ceremonies take place in the Boet Troskie Hall, Main "
     "Campus, 20 President Brand Street, Bloemfontein.",
     "Tuesday, 13 April 2027", ["10h00 – Faculty of Health Sciences", "15h00 – Faculty of Humanities"],
     "Boet Troskie Hall"),
    ("de", "Technische Hochschule Rheintal",
     "Sofern nicht anders angegeben, finden alle Feiern im Großen Hörsaal Nord, Campusallee 3, "
     "53123 Bonn, statt.",
     "Dienstag, 13. April 2027", ["10:00 Uhr – Fakultät für Medizin", "15:00 Uhr – Fakultät für Philosophie"],
     "Großen Hörsaal Nord"),
    ("fr", "Université technologique du Rhône",
     "Sauf indication contraire, toutes les cérémonies ont lieu à l'Amphithéâtre Mérieux, 8 avenue "
     "Rockefeller, 69008 Lyon.",
     "mardi 13 avril 2027", ["10 h – Faculté de médecine", "15 h – Faculté des lettres"],
     "Amphithéâtre Mérieux"),
    ("es", "Universidad Tecnológica del Sur",
     "Salvo que se indique otra cosa, todas las ceremonias se celebran en el Aula Magna Rector "
     "Ortiz, Av. Libertad 1200, 8000 Bahía Blanca.",
     "martes 13 de abril de 2027", ["10:00 – Facultad de Medicina", "15:00 – Facultad de Humanidades"],
     "Aula Magna Rector Ortiz"),
]  # fmt: skip


def _html(site: str, intro: str, day: str, entries: list[str]) -> str:
    items = "".join(f"<li>{e}</li>" for e in entries)
    return (
        f'<html><head><title>Graduation | {site}</title><meta property="og:site_name" '
        f'content="{site}"></head><body><header><a href="/">{site}</a></header><main>'
        f"<h1>Graduation ceremonies 2027</h1><p>{intro}</p><h2>Programme</h2>"
        f"<p><strong>{day}</strong></p><ul>{items}</ul></main></body></html>"
    )


@pytest.mark.parametrize(("lang", "site", "intro", "day", "entries", "hall"), PAGES)
def test_the_hall_said_unless_indicated_beats_the_sites_name(lang, site, intro, day, entries, hall):
    ms = parse(_html(site, intro, day, entries), as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-04-13", "2027-04-13"]
    assert all(hall in (m.venue or "") for m in ms)


@pytest.mark.parametrize(("lang", "site", "intro", "day", "entries", "hall"), PAGES)
def test_without_the_sentence_no_hall_is_made_up(lang, site, intro, day, entries, hall):
    ms = parse(
        _html(site, "Congratulations to all graduands!", day, entries), as_of=AS_OF, lang=lang
    ).meetings
    assert [m.date for m in ms] == ["2027-04-13", "2027-04-13"]
    assert not any(hall in (m.venue or "") for m in ms)
