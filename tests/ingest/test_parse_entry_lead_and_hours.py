"""Two things a library network's agenda writes under its date headings.

An entry's time may follow its status or "at" ("SUSPENDIDA. 18:00 h. Club de lectura fácil.",
"A las 12 h Concierto de villancicos", "ANNULÉ – 19 h Rencontre", "ABGESAGT: 18 Uhr Lesung"): the entry
keeps its time, its place and its status.

Opening hours under their heading ("HORARIO DE NAVIDAD" / "Los días 24 y 31 de diciembre las
bibliotecas abrirán solo de 9 a 14 h.", "Christmas opening hours" / "24 and 31 December: 10am to
1pm") are no meetings: they are dropped with a warning."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 30)

ENTRIES = [
    ("es", "MIÉRCOLES 16 DE DICIEMBRE", "SUSPENDIDA. 18:00 h. Club de lectura fácil.", "Biblioteca de Roces.",
     "La sesión de diciembre se suspende por obras en la sala.", "18:00", "cancelled"),
    ("es", "SÁBADO 19 DE DICIEMBRE", "A las 12 h Concierto de villancicos del coro.", "Biblioteca de El Coto.",
     "Entrada libre hasta completar aforo.", "12:00", "scheduled"),
    ("fr", "MERCREDI 16 DÉCEMBRE", "ANNULÉ – 19 h Rencontre avec Sara Barquinero.", "Médiathèque Jean-Prévost.",
     "La rencontre est annulée, l'autrice étant souffrante.", "19:00", "cancelled"),
    ("fr", "SAMEDI 19 DÉCEMBRE", "À 12 h Concert de Noël de la chorale.", "Médiathèque Émile-Zola.",
     "Entrée libre dans la limite des places disponibles.", "12:00", "scheduled"),
    ("fr", "MERCREDI 16 DÉCEMBRE", "À partir de 14h – Atelier origami", "Médiathèque Jean-Jacques Rousseau",
     "Dès 7 ans · Entrée libre", "14:00", "scheduled"),
    ("es", "SÁBADO 19 DE DICIEMBRE", "A partir de las 11 h Mercadillo solidario", "Centro Cívico Delicias.",
     "Entrada libre hasta completar aforo.", "11:00", "scheduled"),
    ("de", "MITTWOCH, 16. DEZEMBER", "ABGESAGT: 18 Uhr Lesung mit Sara Barquinero.", "Stadtbibliothek Pankow.",
     "Die Lesung fällt wegen Krankheit aus.", "18:00", "cancelled"),
    ("en", "WEDNESDAY 16 DECEMBER", "CANCELLED: 6pm Easy-read book club.", "Roseville Library.",
     "The December session is cancelled because of building work.", "18:00", "cancelled"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "day", "entry", "place", "note", "time", "status"), ENTRIES)
def test_an_entrys_time_after_its_status_or_at(
    lang: str, day: str, entry: str, place: str, note: str, time: str, status: str
) -> None:
    other = {"es": ("JUEVES 17 DE DICIEMBRE", "17:00 h. Taller de tarjetas.", "Biblioteca de Pumarín."),
             "fr": ("JEUDI 17 DÉCEMBRE", "17 h. Atelier de cartes.", "Médiathèque Shakespeare."),
             "de": ("DONNERSTAG, 17. DEZEMBER", "17 Uhr Bastelnachmittag.", "Stadtteilbibliothek Mitte."),
             "en": ("THURSDAY 17 DECEMBER", "5pm Card-making workshop.", "Central Library.")}[lang]  # fmt: skip
    page = f"AGENDA\n\n{day}\n\n{entry}\n{place}\n{note}\n\n{other[0]}\n\n{other[1]}\n{other[2]}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    first = listing.meetings[0]
    day_of_month = "16" if "16" in day else "19"
    assert (first.date, first.start_time, first.status) == (f"2026-12-{day_of_month}", time, status)
    assert place.rstrip(".") in " ".join(filter(None, (first.venue, first.place, first.room)))
    assert len(listing.meetings) == 2


HOURS = [
    ("es", "HORARIO DE NAVIDAD", "Los días 24 y 31 de diciembre las bibliotecas abrirán solo de 9 a 14 h."),
    ("es", "Horario de atención", "Lunes 21 de diciembre, de 9 a 14 h."),
    ("en", "Christmas opening hours", "Thursday 24 December: 10am to 1pm."),
    ("de", "Öffnungszeiten über die Feiertage", "Donnerstag, 24. Dezember: 10 bis 13 Uhr."),
    ("fr", "Horaires des fêtes", "Jeudi 24 décembre : de 10 h à 13 h."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "heading", "hours"), HOURS)
def test_opening_hours_are_no_meeting(lang: str, heading: str, hours: str) -> None:
    meeting = {"es": "Martes 22 de diciembre, 18:00 h. Club de lectura. Biblioteca de La Calzada.",
               "en": "Tuesday 22 December, 6pm. Book club. Central Library.",
               "de": "Dienstag, 22. Dezember, 18 Uhr. Lesekreis. Stadtbibliothek.",
               "fr": "Mardi 22 décembre, 18 h. Club de lecture. Médiathèque Jean-Prévost."}[lang]  # fmt: skip
    listing = parse(f"AGENDA\n\n{meeting}\n\n{heading}\n{hours}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-22"]
    assert any("opening hours" in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    ("lang", "day", "entry", "place", "remark", "status"),
    [
        ("es", "SÁBADO 5 DE DICIEMBRE", "CONCIERTO DE NAVIDAD", "Biblioteca de El Coto.",
         "A las 12 h abrimos las puertas; el concierto empieza a las 12.30 h.", "tba"),
        ("fr", "SAMEDI 5 DÉCEMBRE", "11 h. Fête de quartier", "Place Sainte-Anne.",
         "À partir de 14h, jeux pour les enfants ; à 18h, concert.", "scheduled"),
        ("fr", "MERCREDI 16 DÉCEMBRE", "18 h. Rencontre avec Sara Barquinero.", "Médiathèque Jean-Prévost.",
         "Reporté : 19 h au lieu de 18 h, même lieu.", "postponed"),
        ("en", "WEDNESDAY 16 DECEMBER", "6pm Book club.", "Roseville Library.",
         "Postponed: 7pm start instead of 6pm, same room.", "postponed"),
        ("de", "MITTWOCH, 16. DEZEMBER", "18 Uhr Lesung.", "Stadtbibliothek Pankow.",
         "Verschoben: 19 Uhr statt 18 Uhr, gleicher Ort.", "postponed"),
    ],
)  # fmt: skip
def test_a_remark_with_a_time_is_no_entry(
    lang: str, day: str, entry: str, place: str, remark: str, status: str
) -> None:
    """A blurb's or a notice's line that opens with "at" or a status and a time, then goes on
    in lower case ("A las 12 h abrimos las puertas", "Reporté : 19 h au lieu de 18 h"), is a
    remark on the entry above, not an entry of its own."""
    page = f"AGENDA\n\n{day}\n\n{entry}\n{place}\n{remark}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert len(listing.meetings) == 1
    assert listing.meetings[0].status == status


@pytest.mark.parametrize(
    ("lang", "heading", "lines"),
    [
        ("es", "HORARIO DE REUNIONES", ["Martes 1 de diciembre de 2026, 19:00 – Asamblea general, Ateneo Popular",
                                        "Martes 15 de diciembre de 2026, 19:00 – Asamblea de barrio, Ateneo Popular"]),
        ("es", "Horario de misas en Navidad", ["Jueves 24 de diciembre de 2026, 20:00 – Misa del Gallo, Iglesia de San Pedro",
                                               "Viernes 25 de diciembre de 2026, 12:00 – Misa de Navidad, Iglesia de San Pedro"]),
        ("fr", "Horaires des permanences", ["Mardi 1 décembre 2026, 18h – Permanence logement, Maison du Peuple",
                                            "Mardi 15 décembre 2026, 18h – Permanence juridique, Maison du Peuple"]),
        ("en", "Advice surgery hours", ["Tuesday 1 December 2026, 6pm – Housing advice, Trades Hall",
                                        "Tuesday 15 December 2026, 6pm – Benefits advice, Trades Hall"]),
    ],
)  # fmt: skip
def test_meetings_under_a_schedule_heading_stay(lang: str, heading: str, lines: list[str]) -> None:
    """A heading that names a schedule of meetings ("HORARIO DE REUNIONES", "Horario de misas",
    "Advice surgery hours") is no opening-hours notice: its entries are meetings."""
    page = f"Agenda\n\n{heading}\n" + "\n".join(lines) + "\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert len(listing.meetings) == 2
