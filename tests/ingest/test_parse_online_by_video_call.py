"""A meeting held by video call, named by its word or its platform ("en visio", "per
Videokonferenz", "por videoconferencia", "via Microsoft Teams", "on Jitsi", "Google Meet"), is
online, in a one-line entry and under a date line alike. Look-alikes that name no video call
("Video night", "Vision and strategy", "Team meeting", "teams of volunteers") stay in person.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

ONLINE = [
    ("fr", "Formation juridique en visio le mardi 12 janvier 2027, 18h-20h (lien envoyé sur inscription)"),
    ("fr", "Mardi 12 janvier 2027 à 18h : réunion par visioconférence"),
    ("de", "Dienstag, 12. Januar 2027, 18 Uhr: Mitgliederversammlung per Videokonferenz (Jitsi)"),
    ("de", "Di., 12.01.2027, 18:00 Uhr – Schulung auf BigBlueButton"),
    ("es", "Martes 12 de enero de 2027, 18:00 h: asamblea por videoconferencia"),
    ("es", "Martes 12 de enero de 2027, 18:00 h: charla por Microsoft Teams"),
    ("en", "Tuesday 12 January 2027, 6pm: branch meeting via Microsoft Teams"),
    ("en", "Tuesday 12 January 2027, 6pm: reading group on Google Meet"),
    ("en", "Tuesday 12 January 2027, 6pm: committee by video call (Webex)"),
]  # fmt: skip

IN_PERSON = [
    ("en", "Tuesday 12 January 2027, 6pm: Video night, Student Union, Room 4"),
    ("en", "Tuesday 12 January 2027, 6pm: Team meeting, Trades Hall"),
    ("fr", "Mardi 12 janvier 2027 à 18h : Vision et stratégie, Bourse du travail"),
    ("de", "Dienstag, 12. Januar 2027, 18 Uhr: Treffen der Teams, Gewerkschaftshaus"),
    ("es", "Martes 12 de enero de 2027, 18:00 h: video-foro, Casa del Pueblo"),
]  # fmt: skip


def _page(line: str) -> str:
    return f"Upcoming\n\n{line}\n"


@pytest.mark.parametrize(("lang", "line"), ONLINE)
def test_a_video_call_is_online(lang: str, line: str) -> None:
    (m,) = parse(_page(line), as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == ("2027-01-12", "18:00")
    assert m.online


# lang: (date line, the line under it)
UNDER_DATE = [
    ("fr", "Mardi 12 janvier 2027, 18h", "Formation juridique en visio (lien envoyé sur inscription)"),
    ("de", "Dienstag, 12. Januar 2027, 18 Uhr", "Schulung per Videokonferenz (BigBlueButton)"),
    ("es", "Martes 12 de enero de 2027, 18:00 h", "Asamblea por videollamada"),
    ("en", "Tuesday 12 January 2027, 6pm", "Branch meeting on Jitsi (link by email)"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "day", "detail"), UNDER_DATE)
def test_a_video_call_under_its_date_is_online(lang: str, day: str, detail: str) -> None:
    (m,) = parse(f"Upcoming\n\n{day}\n{detail}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == ("2027-01-12", "18:00")
    assert m.online


@pytest.mark.parametrize(("lang", "line"), IN_PERSON)
def test_words_that_name_no_video_call_stay_in_person(lang: str, line: str) -> None:
    (m,) = parse(_page(line), as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == ("2027-01-12", "18:00")
    assert not m.online
