"""An event list's start and end times as two ``<time>`` elements with nothing between them but
an empty divider ("18 h 30</time><span></span><time>20 h 30"), as Squarespace writes them: the
text keeps them apart, so the start is read whole (not "18 h" from "18 h 3020 h 30").
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

TIMES = [
    ("fr", "mardi 24 novembre 2026", "18 h 30", "20 h 30", "18:30"),
    ("en", "Tuesday, November 24, 2026", "6:30 PM", "8:30 PM", "18:30"),
    ("de", "Dienstag, 24. November 2026", "18:30", "20:30", "18:30"),
    ("es", "martes 24 de noviembre de 2026", "18:30 h", "20:30 h", "18:30"),
]


@pytest.mark.parametrize(("lang", "day", "start", "end", "want"), TIMES)
def test_two_time_elements_stay_apart(lang: str, day: str, start: str, end: str, want: str) -> None:
    page = (
        "<html><body><h1>Events</h1><article><h2>Public meeting</h2><ul>"
        f'<li><time datetime="2026-11-24">{day}</time></li>'
        f'<li><span><time datetime="2026-11-24">{start}</time><span class="divider"></span>'
        f'<time datetime="2026-11-24">{end}</time></span></li>'
        "<li>Université Concordia, pavillon Henry F. Hall, salle H-110</li></ul></article></body></html>"
    )
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.start_time == want
