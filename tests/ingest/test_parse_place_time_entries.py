"""A zone calendar's day with several hosts, each on a line of its own with its hours after a
colon ("New Year's Levees – Friday, January 1" / "Bring in the New Year …" / "Peterborough (Br.
52): 1–4 p.m." / "Lakefield (Br. 77): noon–3 p.m."), and the calendar's table row for that day
that only says "see below". Before, the hosts' lines were one meeting without a time, and the
table row another. (holdout38's Legion zone calendar, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 26)

# (lang, table header, the row that points below, heading, intro, [(host line, place, start)])
CASES = [
    ("en", "Date | Time | Event | Host", "Fri., Jan. 1 | see below | New Year's Levees | several branches",
     "New Year's Levees – Friday, January 1, 2027", "Bring in the New Year with your comrades.",
     [("Peterborough (Br. 52): 1–4 p.m.", "Peterborough (Br. 52)", "13:00"),
      ("Lakefield (Br. 77): noon–3 p.m.", "Lakefield (Br. 77)", "12:00"),
      ("Lindsay (Br. 67): 2–5 p.m.", "Lindsay (Br. 67)", "14:00")]),
    ("de", "Datum | Zeit | Anlass | Ort", "Fr., 1. Jan. | siehe unten | Neujahrsapéro | mehrere Sektionen",
     "Neujahrsapéro – Freitag, 1. Januar 2027", "Wir stossen gemeinsam auf das neue Jahr an.",
     [("Aarau (Sektion Mitte): 11–13 Uhr", "Aarau (Sektion Mitte)", "11:00"),
      ("Brugg (Sektion Nord): 14–16 Uhr", "Brugg (Sektion Nord)", "14:00")]),
    ("fr", "Date | Heure | Événement | Lieu", "Ven. 1er janv. | voir ci-dessous | Vœux du Nouvel An | plusieurs sections",
     "Vœux du Nouvel An – vendredi 1er janvier 2027", "Venez trinquer à la nouvelle année.",
     [("Namur (section centre) : 11 h – 13 h", "Namur (section centre)", "11:00"),
      ("Dinant (section sud) : 14 h – 16 h", "Dinant (section sud)", "14:00")]),
    ("es", "Fecha | Hora | Acto | Lugar", "Vie. 1 ene. | ver abajo | Brindis de Año Nuevo | varias sedes",
     "Brindis de Año Nuevo – viernes 1 de enero de 2027", "Brindamos juntos por el nuevo año.",
     [("Tudela (sede centro): 11:00–13:00", "Tudela (sede centro)", "11:00"),
      ("Olite (sede sur): 14:00–16:00", "Olite (sede sur)", "14:00")]),
]  # fmt: skip


def _page(header: str, row: str, heading: str, intro: str, hosts: list[str]) -> str:
    return (
        f"Calendar\n\n{header}\n{row}\n\n{heading}\n{intro}\n" + "\n".join(hosts) + "\n\nContact\n"
    )


@pytest.mark.parametrize(("lang", "header", "row", "heading", "intro", "hosts"), CASES)
def test_each_host_and_its_hours_is_a_meeting_and_the_row_points_to_them(
    lang, header, row, heading, intro, hosts
) -> None:
    listing = parse(
        _page(header, row, heading, intro, [h[0] for h in hosts]), as_of=AS_OF, lang=lang
    )
    got = listing.meetings
    assert [(m.date, m.start_time, m.venue) for m in got] == [
        ("2027-01-01", start, place) for _, place, start in hosts
    ]
    assert any("further down" in w.reason and w.line == 4 for w in listing.warnings)


@pytest.mark.parametrize(("lang", "header", "row", "heading", "intro", "hosts"), CASES)
def test_a_row_that_points_below_with_nothing_below_stays(
    lang, header, row, heading, intro, hosts
) -> None:
    # Look-alike: no meetings of that day further down; the row is kept (time to come).
    got = parse(f"Calendar\n\n{header}\n{row}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-01", None)]


@pytest.mark.parametrize(
    ("lang", "heading", "fields"),
    [
        ("en", "Friday, January 8, 2027", ["Doors: 7 p.m.", "Where: Town Hall"]),
        ("de", "Freitag, 8. Januar 2027", ["Uhrzeit: 19 Uhr", "Ort: Rathaus"]),
        ("fr", "Vendredi 8 janvier 2027", ["Horaire : 19 h", "Lieu : Mairie"]),
        ("es", "Viernes 8 de enero de 2027", ["Hora: 19:00", "Lugar: Ayuntamiento"]),
    ],
)
def test_labelled_fields_under_a_date_stay_one_meeting(lang, heading, fields) -> None:
    # Look-alike: a time's label and a place's label are fields, not hosts.
    got = parse(
        f"Calendar\n\n{heading}\n" + "\n".join(fields) + "\n", as_of=AS_OF, lang=lang
    ).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-08", "19:00")]


@pytest.mark.parametrize(
    ("lang", "heading", "slots"),
    [
        ("en", "Saturday 16 January 2027 – Annual conference", ["Registration: 9am", "Keynote: 10am", "Lunch: 12.30pm"]),
        ("de", "Samstag, 16. Januar 2027 – Jahrestagung", ["Anmeldung: 9 Uhr", "Hauptvortrag: 10 Uhr", "Mittagessen: 12.30 Uhr"]),
        ("fr", "Samedi 16 janvier 2027 – Journée annuelle", ["Accueil : 9 h", "Conférence : 10 h", "Déjeuner : 12 h 30"]),
        ("es", "Sábado 16 de enero de 2027 – Jornada anual", ["Acreditación: 9:00", "Ponencia: 10:00", "Comida: 12:30"]),
    ],
)  # fmt: skip
def test_a_programmes_slots_are_no_hosts(lang, heading, slots) -> None:
    # Look-alike: "Keynote: 10am" under a day names a slot of its programme, not a place.
    page = f"Programme\n\n{heading}\n" + "\n".join(slots) + "\n\nContact\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert not any(m.venue in {s.split(":")[0].strip() for s in slots} for m in got)
