"""A fallback day for the weather, in brackets right after a meeting's date ("**Thursday,
February 18** (snow date: Thursday, February 25) — *Ice Harvesting on Crescent Pond.* …"):

- the line is the meeting on its first date, even with no time of its own under a list-wide time
  (it was dropped as "a date mentioned in a sentence");
- the fallback day is no meeting, and the bracket is in none of the meeting's fields.

A date in brackets that is not a fallback ("(second session: …)") is read as before."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (lang, the list's time and place, entry)
PAGES = [
    (
        "en",
        "Unless otherwise noted, lectures are held at the **Millbrook Public Library**, 212 Elm "
        "Street, and begin at **7:00 p.m.**",
        "**Thursday, February 18** (snow date: Thursday, February 25) — *Ice Harvesting on "
        "Crescent Pond.* Robert Lindqvist, Crescent Pond Association.",
    ),
    (
        "en",
        "Unless otherwise noted, walks start at **10am** from the **Visitor Centre**, Mill Lane.",
        "**Saturday, February 20** (rain date: Sunday, February 21) — Winter tree identification "
        "walk with the rangers of the Mill Valley reserve, about two hours at an easy pace.",
    ),
    (
        "de",
        "Wenn nicht anders angegeben, beginnen alle Termine um **10 Uhr** am **Vereinsheim**, "
        "Gartenweg 4, 06108 Halle.",
        "**Samstag, 20. Februar** (Ausweichtermin: Samstag, 27. Februar) — Baumschnittkurs für "
        "Anfänger und Fortgeschrittene mit unserem Fachberater, bitte Scheren mitbringen.",
    ),
    (
        "fr",
        "Sauf indication contraire, les sorties partent à **10h** de la **Maison de quartier**, "
        "12 rue des Vergers.",
        "**Samedi 20 février** (date de repli : samedi 27 février) — Atelier de taille des arbres "
        "fruitiers avec l'association des croqueurs de pommes, apportez vos sécateurs.",
    ),
    (
        "es",
        "Salvo que se indique otra cosa, las actividades empiezan a las **10:00** en el **Centro "
        "Vecinal**, Calle Mayor 12.",
        "**Sábado 20 de febrero** (fecha alternativa: sábado 27 de febrero) — Jornada de poda en "
        "el huerto comunitario con el grupo de jardinería, traed guantes y tijeras.",
    ),
]


@pytest.mark.parametrize(("lang", "rule", "entry"), PAGES)
def test_fallback_day_is_a_remark_on_the_meeting(lang, rule, entry):
    text = f"# Programme\n\n{rule}\n\n## February\n\n{entry}\n"
    result = parse(text, as_of=AS_OF)
    (m,) = result.meetings
    first = "2027-02-18" if "February 18" in entry else "2027-02-20"
    assert m.date == first
    assert m.start_time in ("19:00", "10:00")
    fields = " ".join(v for v in (m.title, m.venue, m.room, m.address, m.campaign) if v)
    assert "(" not in fields and "date" not in fields.lower().split()
    assert not any("mentioned in a sentence" in w.reason for w in result.warnings)


@pytest.mark.parametrize(
    "line",
    [
        "**Thursday, February 18, 2027, 7pm** (rain date: Thursday, February 25) — Talk, Town Hall",
        "**Donnerstag, 18. Februar 2027, 19 Uhr** (Ausweichtermin: 25. Februar) — Vortrag, Rathaus",
    ],
)
def test_timed_line_keeps_its_place_after_the_fallback(line):
    (m,) = parse(line + "\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2027-02-18", "19:00")
    assert "Ausweichtermin" not in (m.title or "") + (m.venue or "")
    assert "rain date" not in (m.title or "") + (m.venue or "")


def test_a_second_session_in_brackets_is_still_a_meeting():
    line = (
        "**Thursday, February 18, 2027, 7pm** (second session: Thursday, February 25, 7pm) — "
        "Reading group, Town Hall"
    )
    dates = {m.date for m in parse(line + "\n", as_of=AS_OF).meetings}
    assert "2027-02-18" in dates and "2027-02-25" in dates
