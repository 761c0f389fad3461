"""An e-mail newsletter in plain text, its sections framed by rules of dashes:

    --------------------------------------------------------------
    MONTHLY MEETINGS
    --------------------------------------------------------------
    Monthly meetings are held on the second Wednesday of the month in the SAAO Auditorium,
    Observatory Road, Observatory, Cape Town, and start at 20h00 unless noted.

    * Wednesday 9 December – Christmas meeting: the year in pictures, …

The rule's sentence wraps over two lines: its place is on the first, its time and "unless
noted" on the second; the meetings listed under it are at that place. The next framed heading
("OTHER EVENTS") ends the rule: the events under it have their own places and times, in a line
indented under each date ("Sat 5 Dec, 20h30" / "    Summer star party at the Cederberg
Observatory, …"). (holdout32's astronomy society, after its blind score: 1 of 10 right.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)
RULE = "-" * 62

# (section 1, rule's first line, rule's second line, entries, section 2, other entries: (date
# line, indented line), the rule's venue, the other entries' venues)
PAGES = {
    "en": ("MONTHLY MEETINGS",
           "Monthly meetings are held on the second Wednesday of the month in the SAAO Auditorium,",
           "Observatory Road, Observatory, Cape Town, and start at 20h00 unless noted.",
           ["* Wednesday 9 December – Christmas meeting: the year in pictures, members' photos "
            "and the quiz. Bring a plate to share.",
            "* Wednesday 13 January – Talk: \"Fast radio bursts\" – Dr Thandiwe Mokoena (UCT)."],
           "OTHER EVENTS",
           [("Fri 8 Jan, 16h00", "Summer star party at the Cederberg Observatory, Dwarsrivier. "
             "Programme starts with a braai; observing both nights.")],
           "SAAO Auditorium", ["Cederberg Observatory"], ["20:00", "20:00"], ["16:00"]),
    "de": ("MONATSTREFFEN",
           "Die Monatstreffen finden am zweiten Mittwoch des Monats im Vortragssaal der Sternwarte",
           "Sonneberg, Sternwartestraße 32, 96515 Sonneberg statt und beginnen um 20 Uhr, sofern nicht anders angegeben.",
           ["* Mittwoch, 9. Dezember – Weihnachtstreffen: Astrofotos der Mitglieder und das "
            "Quiz. Bitte etwas zum Teilen mitbringen.",
            "* Mittwoch, 13. Januar – Vortrag: „Schnelle Radioblitze“ – Dr. Anna Berger."],
           "WEITERE TERMINE",
           [("Fr, 8. Jan, 16 Uhr", "Sommerliche Beobachtungsnacht im Planetarium Nürnberg, "
             "Am Plärrer 41. Das Programm beginnt um 16 Uhr mit Grillen im Hof; beobachtet wird "
             "bis Mitternacht, bei jedem Wetter.")],
           "Vortragssaal der Sternwarte", ["Planetarium Nürnberg"], ["20:00", "20:00"], ["16:00"]),
}  # fmt: skip


def _page(lang: str) -> str:
    s1, r1, r2, entries, s2, others, *_ = PAGES[lang]
    out = ["Newsletter", "", RULE, s1, RULE, r1, r2, ""]
    for e in entries:
        out += [e, ""]
    out += [RULE, s2, RULE]
    for when, what in others:
        out += [when, f"    {what}", ""]
    return "\n".join(out)


@pytest.mark.parametrize("lang", list(PAGES))
def test_the_wrapped_rule_places_its_section_and_the_next_section_its_own(lang: str) -> None:
    *_, venue, others, times, other_times = PAGES[lang]
    got = parse(_page(lang).encode(), as_of=AS_OF).meetings
    n = len(times)
    assert [m.start_time for m in got] == times + other_times
    for m in got[:n]:
        assert venue in (m.venue or "")
    for m, other in zip(got[n:], others, strict=True):
        assert other in (m.venue or "")
        assert venue not in (m.venue or "")


@pytest.mark.parametrize("lang", list(PAGES))
def test_without_the_frame_the_rule_still_holds_over_its_list(lang: str) -> None:
    s1, r1, r2, entries, *_ = PAGES[lang]
    text = "\n".join(["Newsletter", "", s1, "", r1, r2, "", *entries, ""])
    got = parse(text.encode(), as_of=AS_OF).meetings
    venue = PAGES[lang][6]
    assert len(got) == len(entries)
    assert all(venue in (m.venue or "") for m in got)
