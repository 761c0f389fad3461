"""A card's date line that says its time is still to come ("sam. 6 févr. · horaires à venir",
"Di., 19.01.2027, Uhrzeit folgt", "Sat 6 Feb · times to be confirmed", "sáb. 6 feb. · horarios
por confirmar"): the meeting's time is TBA and the words are no title or venue. The line under
it may name the march's starting point with what starts ("Départ du défilé : Parc de la
Pépinière", "Treffpunkt des Umzugs: Marktplatz", "Start of the march: Victoria Park", "Salida de
la marcha: Plaza Mayor"): that place is the venue. A campus's name ("Campus Bergedorf, Raum wird
noch bekanntgegeben") is a place, never the title. (holdout22's c-mjc-trois-maisons.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# fmt: off
ROWS = [
    ("fr", "sam. 6 févr. 2027 · horaires à venir",
     "Départ du défilé : Parc de la Pépinière, entrée rue Sainte-Catherine", "Parc de la Pépinière"),
    ("de", "Sa., 6. Februar 2027 · Uhrzeiten folgen", "Treffpunkt des Umzugs: Marktplatz",
     "Marktplatz"),
    ("en", "Sat 6 February 2027 · times to be confirmed", "Start of the march: Victoria Park",
     "Victoria Park"),
    ("es", "sáb. 6 de febrero de 2027 · horarios por confirmar",
     "Salida de la marcha: Plaza Mayor", "Plaza Mayor"),
]
# fmt: on


@pytest.mark.parametrize("lang,date_line,point,venue", ROWS)
def test_time_to_come_and_the_starting_point(
    lang: str, date_line: str, point: str, venue: str
) -> None:
    page = f"Agenda\n\nCarnaval des enfants\n{date_line}\n{point}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (m.start_time, m.time_tba, m.venue) == (None, True, venue)
    assert m.title is None or date_line.split("·")[1].strip() not in m.title


def test_a_campus_line_under_a_time_to_come_is_the_place() -> None:
    page = (
        '<html lang="de"><body><h2>Termine</h2><div><h3>HAW Hamburg</h3>'
        "<p><strong>Di., 19.01.2027, Uhrzeit folgt</strong></p>"
        "<p>Campus Bergedorf, Raum wird noch bekanntgegeben<br>Ulmenliet 20, 21033 Hamburg</p>"
        "</div></body></html>"
    )
    (m,) = parse(page, as_of=AS_OF, lang="de").meetings
    assert (m.venue, m.time_tba) == ("Campus Bergedorf", True)
    assert m.title != "Uhrzeit folgt" and m.venue != "Uhrzeit folgt"
