"""A mailing list's dates, each followed by a sentence in lower case: what happens, then where
after a preposition ("- Mardi 12 janvier, 19h : réunion du bureau au Café Citoyen (place du
Général-de-Gaulle), ouverte à tous les adhérents."). The words before the preposition are the
title, the name after it the venue, a street in its bracket the address; the rest of the sentence
is no place. (German opens such a sentence with a capitalised noun, "Vorstandssitzung im Gasthof
Krone": not read so yet.) When more places follow ("…, New York, NY", "…, en el Complejo Cultural
Universitario, salón 3") the line is read in its parts as before. A farm is no closure ("visite
de la Ferme du Héron"), and a meeting point's time is the start, not the carpool's ("RDV 10h sur
le parking, covoiturage depuis le métro à 9h30"). (holdout21's c-amap-fives.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)


# fmt: off
@pytest.mark.parametrize("lang,line,title,venue,address", [
    ("fr", "- Mardi 12 janvier, 19h : réunion du bureau au Café Citoyen (place du Général-de-Gaulle),"
     " ouverte à tous les adhérents.", "réunion du bureau", "Café Citoyen", None),
    ("fr", "- Samedi 5 juin, 11h30 : fête de l'AMAP ! Pique-nique géant au Parc de la Citadelle "
     "(près du zoo), chacun apporte un plat.", "fête de l'AMAP ! Pique-nique géant",
     "Parc de la Citadelle", None),
    # no place named so: a country, a language, an online meeting
    ("fr", "- Mardi 12 janvier, 19h : discussion sur les grèves chez Amazon en France, ouverte à "
     "tous.", None, None, None),
    ("fr", "- Mardi 12 janvier, 19h : réunion en Visio, lien par courriel.", None, None, None),
    ("fr", "- Mardi 12 janvier, 19h : assemblée des adhérents à la Maison Folie (70 rue des "
     "Sarrazins), ouverte à tous.", "assemblée des adhérents", "Maison Folie", "70 rue des Sarrazins"),
    ("en", "- Tuesday 12 January, 7pm: committee meeting at the Friends Meeting House (6 Mount "
     "Street), open to all members.", "committee meeting", "Friends Meeting House", "6 Mount Street"),
    ("en", "- Tuesday 12 January, 8pm: open mic upstairs at The Crown, any style welcome.",
     "open mic upstairs", "The Crown", None),
    ("de", "- Dienstag, 12. Januar, 19 Uhr: wir treffen uns im Gasthof Krone (Hauptstraße 4), "
     "offen für alle Mitglieder.", "wir treffen uns", "Gasthof Krone", "Hauptstraße 4"),
    ("es", "- Martes 12 de enero, 19 h: asamblea de socias en el Ateneo Popular (calle Mayor 12), "
     "abierta a todas.", "asamblea de socias", "Ateneo Popular", "calle Mayor 12"),
])
# fmt: on
def test_a_sentence_after_the_date_gives_title_and_place(
    lang: str, line: str, title: str, venue: str, address: str | None
) -> None:
    (m,) = parse(f"Les rendez-vous :\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    if venue is None:
        assert m.venue not in ("France", "Visio")
        return
    assert (m.title, m.venue, m.address) == (title, venue, address)


# fmt: off
@pytest.mark.parametrize("lang,line,place", [
    # more places follow the first: the parts are read as before
    ("es", "El sábado 6 de marzo, a las 12:00 horas, estará en la Feria del Libro de Puebla, en el "
     "Complejo Cultural Universitario, salón 3.", "Complejo Cultural Universitario"),
    ("en", "Wed, March 3 — 7:00 PM — in conversation with Celeste Ng at McNally Jackson Seaport, "
     "New York, NY", "New York"),
    ("fr", "* Ma 19/01, 12h30 — midi littéraire à la Bibliothèque royale (KBR), Mont des Arts — "
     "sur inscription", "KBR"),
])
# fmt: on
def test_a_sentence_with_more_places_is_read_in_its_parts(lang: str, line: str, place: str) -> None:
    (m,) = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert place in " | ".join(filter(None, (m.place, m.venue, m.city, m.room, m.address)))


def test_a_farm_is_no_closure_and_the_meeting_point_time_starts_it() -> None:
    line = (
        "- Samedi 9 janvier : visite de la Ferme du Héron à Villeneuve-d'Ascq (chemin de la "
        "Ferme Lenglet). RDV 10h sur le parking de la ferme, covoiturage depuis le métro "
        "Marbrerie à 9h30."
    )
    (m,) = parse(f"Les rendez-vous :\n\n{line}\n", as_of=AS_OF, lang="fr").meetings
    assert (m.date, m.start_time) == ("2027-01-09", "10:00")
    assert "Ferme du Héron" in (m.venue or "")


# fmt: off
@pytest.mark.parametrize("lang,line", [
    ("fr", "Samedi 9 janvier : la médiathèque est fermée."),
    ("fr", "Samedi 9 janvier : bibliothèque fermée toute la journée"),
    ("en", "Saturday 9 January: library closed all day"),
])
# fmt: on
def test_closures_stay_closures(lang: str, line: str) -> None:
    listing = parse(f"Infos\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert listing.meetings == []
