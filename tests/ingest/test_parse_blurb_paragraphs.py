"""A neighbourhood centre's programme puts a blurb of a few sentences under each entry's title.
When its first sentence says what happens, not where (a question, a list of things, a sentence in
lower case), the place words further on are the blurb's ("… Werkstatt im Keller.", "… im Büro."):
the line is no venue, the line over it is the title, and the entry is at the house the page is
from. A blurb sentence led by where gives the place after its preposition ("In der Emmaus-Kirche
am Lausitzer Platz. Eintritt frei …" -> "Emmaus-Kirche am Lausitzer Platz").
(holdout21's b-nachbarschaftshaus-urbanstrasse.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)

# lang: the house, its street, an entry with its own place, the date line of the entry tested
HOUSES = {
    "de": ("Nachbarschaftshaus Lindenhof e.V.", "Lindenstraße 12 · 10969 Berlin",
           "Mi, 9.12. | 18 Uhr", "Kiezversammlung", "Ort: Stadtteilbibliothek, Zossener Straße 5.",
           "Sa, 12.12. | 10 Uhr"),
    "en": ("Riverside Community Centre", "12 Mill Lane · Leeds LS6 2AB", "Wed 9 December | 6pm",
           "Residents' meeting", "Venue: Hyde Park Library, 4 Queens Road.",
           "Sat 12 December | 10am"),
    "fr": ("Centre social du Lindenhof", "12 rue des Tilleuls · 69004 Lyon",
           "Mer. 9 décembre | 18h", "Réunion de quartier",
           "Lieu : Bibliothèque du 4e, 5 rue Pailleron.", "Sam. 12 décembre | 10h"),
    "es": ("Centro Vecinal La Huerta", "Calle Mayor 12 · 46001 Valencia",
           "Mié. 9 de diciembre | 18:00", "Asamblea de barrio",
           "Lugar: Biblioteca Municipal, calle del Hospital 5.", "Sáb. 12 de diciembre | 10:00"),
}  # fmt: skip


def _page(lang: str, title: str, blurb: str) -> str:
    house, street, first_date, first_title, first_blurb, date_line = HOUSES[lang]
    return (
        f"{house}\n{street}\n\nProgramm\n\n{first_date}\n{first_title}\n{first_blurb}\n\n"
        f"{date_line}\n{title}\n{blurb}\n"
    )


# fmt: off
@pytest.mark.parametrize("lang,title,blurb", [
    # a question first
    ("de", "Repair-Treff", "Toaster kaputt, Lichterkette dunkel? Unsere Ehrenamtlichen helfen "
     "beim Reparieren. Werkstatt im Keller."),
    ("en", "Fix-it session", "Toaster broken, fairy lights dead? Our volunteers help you mend "
     "them. Workshop in the basement."),
    ("fr", "Atelier réparation", "Grille-pain en panne, guirlande éteinte ? Nos bénévoles vous "
     "aident à réparer. Atelier au sous-sol."),
    # a list of things first
    ("de", "Adventsbasar", "Selbstgemachtes, Waffeln, Punsch und Musik vom Kinderchor. Wer einen "
     "Stand möchte, meldet sich bis 1.12. im Büro."),
    # a sentence in lower case first
    ("de", "Erzählcafé", "Ältere Nachbar*innen erzählen, junge hören zu. Danach Kaffee im "
     "Gemeinschaftsraum."),
    ("en", "Story café", "Older neighbours tell stories and younger ones listen. Tea afterwards "
     "in the Community Room."),
])
# fmt: on
def test_a_blurb_that_opens_with_what_happens_is_no_venue(lang: str, title: str, blurb: str) -> None:
    listing = parse(_page(lang, title, blurb), as_of=AS_OF, lang=lang)
    m = listing.meetings[-1]
    assert (m.date, m.start_time, m.title) == ("2026-12-12", "10:00", title)
    assert m.venue == HOUSES[lang][0]
    assert m.room is None


# fmt: off
@pytest.mark.parametrize("lang,blurb,venue", [
    ("de", "In der Emmaus-Kirche am Lausitzer Platz. Eintritt frei, um Spenden wird gebeten.",
     "Emmaus-Kirche am Lausitzer Platz"),
    ("en", "In the Unitarian Chapel on Upper Street. Free entry, donations welcome.",
     "Unitarian Chapel on Upper Street"),
    ("fr", "À la Maison des associations du quartier. Entrée libre, chapeau à la sortie.",
     "Maison des associations du quartier"),
    ("es", "En la Parroquia de San Lorenzo del barrio. Entrada libre, se aceptan donativos.",
     "Parroquia de San Lorenzo del barrio"),
])
# fmt: on
def test_a_blurb_led_by_where_gives_the_place_after_it(lang: str, blurb: str, venue: str) -> None:
    listing = parse(_page(lang, "Konzert", blurb), as_of=AS_OF, lang=lang)
    assert listing.meetings[-1].venue == venue


# fmt: off
@pytest.mark.parametrize("lang,blurb,venue", [
    ("de", "Treffpunkt: Marheinekeplatz, vor der Markthalle. Dauer ca. 2 Stunden.",
     "Marheinekeplatz"),
    ("en", "The Red Lion. Upstairs room, step-free access.", "The Red Lion"),
    ("en", "Upstairs room at the Red Lion, behind the bar. Step-free access.", "Red Lion"),
    ("de", "Wie prüfe ich meine Abrechnung? Mit Beispielen. Ort: Bona-Peiser-Bibliothek.",
     "Bona-Peiser-Bibliothek"),
])
# fmt: on
def test_look_alikes_keep_their_place(lang: str, blurb: str, venue: str) -> None:
    listing = parse(_page(lang, "Treffen", blurb), as_of=AS_OF, lang=lang)
    m = listing.meetings[-1]
    assert venue in " | ".join(filter(None, (m.venue, m.room, m.place)))
