"""A calendar entry whose title has a dash or commas and whose later sentence gives its place
under a label ("14.00 Uhr Krippen, Kirchen, Christkindl – Weihnachtliches in der Inneren Stadt.
Treffpunkt: Stephansplatz, vor dem Riesentor des Doms"). The labelled place is the entry's
place; before, the part after the title's dash was. (holdout37's city walks in Vienna, after
its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 15)

# (lang, day heading, entry after its time, expected venue)
CASES = [
    ("en", "Saturday 2 January 2027", "Closes, wynds and courts – the hidden Old Town. Meeting point: Mercat Cross, by the steps",
     "Mercat Cross"),
    ("en", "Saturday 2 January 2027", "Books, bells – a winter walk. Where: Central Library, front entrance", "Central Library"),
    ("de", "Samstag, 2. Jänner 2027", "Krippen, Kirchen, Christkindl – Weihnachtliches in der Inneren Stadt. Treffpunkt: Stephansplatz, vor dem Riesentor",
     "Stephansplatz"),
    ("de", "Samstag, 2. Jänner 2027", "Brücken, Bahnen – Technik am Fluss. Ort: Technisches Museum, Foyer", "Technisches Museum"),
    ("fr", "Samedi 2 janvier 2027", "Beffrois, carillons – le Lille flamand. Rendez-vous : Grand-Place, devant la Vieille Bourse",
     "Grand-Place"),
    ("fr", "Samedi 2 janvier 2027", "Cloîtres, jardins – balade d'hiver. Lieu : Musée de l'Hospice Comtesse, accueil",
     "Musée de l'Hospice Comtesse"),
    ("es", "Sábado 2 de enero de 2027", "Aljibes, patios – la Granada nazarí. Punto de encuentro: Plaza Nueva, junto a la fuente",
     "Plaza Nueva"),
    ("es", "Sábado 2 de enero de 2027", "Cuevas, miradores – paseo de invierno. Lugar: Centro Cívico Albaicín, entrada principal",
     "Centro Cívico Albaicín"),
]  # fmt: skip
CLOCK = {"en": "2pm", "de": "14.00 Uhr", "fr": "14 h", "es": "14:00 h"}


@pytest.mark.parametrize(("lang", "day", "entry", "venue"), CASES)
def test_the_labelled_sentence_gives_the_place(lang, day, entry, venue) -> None:
    page = f"# Programme\n\n### {day}\n\n- {CLOCK[lang]} {entry}\n- 16:00 {entry.split('.')[0]}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got][0] == ("2027-01-02", "14:00")
    assert got[0].venue == venue
    assert got[0].title == entry.split(".")[0]  # the sentence before the label


@pytest.mark.parametrize(("lang", "day", "entry", "venue"), CASES)
def test_without_the_label_the_dash_part_stays_the_place(lang, day, entry, venue) -> None:
    first = entry.split(".")[0]
    page = f"# Programme\n\n### {day}\n\n- {CLOCK[lang]} {first}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert got[0].venue != venue and first.split(" – ")[1] in (got[0].place or "")
