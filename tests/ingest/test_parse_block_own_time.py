"""A seminar list states one time for every entry ("Unless otherwise stated, all seminars start
at 2:00 p.m."), and an entry's block of labelled fields under its date gives its own: a time
field after the speaker, topic and venue ("Time: 3:00 p.m.", ``parse.lines._field_rule``), or a
note ("NB: starts at 3:00 p.m. GMT", ``parse.details._detail_text``). That time is the entry's,
never the list's for the entries below it, and the next entry keeps the list's time.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 20)

RULE = {
    "en": "Unless otherwise stated, all seminars start at 2:00 p.m. prompt (GMT).",
    "de": "Wenn nicht anders angegeben, beginnen alle Vorträge um 14:00 Uhr.",
    "fr": "Sauf indication contraire, les séminaires commencent à 14 h.",
    "es": "Salvo que se indique otra cosa, los seminarios empiezan a las 14:00.",
}
BLOCKS = {
    "en": ("6. Wednesday, 3rd February, 2027", "Speaker: Prof. Arcand", "Topic: Finance and growth",
           "Venue: Room 12", "7. Wednesday, 10th February, 2027", "Venue: Great Hall"),
    "de": ("6. Mittwoch, 3. Februar 2027", "Referent: Prof. Arnold", "Thema: Finanzen und Wachstum",
           "Ort: Raum 12", "7. Mittwoch, 10. Februar 2027", "Ort: Großer Saal"),
    "fr": ("6. Mercredi 3 février 2027", "Intervenant : Pr Arcand", "Sujet : Finance et croissance",
           "Lieu : Salle 12", "7. Mercredi 10 février 2027", "Lieu : Grande salle"),
    "es": ("6. Miércoles 3 de febrero de 2027", "Ponente: Prof. Arcand", "Tema: Finanzas y crecimiento",
           "Lugar: Sala 12", "7. Miércoles 10 de febrero de 2027", "Lugar: Sala Magna"),
}  # fmt: skip
OWN = {
    "en": ["Time: 3:00 p.m.", "NB: starts at 3:00 p.m. GMT"],
    "de": ["Zeit: 15:00 Uhr", "Hinweis: beginnt um 15 Uhr (MEZ)"],
    "fr": ["Heure : 15 h", "Attention : commence à 15 h"],
    "es": ["Hora: 15:00", "Nota: empieza a las 15:00"],
}


@pytest.mark.parametrize("lang", sorted(RULE))
@pytest.mark.parametrize("which", [0, 1], ids=["field", "note"])
def test_a_blocks_own_time_is_its_own(lang: str, which: int) -> None:
    first, speaker, topic, venue, second, venue2 = BLOCKS[lang]
    page = "\n".join([
        "SEMINARS", "", RULE[lang], "", first, f"   {speaker}", f"   {topic}", f"   {venue}",
        f"   {OWN[lang][which]}", "", second, f"   {venue2}", "",
    ])  # fmt: skip
    listing = parse(page, as_of=AS_OF, lang=lang)
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2027-02-03", "15:00"), ("2027-02-10", "14:00")]


# German speaker and topic fields ("Referent:", "Thema:") were read as the venue (an xfail until
# 2026-12-04): a line labelled as the place ("Ort:") now says which line is the venue.
@pytest.mark.parametrize("lang", sorted(RULE))
def test_the_blocks_venue_field_is_its_place(lang: str) -> None:
    first, speaker, topic, venue, second, venue2 = BLOCKS[lang]
    page = "\n".join([
        "SEMINARS", "", RULE[lang], "", first, f"   {speaker}", f"   {topic}", f"   {venue}",
        f"   {OWN[lang][0]}", "", second, f"   {venue2}", "",
    ])  # fmt: skip
    m = parse(page, as_of=AS_OF, lang=lang).meetings[0]
    assert venue.split(":", 1)[1].strip() in " ".join(filter(None, [m.venue, m.room]))


def test_a_field_block_with_no_date_still_states_the_lists_time() -> None:
    page = "\n".join([
        "Seminars", "", "Time: 4:15 pm", "Venue: Room 12", "",
        "Wednesday 3 February 2027 – Finance and growth", "",
        "Wednesday 10 February 2027 – Remittances", "",
    ])  # fmt: skip
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2027-02-03", "16:15"), ("2027-02-10", "16:15"),
    ]  # fmt: skip
