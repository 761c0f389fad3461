"""A time stated for a whole list ("Tous les ateliers du mercredi ont lieu de 14 h à 16 h") holds
over a list of bare dates each with its title a paragraph of its own under it, as an HTML page
sets them (<h3>Mercredi 16 décembre</h3><p>« Qui dort en hiver ? »</p>): a title between two dates
is its date's, no heading that ends the list. Before, only the first date took the time.
(holdout29's Lausanne museum workshops, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 10)

ROWS = [
    ("All Wednesday workshops begin at 2pm and end at 4pm.",
     ["Wednesday 16 December", "Wednesday 13 January", "Wednesday 27 January"],
     ["Who sleeps in winter?", "Feathers and down", "Tracks in the snow"]),
    ("Alle Mittwochsworkshops beginnen um 14 Uhr.",
     ["Mittwoch, 16. Dezember", "Mittwoch, 13. Januar", "Mittwoch, 27. Januar"],
     ["Wer schläft im Winter?", "Federn und Daunen", "Spuren im Schnee"]),
    ("Tous les ateliers du mercredi ont lieu de 14 h à 16 h.",
     ["Mercredi 16 décembre", "Mercredi 13 janvier", "Mercredi 27 janvier"],
     ["« Qui dort en hiver ? »", "« Plumes et duvets »", "« Traces dans la neige »"]),
    ("Todos los talleres empiezan a las 14:00.",
     ["Miércoles 16 de diciembre", "Miércoles 13 de enero", "Miércoles 27 de enero"],
     ["¿Quién duerme en invierno?", "Plumas y plumón", "Huellas en la nieve"]),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=["en", "de", "fr", "es"])
def test_titles_between_dates_do_not_end_the_list(row: tuple) -> None:
    rule, dates, titles = row
    body = "\n\n".join(f"{d}\n\n{t}" for d, t in zip(dates, titles, strict=True))
    ms = parse(f"Workshops\n\n{rule}\n\n{body}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2026-12-16", "14:00"),
        ("2027-01-13", "14:00"),
        ("2027-01-27", "14:00"),
    ]


def test_a_framed_heading_after_a_bare_date_still_ends_the_list() -> None:
    page = (
        "Termine\n\n*** Vorstandssitzungen ***\njeweils 17:30 Uhr, Gewerkschaftshaus, Raum 112:\n"
        "  - Di. 15.12.2026\n  - Di. 19.01.2027\n\n"
        "*** Bildungsabend ***\nACHTUNG: Der Bildungsabend vom 9. Dezember wird verschoben auf\n"
        "Mittwoch, 13. Januar 2027, 18:30 Uhr, Gewerkschaftshaus, Raum 112.\n"
    )
    ms = parse(page, as_of=date(2026, 12, 1)).meetings
    assert all(not (m.date == "2026-12-09" and m.start_time == "17:30") for m in ms)
