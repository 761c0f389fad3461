"""A calendar entry whose title is followed, after a dash, by who gives it with a courtesy title
("8.30 a.m.   “The Ata tala varnams of Pallavi Gopala Iyer” – Dr. R. Srivatsan, with his
disciples", "10 h – « Les chorals de Bach » – Mme Claire Roux"): the speaker, no place; the
page's place stays the entry's. Written from holdout42's music society page; the rows are
variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("lang", "venue", "day", "entry", "speaker"),
    [
        ("en", "Venue for all lec-dems: Sundaram Mini Hall (First Floor), Mylapore.",
         "16-12-2026 (Wednesday)",
         "8.30 a.m.   “The Ata tala varnams of Pallavi Gopala Iyer” – Dr. R. Srivatsan, with his "
         "disciples", "Dr. R. Srivatsan"),
        ("en", "Venue for all talks: Central Library (Room 2), Mount Street.",
         "Wednesday 16 December 2026", "7.30pm  “Railways of the North” – Prof. Anne Hill",
         "Prof. Anne Hill"),
        ("fr", "Lieu de toutes les conférences : Maison des Associations (salle 3).",
         "mercredi 16 décembre 2026", "18 h 30  « Les chorals de Bach » – Mme Claire Roux",
         "Mme Claire Roux"),
        ("de", "Ort aller Vorträge: Bürgerhaus Nord (Saal 2).", "Mittwoch, 16. Dezember 2026",
         "19:30 Uhr  „Die Eisenbahn im Harz“ – Dr. Jens Vogt", "Dr. Jens Vogt"),
        ("es", "Lugar de todas las charlas: Ateneo Obrero (sala 2).",
         "miércoles 16 de diciembre de 2026", "19:00  «El agua en la ciudad» – Dra. Ana Ruiz",
         "Dra. Ana Ruiz"),
    ],
)  # fmt: skip
def test_the_speaker_after_the_title_is_no_place(lang, venue, day, entry, speaker):
    page = f"Season 2026\n\n{venue}\n\n{day}\n{entry}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.date == "2026-12-16"
    assert (m.speaker or "").startswith(speaker), (m.speaker, m.venue, m.room)
    assert speaker not in " ".join(v for v in (m.venue, m.room, m.place, m.address) if v)
    assert m.venue == venue.split(":", 1)[1].split("(")[0].strip()


@pytest.mark.parametrize(
    ("lang", "entry", "venue"),
    [
        # a place after the dash: not a person
        ("en", "7.30pm  “Railways of the North” – Drill Hall, Mount Street", "Drill Hall"),
        ("fr", "18 h 30  « Les chorals de Bach » – Salle Pleyel", "Salle Pleyel"),
        ("de", "19:30 Uhr  „Die Eisenbahn im Harz“ – Stadthalle Goslar", "Stadthalle Goslar"),
        ("es", "19:00  «El agua en la ciudad» – Centro Cívico Delicias", "Centro Cívico Delicias"),
        # a place named after someone, with a courtesy title of its own
        ("en", "9.00 am  “Eye camp” – Sri Rama Mandira, Saligrama", "Sri Rama Mandira"),
        ("en", "7.30pm  “Railways of the North” – Dr. Martin Luther King Jr. Library",
         "Dr. Martin Luther King Jr. Library"),
    ],
)  # fmt: skip
def test_a_place_after_the_title_stays_the_place(lang, entry, venue):
    day = {"en": "Wednesday 16 December 2026", "fr": "mercredi 16 décembre 2026",
           "de": "Mittwoch, 16. Dezember 2026", "es": "miércoles 16 de diciembre de 2026"}[lang]  # fmt: skip
    (m,) = parse(f"Season 2026\n\n{day}\n{entry}\n", as_of=AS_OF, lang=lang).meetings
    assert venue in " ".join(v for v in (m.venue, m.place, m.city) if v)
    assert m.speaker is None
