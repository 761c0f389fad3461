"""A time and place stated once for a list, after a lead-in and a dash ("With Graham ZL3GK — all
classes start at 7pm in the Garden Room, Mount Pleasant Community Centre."), over the list's
dates: each date takes that time and place, and the rule ends at the next heading. Under such a
rule, the next month's heading ("## January") and a rule across the page ("---") end a day's
entries: neither the heading nor the footer under the rule is an entry of the list's time.
(holdout33's radio club in Christchurch, after its blind score: its Morse classes had no time,
and the footer became meetings once they did.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 30)

# (title, section, rule, its dates, month, day, entry, next month, day, entry, footer,
#  the rule's place and room as read)
PAGES = {
    "en": ("Club calendar", "Morse classes",
           "With Graham ZL3GK — all classes start at 7pm in the Garden Room, Mount Pleasant "
           "Community Centre. Beginners welcome.",
           ["Thursday 3 December", "Thursday 17 December"],
           "December", "Tuesday 8 December", "**7:30pm** — Club night, Riverside Hall",
           "January", "Tuesday 12 January", "**7:30pm** — Club night, Riverside Hall",
           "Questions? E-mail secretary@example.org.",
           "Mount Pleasant Community Centre", "Garden Room"),
    "de": ("Vereinskalender", "Morsekurs",
           "Mit Petra Huber – alle Kurse beginnen um 19 Uhr im Saal 2 der Volkshochschule Linz. "
           "Anfänger willkommen.",
           ["Donnerstag, 3. Dezember", "Donnerstag, 17. Dezember"],
           "Dezember", "Dienstag, 8. Dezember", "**19:30 Uhr** — Clubabend, Gasthaus Lindenhof",
           "Januar", "Dienstag, 12. Januar", "**19:30 Uhr** — Clubabend, Gasthaus Lindenhof",
           "Fragen? E-Mail an sekretariat@example.org.",
           "Saal 2 der Volkshochschule Linz", None),
    "fr": ("Agenda du club", "Cours de morse",
           "Avec Marie Dubois — tous les ateliers commencent à 19 h à la Maison des associations, "
           "salle 3. Débutants bienvenus.",
           ["Jeudi 3 décembre", "Jeudi 17 décembre"],
           "Décembre", "Mardi 8 décembre", "**19 h 30** — Soirée du club, Salle Pasteur",
           "Janvier", "Mardi 12 janvier", "**19 h 30** — Soirée du club, Salle Pasteur",
           "Des questions ? Écrivez à secretariat@example.org.",
           "Maison des associations", "salle 3"),
    "es": ("Calendario del club", "Curso de morse",
           "Con Carmen Ruiz — todas las clases comienzan a las 19:00 en el Centro Cívico Delicias, "
           "aula 3. Principiantes bienvenidos.",
           ["Jueves 3 de diciembre", "Jueves 17 de diciembre"],
           "Diciembre", "Martes 8 de diciembre", "**19:30** — Noche del club, Casa de Cultura",
           "Enero", "Martes 12 de enero", "**19:30** — Noche del club, Casa de Cultura",
           "¿Preguntas? Escribe a secretaria@example.org.",
           "Centro Cívico Delicias", "aula 3"),
}  # fmt: skip


def _page(p: tuple, rule: str | None = None) -> str:
    title, section, own_rule, dates, m1, d1, e1, m2, d2, e2, foot = p[:11]
    return "\n".join([
        f"# {title}", "", f"## {section}", "", rule or own_rule, "", *(f"- {d}" for d in dates),
        "", f"## {m1}", "", f"### {d1}", "", f"- {e1}", "", f"## {m2}", "", f"### {d2}", "",
        f"- {e2}", "", "---", "", foot, "",
    ])  # fmt: skip


@pytest.mark.parametrize("lang", list(PAGES))
def test_the_led_rule_times_and_places_its_dates(lang: str) -> None:
    p = PAGES[lang]
    got = parse(_page(p).encode(), as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-03", "19:00"), ("2026-12-17", "19:00"),
        ("2026-12-08", "19:30"), ("2027-01-12", "19:30"),
    ]  # fmt: skip
    place, room = p[11], p[12]
    for m in got[:2]:
        assert m.venue == place
        assert m.room == room  # "salle 3", not "salle 3. Débutants bienvenus"
    assert got[2].venue == got[3].venue != place


@pytest.mark.parametrize("lang", list(PAGES))
def test_no_month_heading_or_footer_becomes_an_entry(lang: str) -> None:
    """The same page with the rule as a plain sentence ("All classes start at 7pm …"): the
    month heading and the footer under "---" are no meetings of the list's time."""
    p = PAGES[lang]
    plain = p[2].split("—" if "—" in p[2] else "–", 1)[1].strip()
    plain = plain[0].upper() + plain[1:]
    got = parse(_page(p, plain).encode(), as_of=AS_OF).meetings
    assert len(got) == 4
    assert not any(m.title and (p[7] in m.title or "@" in m.title) for m in got)


@pytest.mark.parametrize(
    "rule",
    [
        "With Graham ZL3GK — all classes start at 7pm in the Garden Room, Mount Pleasant Community Centre.",
        "Mit Petra Huber – alle Kurse beginnen um 19 Uhr im Saal 2 der Volkshochschule Linz.",
        "Avec Marie Dubois — tous les ateliers commencent à 19 h à la Maison des associations.",
        "Con Carmen Ruiz — todas las clases comienzan a las 19:00 en el Centro Cívico Delicias.",
    ],
)
def test_the_led_rule_ends_at_the_next_heading(rule: str) -> None:
    page = "\n".join([
        "## Morse classes", "", rule, "", "- Thursday 3 December", "- Thursday 17 December", "",
        "## Field days", "", "- Saturday 9 January — Spencer Park",
        "- Saturday 6 February — Halswell Domain", "",
    ])  # fmt: skip
    got = parse(page.encode(), as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-03", "19:00"), ("2026-12-17", "19:00"),
        ("2027-01-09", None), ("2027-02-06", None),
    ]  # fmt: skip
    assert [m.venue for m in got[2:]] == ["Spencer Park", "Halswell Domain"]


@pytest.mark.parametrize(
    "line",
    [
        "Updated 3 December — all events are free for members.",
        "Aktualisiert am 3. Dezember – alle Termine ohne Gewähr.",
        "Mis à jour le 3 décembre — tous les événements sont gratuits.",
        "Actualizado el 3 de diciembre — todas las actividades son gratuitas.",
    ],
)
def test_a_dashed_remark_without_a_time_is_no_rule(line: str) -> None:
    page = "\n".join(
        ["## Classes", "", line, "", "- Thursday 10 December", "- Thursday 17 December", ""]
    )
    got = parse(page.encode(), as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [("2026-12-10", None), ("2026-12-17", None)]
