"""A course programme: a sentence states when and where the classes are held for the whole list
("Les cours ont lieu le mardi à 18h30, salle du Sénéchal, 17 rue de Rémusat, sauf mention
contraire"), then one line per date with the class's title ("1er décembre : L'histoire de la
Commune"). Every class gets that time and place; an entry that names another place for once
("– exceptionnellement à la Bourse du Travail", "– this week at the Leeds Library") has that
place without its lead-in words; the title has no colon in front. Before, a French programme's
classes had their titles as places, since "cours" (classes) and a place after the time with a
comma ("…, salle du Sénéchal") were not read. Found by pasting programmes by hand; the rows are
written from the pattern in the four languages the parser reads."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 15)

# fmt: off
# (lang, heading, rule sentence, entries (line, title), the list's venue, a one-off entry, its venue)
ROWS = [
    ("fr", "Université populaire — programme",
     "Les cours ont lieu le mardi à 18h30, salle du Sénéchal, 17 rue de Rémusat, sauf mention "
     "contraire.",
     [("1er décembre : L'histoire de la Commune", "L'histoire de la Commune"),
      ("8 décembre : La crise climatique", "La crise climatique")],
     "salle du Sénéchal",
     "5 janvier 2027 : Les révolutions de 1848 — exceptionnellement à la Bourse du Travail, "
     "place Saint-Sernin", "Bourse du Travail"),
    ("en", "WEA Leeds: winter programme",
     "All classes are held on Tuesdays at 6.30pm in the Swarthmore Centre, 2-7 Woodhouse Square, "
     "unless stated otherwise.",
     [("1 December: The Chartists", "The Chartists"),
      ("8 December: Climate and capital", "Climate and capital")],
     "Swarthmore Centre",
     "5 January 2027: The revolutions of 1848 - this week at the Leeds Library, 18 Commercial "
     "Street", "Leeds Library"),
    ("en", "Night school",
     "Our courses take place on Tuesdays at 6.30pm, Room 12, Trades Hall, 54 Victoria Street, "
     "unless stated otherwise.",
     [("1 December: The Chartists", "The Chartists"),
      ("8 December: Climate and capital", "Climate and capital")],
     "Trades Hall",
     "5 January 2027: The revolutions of 1848 - exceptionally at the Central Library, 1 Main "
     "Street", "Central Library"),
    ("de", "Volkshochschule Nord: Programm",
     "Die Kurse finden dienstags um 18:30 Uhr im Gewerkschaftshaus, Raum 2, Besenbinderhof 57 "
     "statt, sofern nicht anders angegeben.",
     [("1. Dezember: Die Pariser Kommune", "Die Pariser Kommune"),
      ("8. Dezember: Klima und Kapital", "Klima und Kapital")],
     "Gewerkschaftshaus",
     "5. Januar 2027: Die Revolution von 1848 – ausnahmsweise im Curiohaus, Rothenbaumchaussee 15",
     "Curiohaus"),
    ("es", "Escuela popular: programa",
     "Las clases se realizan los martes a las 18:30 en el Ateneo Popular, calle Mayor 5, salvo "
     "indicación contraria.",
     [("1 de diciembre: La Comuna de París", "La Comuna de París"),
      ("8 de diciembre: Clima y capital", "Clima y capital")],
     "Ateneo Popular",
     "5 de enero de 2027: Las revoluciones de 1848 — excepcionalmente en la Biblioteca Central, "
     "calle Ancha 3", "Biblioteca Central"),
]
# fmt: on


def _page(heading, rule, entries, one_off) -> str:
    lines = "\n".join(line for line, _ in entries)
    return f"{heading}\n\n{rule}\n\n{lines}\n{one_off}\n"


def _places(m) -> str:
    return " | ".join(str(v) for v in (m.place, m.venue, m.room, m.address, m.campus) if v)


@pytest.mark.parametrize("lang,heading,rule,entries,venue,one_off,own", ROWS)
def test_every_class_has_the_programmes_time_and_place(
    lang, heading, rule, entries, venue, one_off, own
):
    ms = parse(_page(heading, rule, entries, one_off), as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in ms] == ["18:30"] * 3
    assert [m.title for m in ms[:2]] == [title for _, title in entries]
    assert all(venue in _places(m) for m in ms[:2]), [_places(m) for m in ms]
    assert _places(ms[2]).startswith(own) and venue not in _places(ms[2])


def test_through_eventmap_parse(tmp_path):
    lang, heading, rule, entries, venue, one_off, own = ROWS[0]
    path = tmp_path / "programme.txt"
    path.write_text(_page(heading, rule, entries, one_off), encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat(), "--lang", lang)
    assert [(m["date"], m["start_time"], m["title"], m["venue"] or m["room"]) for m in ms] == [
        ("2026-12-01", "18:30", "L'histoire de la Commune", "salle du Sénéchal"),
        ("2026-12-08", "18:30", "La crise climatique", "salle du Sénéchal"),
        ("2027-01-05", "18:30", "Les révolutions de 1848", "Bourse du Travail"),
    ]
