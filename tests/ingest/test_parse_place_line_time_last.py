"""A regional agenda: a date heading, then a line that gives the town, the hall and the time
last after a comma ("Samstag, 5. Dezember" / "Rheinfelden, Kurbrunnen, 19.30 Uhr" / "Weihnachtslotto
des Handballclubs …"), under a rule for the whole list with an "unless stated" clause in its
middle ("Alle Lottomatches beginnen, wo nicht anders vermerkt, um 20 Uhr."). The line's own time
wins and the rule's time holds for the others; before, the comma before the time was not found
(only the first comma of the line was tried) and the rule was not read, so every entry's time
was TBA. (holdout38's Lottomatch agenda from Aargau, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 2)

# (lang, rule, first day, its place line with the time last, second day, its place line, hall)
CASES = [
    ("en", "All bingo nights begin, unless stated otherwise, at 8pm.", "Saturday 5 December",
     "Rheinfelden, Kurbrunnen, 7.30pm", "Sunday 6 December", "Möhlin, Gemeindesaal", "Kurbrunnen"),
    ("de", "Alle Lottomatches beginnen, wo nicht anders vermerkt, um 20 Uhr.", "Samstag, 5. Dezember",
     "Rheinfelden, Kurbrunnen, 19.30 Uhr", "Sonntag, 6. Dezember", "Möhlin, Gemeindesaal", "Kurbrunnen"),
    ("de", "Alle Lottomatches beginnen, falls nicht anders angegeben, um 20 Uhr.", "Samstag, 5. Dezember",
     "Rheinfelden, Kurbrunnen, 19.30 Uhr", "Sonntag, 6. Dezember", "Möhlin, Gemeindesaal", "Kurbrunnen"),
    ("fr", "Tous les lotos commencent, sauf mention contraire, à 20 h.", "Samedi 5 décembre",
     "Rheinfelden, Kurbrunnen, 19 h 30", "Dimanche 6 décembre", "Möhlin, Gemeindesaal", "Kurbrunnen"),
    ("es", "Todos los bingos empiezan, salvo que se indique otra cosa, a las 20:00.", "Sábado 5 de diciembre",
     "Rheinfelden, Kurbrunnen, 19:30", "Domingo 6 de diciembre", "Möhlin, Gemeindesaal", "Kurbrunnen"),
]  # fmt: skip


BLURB = {"en": "Cash only at the door.", "de": "Nur Abendkasse.", "fr": "Caisse du soir uniquement.",
         "es": "Solo taquilla."}  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "day1", "line1", "day2", "line2", "hall"), CASES)
def test_the_lines_time_last_and_the_rules_time(lang, rule, day1, line1, day2, line2, hall) -> None:
    blurb = BLURB[lang]
    page = f"LOTTO\n\n{rule}\n\n{day1}\n\n{line1}\n{blurb}\n\n{day2}\n\n{line2}\n{blurb}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-05", "19:30"),
        ("2026-12-06", "20:00"),
    ]
    assert hall in " ".join(filter(None, (got[0].venue, got[0].room, got[0].place)))
    assert "19" not in " ".join(
        filter(None, (got[0].venue, got[0].room, got[0].place, got[0].address))
    )


@pytest.mark.parametrize(("lang", "rule", "day1", "line1", "day2", "line2", "hall"), CASES)
def test_a_number_last_that_is_no_time_stays_the_address(
    lang, rule, day1, line1, day2, line2, hall
) -> None:
    page = f"LOTTO\n\n{rule}\n\n{day1}\n\nRheinfelden, Kurbrunnen, Marktgasse 12\n{BLURB[lang]}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [("2026-12-05", "20:00")]
