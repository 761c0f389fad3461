"""A film club's cards with every field in a block of its own: the date and time ("Sam. 12 déc. |
17h"), the film's title ("Touki Bouki"), its credits ("Djibril Diop Mambéty, 1973, 85 min"),
then the cinema ("Institut français du Sénégal, salle de cinéma — 89 rue Joseph Gomis"). The
cinema is the place, the title no city heading and the credits nothing. A card without credits
reads as before.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

CARDS = {
    "fr": (["Sam. 12 déc. | 17h", "Mer. 16 déc. | 19h30"], ["La Noire de…", "Touki Bouki"],
           ["Ousmane Sembène, 1966, 60 min", "Djibril Diop Mambéty, 1973, 85 min"],
           ["Institut français du Sénégal, salle de cinéma — 89 rue Joseph Gomis, Dakar",
            "Maison des Cultures Urbaines, Ouakam — projection en plein air"]),
    "en": (["Sat 12 Dec | 5pm", "Wed 16 Dec | 7.30pm"], ["Aftersun", "Perfect Days"],
           ["Charlotte Wells, UK 2022, 102 mins", "Wim Wenders, Japan 2023, 124 mins"],
           ["Electric Cinema, Screen 2 — 47 Station St, Birmingham", "Mac Birmingham, Cannon Hill Park"]),
    "de": (["Sa. 12.12. | 17 Uhr", "Mi. 16.12. | 19.30 Uhr"], ["Die bleierne Zeit", "Toni Erdmann"],
           ["Margarethe von Trotta, 1981, 106 min", "Maren Ade, 2016, 162 min"],
           ["Kino Babylon, Saal 2 — Rosa-Luxemburg-Str. 30, Berlin", "Kino Arsenal, Potsdamer Straße 2"]),
    "es": (["Sáb. 12 dic. | 17 h", "Mié. 16 dic. | 19:30 h"], ["La ciénaga", "Relatos salvajes"],
           ["Lucrecia Martel, 2001, 103 min", "Damián Szifron, 2014, 122 min"],
           ["Cine El Cairo, sala 1 — Santa Fe 1120, Rosario", "Centro Cultural Parque de España, Sala Auditorio"]),
}  # fmt: skip


@pytest.mark.parametrize("lang", list(CARDS))
def test_the_cinema_is_the_place(lang: str) -> None:
    whens, titles, credits, cinemas = CARDS[lang]
    parts = ["Programme"]
    for k in range(2):
        parts += [whens[k], titles[k], credits[k], cinemas[k], "En savoir plus"]
    listing = parse("\n\n".join(parts) + "\n", as_of=AS_OF, lang=lang)
    assert len(listing.meetings) == 2
    for m, cinema, title in zip(listing.meetings, cinemas, titles, strict=True):
        name = cinema.split(",")[0]
        assert name in " ".join(filter(None, [m.venue, m.place, m.campus]))
        assert m.city != title


def test_a_card_without_credits_reads_as_before() -> None:
    page = (
        "Programme\n\nSam. 12 déc. | 17h\n\nLa Noire de…\n\nInstitut français du Sénégal, jardin\n"
    )
    (m,) = parse(page, as_of=AS_OF, lang="fr").meetings
    assert "Institut français" in " ".join(filter(None, [m.venue, m.place]))
