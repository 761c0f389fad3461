"""A Markdown page from a static site (Hugo, Jekyll, Eleventy, Grav) opens with its front
matter: "---" (YAML) or "+++" (TOML), "key: value" lines, the same fence. It is metadata: its
dates ("date: 2026-11-28T10:12:00Z", "lastmod = 2026-11-30") say when the page was written, the
page's own date when ``--as-of`` is not given (the latest of them), and none of its lines is a
meeting, a time or a heading (``ingest.text.front_matter``).
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

BODY = {
    "en": "# Upcoming meetings\n\nWednesday 9 December, 7pm\nPartick Burgh Hall, Glasgow\n\n"
    "*Reports from our meetings on 14 and 21 November are on the reports page.*\n",
    "de": "# Veranstaltungen\n\nMittwoch, 9. Dezember, 19 Uhr\nVolkshaus, Leipzig\n",
    "fr": "# Réunions\n\nMercredi 9 décembre, 19 h\nBourse du Travail, Lyon\n",
    "es": "# Próximas reuniones\n\nMiércoles 9 de diciembre, 19:00 h\nAteneo, Madrid\n",
}
FRONT = [
    ('---\ntitle: "Meetings"\ndate: 2026-11-28T10:12:00Z\nlastmod: 2026-11-30T08:03:41Z\n'
     'draft: false\ntags: ["meetings", "branch"]\n---\n', date(2026, 11, 30)),
    ("---\nlayout: page\ntitle: Meetings\ndate: 2026-11-28 10:12\ncategories:\n- news\n- events\n"
     "---\n", date(2026, 11, 28)),
    ('+++\ntitle = "Meetings"\ndate = 2026-11-27T09:30:00+01:00\n+++\n', date(2026, 11, 27)),
    ("---\ntitle: Veranstaltungen\npublishDate: '2026-11-29'\n---\n", date(2026, 11, 29)),
]  # fmt: skip


@pytest.mark.parametrize("lang", sorted(BODY))
@pytest.mark.parametrize(("front", "day"), FRONT)
def test_front_matter_dates_the_page_and_is_no_text(lang: str, front: str, day: date) -> None:
    listing = parse(front + "\n" + BODY[lang], today=date(2027, 6, 1), lang=lang)
    assert (listing.as_of, listing.as_of_origin) == (day, "page")
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-09", "19:00")]


def test_a_rule_around_the_opening_text_is_no_front_matter() -> None:
    page = (
        "---\nOur branch meets in Glasgow\n---\n\nWednesday 9 December, 7pm\nPartick Burgh Hall\n"
    )
    listing = parse(page, as_of=date(2026, 11, 30))
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-09", "19:00")]
    assert listing.as_of_origin == "given"


def test_an_unclosed_fence_is_read_as_text() -> None:
    page = "---\nWednesday 9 December, 7pm\nPartick Burgh Hall\n"
    listing = parse(page, as_of=date(2026, 11, 30))
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-09", "19:00")]
