"""A seminar's one-line entries: the date, the speaker with their affiliation in brackets, the
talk's title in quotes, maybe a remark ("— Julie Hendrickx (ULiège) : « Les grèves … » — _au
Sart Tilman, bâtiment B31_"). The affiliation is no place: the series' stated place stays, and a
remark that says where ("au …", "at …", "im …", "en …") is the session's own place.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

RULE = {
    "fr": "Sauf mention contraire, les séances ont lieu le jeudi de 16h à 18h, dans la salle des professeurs, Place du 20-Août 7, 4000 Liège.",
    "en": "Unless stated otherwise, sessions are held on Thursdays at 4pm in the Senate Room.",
    "de": "Wenn nicht anders angegeben, beginnen alle Sitzungen um 16 Uhr im Hörsaal 1.",
    "es": "Salvo indicación contraria, las sesiones son los jueves a las 16:00 h en la Sala Capitular.",
}
DEFAULT = {
    "fr": "salle des professeurs",
    "en": "Senate Room",
    "de": "Hörsaal 1",
    "es": "Sala Capitular",
}
ENTRIES = {
    "fr": ("- **Jeudi 17 décembre 2026** — Julie Hendrickx (ULiège) : « Les grèves de 1960 »",
           "- **Jeudi 4 février 2027** — Amina El Khattabi (UCLouvain) : « Les ouvrières » — _au Sart Tilman, bâtiment B31_",
           "Sart Tilman"),
    "en": ("- **Thursday 17 December 2026** — Julie Hendrickx (University of Liège): “The strikes of 1960”",
           "- **Thursday 4 February 2027** — Amina El Khattabi (KU Leuven): “Women workers” — at the Playfair Library",
           "Playfair Library"),
    "de": ("- **Donnerstag, 17. Dezember 2026** — Julia Hendricks (Universität Bonn): „Die Streiks von 1960“",
           "- **Donnerstag, 4. Februar 2027** — Amina Khattabi (ETH Zürich): „Arbeiterinnen“ — im Kollegienhaus",
           "Kollegienhaus"),
    "es": ("- **Jueves 17 de diciembre de 2026** — Julia Hendrickx (Universidad de Chile): «Las huelgas de 1960»",
           "- **Jueves 4 de febrero de 2027** — Amina Khattabi (UNAM): «Las obreras» — en el Palacio de Minería",
           "Palacio de Minería"),
}  # fmt: skip


@pytest.mark.parametrize("lang", list(ENTRIES))
def test_the_affiliation_is_no_place(lang: str) -> None:
    first, second, own = ENTRIES[lang]
    page = f"Séminaire\n\n{RULE[lang]}\n\n## Programme\n\n{first}\n{second}\n"
    one, two = parse(page, as_of=AS_OF, lang=lang).meetings
    assert DEFAULT[lang] in " ".join(filter(None, [one.venue, one.place, one.room, one.address]))
    assert one.campus is None and one.speaker is not None and one.title is not None
    assert own in " ".join(filter(None, [two.venue, two.place, two.campus]))
