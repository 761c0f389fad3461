"""A club's agenda in Markdown: an intro sentence that names the club's own hall with its
address in brackets ("Sauf mention contraire, les activités ont lieu dans notre salle du
Centre sportif du Bout-du-Monde (route de Vessy 12, 1206 Genève, bus 11 et 21)"), then date
headings, each over list items. Before, the hall was not read (the address was in brackets and
went on with bus lines), and a date heading over one list item that has no time of its own, or
a heading with two dates, lost its item: the meetings had no place and no time. (holdout38's
judo club in Geneva, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 5)

# (lang, intro sentence, hall, street and town, heading, entry, month heading)
INTRO = [
    ("en", "Unless stated otherwise, sessions take place at the Meadowbank Sports Centre "
     "(139 London Road, Edinburgh EH7 6AE, buses 4, 5 and 26).", "Meadowbank Sports Centre",
     "139 London Road, Edinburgh EH7 6AE", "### Sat 12 Dec", "- **14:30** · Grading, yellow to blue belts."),
    ("de", "Sofern nicht anders angegeben, finden alle Trainings im Sportzentrum Mitte statt "
     "(Hauptstraße 12, 79098 Freiburg, Tram 1 und 3).", "Sportzentrum Mitte",
     "Hauptstraße 12, 79098 Freiburg", "### Sa 12.12.", "- **14.30 Uhr** · Gürtelprüfung, gelb bis blau."),
    ("fr", "Sauf mention contraire, les activités ont lieu dans notre salle du Centre sportif du "
     "Bout-du-Monde (route de Vessy 12, 1206 Genève, bus 11 et 21, arrêt « Bout-du-Monde »).",
     "Centre sportif du Bout-du-Monde", "route de Vessy 12, 1206 Genève", "### Sa 12.12.",
     "- **14h30** · Passage de grades, ceintures jaune à bleue."),
    ("es", "Salvo indicación, las actividades se celebran en el Polideportivo Municipal de "
     "Arrosadía (calle Arcadio María Larraona 1, 31008 Pamplona, villavesas 4 y 9).",
     "Polideportivo Municipal de Arrosadía", "calle Arcadio María Larraona 1, 31008 Pamplona",
     "### Sáb 12.12.", "- **14:30** · Paso de grado, cinturones amarillo a azul."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "intro", "hall", "address", "heading", "entry"), INTRO)
def test_the_intro_sentence_names_the_hall_with_its_address_in_brackets(
    lang, intro, hall, address, heading, entry
) -> None:
    page = f"# Agenda\n\n{intro}\n\n{heading}\n\n{entry}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue, m.address) for m in got] == [
        ("2026-12-12", "14:30", hall, address)
    ]


# (lang, heading, the one item under it without a time, the town it names, next heading)
LONE = [
    ("en", "### Sun 24 Jan", "- Lothian open tournament (U11 to U18), Ainslie Park Leisure Centre, Edinburgh. Times to follow.",
     "Ainslie Park Leisure Centre", "### Sat 27 Feb"),
    ("de", "### So 24.1.", "- Stadtturnier Basel (U11 bis U18), Sporthalle Rankhof, Basel. Uhrzeit folgt.",
     "Sporthalle Rankhof", "### Sa 27.2."),
    ("fr", "### Di 24.1.", "- Tournoi de la Ville de Lausanne (U11 à U18), salle omnisport du Vieux-Moulin, Lausanne. Horaire à venir.",
     "salle omnisport du Vieux-Moulin", "### Sa 27.2."),
    ("es", "### Dom 24.1.", "- Torneo de la Ciudad de Burgos (sub-11 a sub-18), Polideportivo El Plantío, Burgos. Horario por confirmar.",
     "Polideportivo El Plantío", "### Sáb 27.2."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "heading", "item", "place", "after"), LONE)
def test_a_date_heading_over_one_untimed_item_gives_its_place(
    lang, heading, item, place, after
) -> None:
    page = (
        f"# Agenda\n\n## 2027\n\n{heading}\n\n{item}\n\n{after}\n\n- **09:00** · Team cup, Bern\n"
    )
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    first = got[0]
    assert (first.date, first.start_time) == ("2027-01-24", None)
    assert place in " ".join(filter(None, (first.venue, first.room, first.address)))
    assert len(got) == 2


# (lang, heading with two dates, timed item, the place it names)
TWO = [
    ("en", "### Sat 6 Feb and Sat 13 Feb", "- **1.30pm** · Joint training with Carouge Judo, Fontenette sports centre, Carouge.",
     "Fontenette sports centre"),
    ("de", "### Sa 6.2. und Sa 13.2.", "- **13.30 Uhr** · Gemeinsames Training mit dem JC Carouge, Sporthalle Fontenette, Carouge.",
     "Sporthalle Fontenette"),
    ("fr", "### Sa 6.2. et Sa 13.2.", "- **13h30** · Entraînements communs avec le Judo-Club Carouge, centre sportif de la Fontenette, Carouge.",
     "centre sportif de la Fontenette"),
    ("es", "### Sáb 6.2. y Sáb 13.2.", "- **13:30** · Entrenamiento conjunto con el Judo Club Carouge, polideportivo La Fontenette, Carouge.",
     "polideportivo La Fontenette"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "heading", "item", "place"), TWO)
def test_a_heading_with_two_dates_over_one_item_gives_both_its_time_and_place(
    lang, heading, item, place
) -> None:
    page = (
        f"# Agenda\n\n## 2027\n\n{heading}\n\n{item}\n\n### Sa 27.2.\n\n- **09:00** · Cup, Bern\n"
    )
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got[:2]] == [
        ("2027-02-06", "13:30"),
        ("2027-02-13", "13:30"),
    ]
    for m in got[:2]:
        assert place in " ".join(filter(None, (m.venue, m.room, m.address)))


# (lang, a sentence whose brackets hold no address, heading, entry with its own place)
NO_ADDRESS = [
    ("en", "Unless stated otherwise, sessions take place at the Meadowbank Sports Centre (rebuilt in 2017).",
     "### Sat 12 Dec", "- **14:30** · Grading, Leith Victoria AAC."),
    ("de", "Sofern nicht anders angegeben, finden alle Trainings im Sportzentrum Mitte statt (seit 2019 saniert).",
     "### Sa 12.12.", "- **14.30 Uhr** · Gürtelprüfung, Dojo Wiehre."),
    ("fr", "Sauf mention contraire, les activités ont lieu dans notre salle du Centre sportif du Bout-du-Monde (rénovée en 2020).",
     "### Sa 12.12.", "- **14h30** · Passage de grades, Dojo de Carouge."),
    ("es", "Salvo indicación, las actividades se celebran en el Polideportivo Municipal de Arrosadía (reformado en 2018).",
     "### Sáb 12.12.", "- **14:30** · Paso de grado, Dojo Rochapea."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "intro", "heading", "entry"), NO_ADDRESS)
def test_brackets_without_an_address_give_no_hall_over_an_entrys_own_place(
    lang, intro, heading, entry
) -> None:
    # Look-alike: a remark in brackets is no address, and an entry that names its own place
    # keeps it.
    page = f"# Agenda\n\n{intro}\n\n{heading}\n\n{entry}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.start_time, m.venue) for m in got] == [
        ("14:30", entry.rsplit(", ", 1)[1].rstrip("."))
    ]
