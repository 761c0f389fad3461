"""A blog theme heads its comments with their count and the post's title ("3 thoughts on
“IYSSE meetings in Ghana”", "2 Gedanken zu „Termine“", "4 réflexions sur « Réunions »", "2
pensamientos sobre «Reuniones»"); under it each comment's stamp ("30/11/2026 at 6:45 pm") is when
it was written, no meeting. A heading with the same word and no count ("Thoughts on the war") is
no comments heading.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)

# lang: (meeting line, comments heading, stamp line)
PAGES = {
    "en": ("Wednesday 16 December 2026, 10am – University for Development Studies, Tamale",
           "3 thoughts on “IYSSE meetings in Ghana”", "30/11/2026 at 6:45 pm"),
    "de": ("Mittwoch, 16. Dezember 2026, 10 Uhr – Universität Bremen, GW2",
           "2 Gedanken zu „Termine im Dezember“", "30.11.2026 um 18:45 Uhr"),
    "fr": ("Mercredi 16 décembre 2026, 10 h – Université Lyon 2, amphi C",
           "4 réflexions sur « Nos réunions »", "30/11/2026 à 18 h 45"),
    "es": ("Miércoles 16 de diciembre de 2026, 10:00 – Universidad de Chile, sala 3",
           "2 pensamientos sobre «Próximas reuniones»", "30/11/2026 a las 18:45"),
}  # fmt: skip


def _page(lang: str, heading: str | None = None) -> str:
    meeting, comments, stamp = PAGES[lang]
    return (
        f"Meetings\n\n{meeting}\n\nShare this: Facebook | X\n\n{heading or comments}\n\n"
        f"Abena O.\n{stamp}\nPlease come to Sunyani too!\nReply\n"
    )


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_comments_stamp_under_a_blogs_count_heading_is_no_meeting(lang: str) -> None:
    listing = parse(_page(lang), as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-16"]
    assert any("comment" in w.reason for w in listing.warnings)


def test_a_heading_without_a_count_is_no_comments_heading() -> None:
    page = "Meetings\n\nThoughts on the war\n\nSaturday 5 December 2026, 7pm\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2026-12-05", "19:00")
