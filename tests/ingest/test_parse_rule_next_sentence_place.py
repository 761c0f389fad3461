"""A series box: a rule that gives the series' time, its next sentence the meeting point under
a label, then the dates ("Jeweils sonntags um 14 Uhr. Treffpunkt: Café Central, Herrengasse 14,
1010 Wien. Dauer ca. 2,5 Stunden." / "Termine: 10. Jänner, 24. Jänner und 7. Februar 2027").
Each date is at the labelled place; before, the rule gave no place and the site's footer under
the dates became their venue. (holdout37's city walks in Vienna, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 15)

# (lang, rule, dates line)
CASES = [
    ("en", "All walks start at 2pm. Meeting point: Café Central, Herrengasse 14, 1010 Vienna. About 2.5 hours.",
     "Dates: 10 January, 24 January and 7 February 2027"),
    ("de", "Jeweils sonntags um 14 Uhr. Treffpunkt: Café Central, Herrengasse 14, 1010 Wien. Dauer ca. 2,5 Stunden.",
     "Termine: 10. Jänner, 24. Jänner und 7. Februar 2027"),
    ("fr", "Toutes les visites débutent à 14 h. Rendez-vous : Café Central, Herrengasse 14, 1010 Vienne. Durée 2 h 30 environ.",
     "Dates : 10 janvier, 24 janvier et 7 février 2027"),
    ("es", "Todas las visitas empiezan a las 14:00. Punto de encuentro: Café Central, Herrengasse 14, 1010 Viena. Unas 2,5 horas.",
     "Fechas: 10 de enero, 24 de enero y 7 de febrero de 2027"),
]  # fmt: skip
FOOTER = "Wien zu Fuß – Verein zur Förderung der Stadtkultur · ZVR-Zahl 418273615"


@pytest.mark.parametrize(("lang", "rule", "dates"), CASES)
def test_the_labelled_next_sentence_is_the_series_place(lang, rule, dates) -> None:
    page = f"# Programme\n\n### Series: coffee-house culture\n\n{rule}\n\n{dates}\n\n{FOOTER}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2027-01-10", "14:00"), ("2027-01-24", "14:00"), ("2027-02-07", "14:00"),
    ]  # fmt: skip
    assert {m.venue for m in got} == {"Café Central"}


@pytest.mark.parametrize(("lang", "rule", "dates"), CASES)
def test_an_unlabelled_next_sentence_is_no_place(lang, rule, dates) -> None:
    label_end = rule.index(":", rule.index(".")) + 1
    rule = rule[: rule.index(".") + 1] + " Bring good shoes." + rule[label_end:].split(".", 1)[1]
    page = f"# Programme\n\n### Series\n\n{rule}\n\n{dates}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert all(m.venue != "Café Central" for m in got)
