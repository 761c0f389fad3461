"""A city's vaccination points: a time stated once for all of them ("Horario de todos los
módulos: de 8:00 a 13:00 hrs, salvo donde se indique otro horario"), then date headings over
list items that are only a venue, a dash and its street ("• Parque de Santa Ana — calle 60 x
47, Centro"), some with their own hours after another dash ("— de 15:00 a 18:00 hrs"). Before,
the venue was read as the entry's title and the street (or nothing) as its place, the items'
own hours were lost to the list's, and a cancelled item written as a sentence ended the day's
list. (holdout38's rabies-vaccination campaign in Mérida, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 15)

# (lang, list rule, day heading, [(venue, street, own hours or "", start)])
CASES = [
    ("en", "All sessions run from 10am to 1pm unless another time is shown.", "MONDAY 18 JANUARY",
     [("Victoria Park", "Grove Road, Hackney", "", "10:00"),
      ("Clissold Park", "Church Street, Stoke Newington", "2pm to 5pm", "14:00")]),
    ("de", "Alle Termine jeweils von 10 bis 13 Uhr, sofern nicht anders angegeben.", "MONTAG, 18. JANUAR",
     [("Stadtpark Mitte", "Hauptstraße 12, Altstadt", "", "10:00"),
      ("Bürgerpark", "Lindenstraße 4, Nord", "15 bis 18 Uhr", "15:00")]),
    ("fr", "Horaires de tous les stands : de 10 h à 13 h, sauf mention contraire.", "LUNDI 18 JANVIER",
     [("Parc de la Tête d'Or", "boulevard des Belges, 6e", "", "10:00"),
      ("Parc Blandan", "rue du Repos, 7e", "de 15 h à 18 h", "15:00")]),
    ("es", "Horario de todos los módulos: de 8:00 a 13:00 hrs, salvo donde se indique otro horario.",
     "LUNES 18 DE ENERO",
     [("Parque de Santa Ana", "calle 60 x 47, Centro", "", "08:00"),
      ("Parque de San Juan", "calle 64 x 69, Centro", "de 15:00 a 18:00 hrs", "15:00")]),
]  # fmt: skip


def _item(venue: str, street: str, hours: str) -> str:
    return f"• {venue} — {street}" + (f" — {hours}" if hours else "")


@pytest.mark.parametrize(("lang", "rule", "heading", "items"), CASES)
def test_a_venue_then_its_street_is_the_place_and_its_own_hours_its_time(
    lang, rule, heading, items
) -> None:
    page = f"{rule}\n\n{heading}\n" + "\n".join(_item(*it[:3]) for it in items) + "\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue) for m in got] == [
        ("2027-01-18", start, venue) for venue, _, _, start in items
    ]
    for m, (_, street, _, _) in zip(got, items, strict=True):
        assert street.split(",")[0] in (m.address or "")
        assert m.title is None


# (lang, list rule, heading, plain item, item cancelled in a sentence, plain item, cancelled venue)
CANCELLED = [
    ("en", "All sessions run from 10am to 1pm unless another time is shown.", "WEDNESDAY 20 JANUARY",
     "• Victoria Park — Grove Road, Hackney",
     "• Millfields Park — Chatsworth Road — CANCELLED because of the works; please go to Victoria Park instead",
     "• Clissold Park — Church Street, Stoke Newington", "Millfields Park"),
    ("de", "Alle Termine jeweils von 10 bis 13 Uhr, sofern nicht anders angegeben.", "MITTWOCH, 20. JANUAR",
     "• Stadtpark Mitte — Hauptstraße 12, Altstadt",
     "• Volkspark — Gartenstraße 3 — ABGESAGT wegen Bauarbeiten; bitte kommen Sie in den Stadtpark Mitte",
     "• Bürgerpark — Lindenstraße 4, Nord", "Volkspark"),
    ("fr", "Horaires de tous les stands : de 10 h à 13 h, sauf mention contraire.", "MERCREDI 20 JANVIER",
     "• Parc de la Tête d'Or — boulevard des Belges, 6e",
     "• Parc Sergent Blandan — rue du Repos — ANNULÉ pour travaux ; rendez-vous au parc de la Tête d'Or",
     "• Parc des Hauteurs — montée Saint-Barthélemy, 5e", "Parc Sergent Blandan"),
    ("es", "Horario de todos los módulos: de 8:00 a 13:00 hrs, salvo donde se indique otro horario.",
     "MIÉRCOLES 20 DE ENERO", "• Parque de Santiago — calle 59 x 70, Centro",
     "• Parque de San Sebastián — calle 70 x 73 — CANCELADO por obras; acude al módulo del Parque de La Mejorada",
     "• Parque de La Mejorada — calle 50 x 59, Centro", "Parque de San Sebastián"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "heading", "one", "off", "two", "venue"), CANCELLED)
def test_a_cancelled_item_written_as_a_sentence_stays_in_the_days_list(
    lang, rule, heading, one, off, two, venue
) -> None:
    page = f"{rule}\n\n{heading}\n{one}\n{off}\n{two}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.status for m in got] == ["scheduled", "cancelled", "scheduled"]
    assert got[1].venue == venue


@pytest.mark.parametrize(
    ("lang", "rule", "heading", "item", "title"),
    [
        ("en", "All sessions start at 7pm unless stated.", "MONDAY 18 JANUARY",
         "• Yoga for beginners — bring a mat", "Yoga for beginners"),
        ("de", "Alle Kurse beginnen um 19 Uhr, sofern nicht anders angegeben.", "MONTAG, 18. JANUAR",
         "• Yoga für Anfänger — bitte Matte mitbringen", "Yoga für Anfänger"),
        ("fr", "Toutes les séances commencent à 19 h, sauf mention contraire.", "LUNDI 18 JANVIER",
         "• Yoga débutants — apportez un tapis", "Yoga débutants"),
        ("es", "Todas las sesiones empiezan a las 19:00, salvo indicación.", "LUNES 18 DE ENERO",
         "• Yoga para principiantes — trae esterilla", "Yoga para principiantes"),
    ],
)  # fmt: skip
def test_a_title_then_a_remark_is_no_venue(lang, rule, heading, item, title) -> None:
    # Look-alike: what happens, a dash and a remark; no street after the dash.
    got = parse(f"{rule}\n\n{heading}\n{item}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.start_time, m.title) for m in got] == [("19:00", title)]
    assert got[0].venue != title
