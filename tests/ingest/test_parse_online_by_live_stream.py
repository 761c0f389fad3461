"""An event streamed live with no hall to go to ("Transmisión en vivo por Facebook y YouTube del
IIS", "diffusée en direct sur YouTube", "live stream on YouTube", "Übertragung im Livestream")
is held online; one in a hall that is also streamed keeps its hall and is online too. A street
or a title with "stream" in it says nothing of the kind, nor a radio's live broadcast.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

STREAMED = [
    ("es", "Miércoles 9 de diciembre de 2026, 17:00 h – Seminario – Transmisión en vivo por "
     "Facebook y YouTube del IIS", None),
    ("es", "Jueves 10 de diciembre de 2026, 18 h – Conferencia, transmitida en directo por el "
     "canal de YouTube de la Facultad", None),
    ("fr", "mercredi 9 décembre 2026, 17 h – Conférence – diffusée en direct sur YouTube", None),
    ("fr", "jeudi 10 décembre 2026, 18 h – Débat – retransmis en direct sur la chaîne YouTube de l'UL",
     None),
    ("en", "Wednesday 9 December 2026, 5pm – Lecture – live stream on YouTube", None),
    ("en", "Thursday 10 December 2026, 6pm – Lecture – Main Hall (also streamed live)", "Main Hall"),
    ("de", "Mittwoch, 9. Dezember 2026, 17 Uhr – Vortrag – Übertragung im Livestream", None),
    ("de", "Donnerstag, 10. Dezember 2026, 18 Uhr – Vortrag – Gewerkschaftshaus, mit Live-Stream",
     "Gewerkschaftshaus"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "line", "hall"), STREAMED)
def test_a_streamed_event_is_online(lang: str, line: str, hall: str | None) -> None:
    (m,) = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert m.online
    if hall is not None:
        assert m.venue is not None and m.venue.startswith(hall)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Thursday 10 December 2026, 6pm – Lecture – Main Hall, 4 Stream Road"),
        ("en", "Thursday 10 December 2026, 6pm – Mainstream media and the war – Trades Hall"),
        ("es", "Jueves 10 de diciembre de 2026, 18 h – Charla: la transmisión de la memoria – "
         "Ateneo"),
        ("fr", "Mardi 1 décembre 2026, 18h – Concert diffusé en direct sur France Inter, Salle "
         "Rameau, Lyon"),
    ],
)  # fmt: skip
def test_stream_in_a_street_or_title_is_not_online(lang: str, line: str) -> None:
    (m,) = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert not m.online
