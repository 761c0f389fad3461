"""A club's calendar under month headings: each entry a heading with its weekday, its day and
its title after a middle dot ("### Sábado 5 · Taller de alambrado" under "## Diciembre"), then
its labelled fields ("- Hora: 10:00 h", "- Lugar: …"). The day is that month's, as with a dash
or a colon after the day; before, the dot left the heading undated and the entry was lost.

And on a page that states a time for one list ("Todas las clases son de 17:00 a 19:00 h"), a
later day whose lines are its own labelled fields is one meeting at its field's time; before,
each field line became an entry of that day at the list's time. (holdout36's bonsai society in
Monterrey, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

ENTRY_CASES = [
    ("en", "December", "Saturday 5", "Wiring workshop for beginners", "Time", "10:00 to 13:00",
     "Place", "Bristol Museum, Queens Road", "2026-12-05", "10:00", "Bristol Museum"),
    ("de", "Dezember", "Samstag 5", "Drahtkurs für Anfänger", "Zeit", "10:00 bis 13:00 Uhr",
     "Ort", "Kulturhaus Graz, Elisabethstraße 30", "2026-12-05", "10:00", "Kulturhaus Graz"),
    ("fr", "Décembre", "Samedi 5", "Atelier de ligature", "Heure", "10 h à 13 h",
     "Lieu", "Maison des associations, rue Jean-Jaurès", "2026-12-05", "10:00", "Maison des associations"),
    ("es", "Diciembre", "Sábado 5", "Taller de alambrado para principiantes", "Hora", "10:00 a 13:00 h",
     "Lugar", "Centro Cultural Plaza Fátima, Av. Vasconcelos", "2026-12-05", "10:00",
     "Centro Cultural Plaza Fátima"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "month", "day", "title", "tlabel", "time", "plabel", "place", "want_date", "want_time",
     "venue"),
    ENTRY_CASES,
)  # fmt: skip
def test_a_day_and_title_after_a_dot_take_the_month_heading(
    lang, month, day, title, tlabel, time, plabel, place, want_date, want_time, venue
) -> None:
    page = f"# Calendar\n\n## {month}\n\n### {day} · {title}\n- **{tlabel}:** {time}\n- **{plabel}:** {place}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue, m.title) for m in got] == [
        (want_date, want_time, venue, title)
    ]


@pytest.mark.parametrize(
    ("lang", "month", "day", "title", "tlabel", "time", "plabel", "place", "want_date", "want_time",
     "venue"),
    ENTRY_CASES,
)  # fmt: skip
def test_without_a_month_heading_the_day_is_no_date(
    lang, month, day, title, tlabel, time, plabel, place, want_date, want_time, venue
) -> None:
    page = f"# Calendar\n\n### {day} · {title}\n- **{tlabel}:** {time}\n- **{plabel}:** {place}\n"
    assert parse(page, as_of=AS_OF, lang=lang).meetings == []


LIST_THEN_FIELDS = [
    ("en", "Regular classes", "All classes are 5–7pm unless stated otherwise.",
     ["Thursday 14 January — Pruning", "Thursday 28 January — Soil and watering"],
     "February", "Saturday 20 – Online talk: Mexican junipers", "Time", "7pm", "Where", "on Zoom",
     ["2027-01-14 17:00", "2027-01-28 17:00", "2027-02-20 19:00"]),
    ("de", "Regelmäßige Kurse", "Alle Kurse beginnen um 17 Uhr, wenn nicht anders angegeben.",
     ["Donnerstag, 14. Januar — Schnitt", "Donnerstag, 28. Januar — Substrate"],
     "Februar", "Samstag 20 – Online-Vortrag: Wacholder", "Zeit", "19 Uhr", "Ort", "per Zoom",
     ["2027-01-14 17:00", "2027-01-28 17:00", "2027-02-20 19:00"]),
    ("fr", "Cours réguliers", "Toutes les séances commencent à 17 h sauf mention contraire.",
     ["jeudi 14 janvier — Taille", "jeudi 28 janvier — Substrats"],
     "Février", "Samedi 20 – Conférence en ligne : les genévriers", "Heure", "19 h", "Lieu", "sur Zoom",
     ["2027-01-14 17:00", "2027-01-28 17:00", "2027-02-20 19:00"]),
    ("es", "Clases regulares", "Todas las clases son de 17:00 a 19:00 h, salvo que se indique otra hora.",
     ["Jueves 14 de enero — Poda", "Jueves 28 de enero — Sustratos"],
     "Febrero", "Sábado 20 – Plática en línea: juníperos", "Hora", "19:00 h", "Dónde", "por Zoom",
     ["2027-01-14 17:00", "2027-01-28 17:00", "2027-02-20 19:00"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "head", "rule", "rows", "month", "day", "tlabel", "time", "plabel", "place", "want"),
    LIST_THEN_FIELDS,
)
def test_a_day_of_labelled_fields_after_a_list_time_is_one_meeting(
    lang, head, rule, rows, month, day, tlabel, time, plabel, place, want
) -> None:
    page = (
        f"# Calendar\n\n## {head}\n\n{rule}\n\n" + "\n".join(f"- {r}" for r in rows)
        + f"\n\n## {month}\n\n### {day}\n- **{tlabel}:** {time}\n- **{plabel}:** {place}\n"
        "- Guest speaker from the society.\n"
    )  # fmt: skip
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert sorted(f"{m.date} {m.start_time}" for m in got) == want


@pytest.mark.parametrize(
    ("lang", "rule", "day", "entries"),
    [
        ("en", "All sessions start at 10am unless stated otherwise.", "Saturday 20 February",
         ["- 10:00 Wiring workshop", "- 14:00 Repotting clinic"]),
        ("de", "Alle Kurse beginnen um 10 Uhr, wenn nicht anders angegeben.", "Samstag, 20. Februar",
         ["- 10:00 Drahtkurs", "- 14:00 Umtopfen"]),
        ("fr", "Toutes les séances commencent à 10 h sauf mention contraire.", "samedi 20 février",
         ["- 10 h Atelier de ligature", "- 14 h Rempotage"]),
        ("es", "Todas las sesiones son de 10:00 a 12:00 h, salvo que se indique otra hora.", "sábado 20 de febrero",
         ["- 10:00 Taller de alambrado", "- 14:00 Trasplantes"]),
    ],
)  # fmt: skip
def test_a_day_of_timed_entries_keeps_its_entries(lang, rule, day, entries) -> None:
    page = f"# Calendar\n\n{rule}\n\n{day}\n" + "\n".join(entries) + "\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert sorted(f"{m.date} {m.start_time}" for m in got) == [
        "2027-02-20 10:00",
        "2027-02-20 14:00",
    ]
