"""A society's programme: each meeting a date alone on its line, then a paragraph about it
that may give its own start ("Tuesday 9 February" / "Annual General Meeting – 7pm prompt,
followed by …"; "Please note this meeting starts at 7pm."). The paragraph is that meeting's,
and its time wins over the programme's "All meetings start at 7.30pm unless stated otherwise";
before, a paragraph long enough to read as prose was left out of the meeting, which kept the
rule's time. (holdout36's cactus society in Bristol, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

CASES = [
    ("en", "All meetings start at 7.30pm unless stated otherwise.", "Tuesday 9 February",
     "Annual General Meeting – 7pm prompt, followed by the Members' Table Show (Gymnocalycium; "
     "Haworthia; any Aloe) and a short talk by our Chairman.",
     "Tuesday 9 March", "“Succulents of the Little Karoo” – talk by Margaret Lyle.", ("19:00", "19:30")),
    ("de", "Alle Treffen beginnen um 19:30 Uhr, wenn nicht anders angegeben.", "Dienstag, 9. Februar",
     "Jahreshauptversammlung – pünktlich um 19 Uhr, danach die Tischschau der Mitglieder (Gymnocalycium; "
     "Haworthia; jede Aloe) und ein kurzer Vortrag des Vorsitzenden.",
     "Dienstag, 9. März", "„Sukkulenten der Kleinen Karoo“ – Vortrag von Margarete Lyle.", ("19:00", "19:30")),
    ("fr", "Toutes les réunions commencent à 19 h 30, sauf mention contraire.", "mardi 9 février",
     "Assemblée générale annuelle – 19 h précises, suivie de l'exposition des membres (Gymnocalycium ; "
     "Haworthia ; tout Aloe) et d'une courte causerie du président.",
     "mardi 9 mars", "« Les succulentes du Petit Karoo » – causerie de Marguerite Lyle.", ("19:00", "19:30")),
    ("es", "Todas las reuniones empiezan a las 19:30, salvo que se indique otra hora.", "martes 9 de febrero",
     "Asamblea general anual – a las 19:00 en punto, seguida de la muestra de socios (Gymnocalycium; "
     "Haworthia; cualquier Aloe) y una breve charla del presidente.",
     "martes 9 de marzo", "«Suculentas del Pequeño Karoo» – charla de Margarita Lyle.", ("19:00", "19:30")),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "d1", "blurb", "d2", "line2", "want"), CASES)
def test_the_paragraph_under_a_date_gives_its_own_time(
    lang, rule, d1, blurb, d2, line2, want
) -> None:
    page = f"Programme\n\n{rule}\n\n{d1}\n{blurb}\n\n{d2}\n{line2}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in got] == ["2027-02-09", "2027-03-09"]
    assert tuple(m.start_time for m in got) == want


@pytest.mark.parametrize(
    "note",
    [
        "Christmas social and members' bring-and-share supper. Please note this meeting starts at 7pm. "
        "Bring a plate and your best plant for the festive mini-show.",
        "Members' garden visit, Portishead – 2pm. Address sent to members nearer the time; car sharing "
        "can be arranged from the usual meeting place.",
    ],
)
def test_a_remark_in_the_paragraph_moves_the_start(note: str) -> None:
    page = f"Programme\n\nAll meetings start at 7.30pm unless stated otherwise.\n\nTuesday 8 December\n{note}\n"
    got = parse(page, as_of=AS_OF).meetings
    assert len(got) == 1 and got[0].start_time in ("19:00", "14:00")
    assert got[0].start_time == ("19:00" if "7pm" in note else "14:00")


def test_a_list_item_under_a_dated_item_gives_it_no_time() -> None:
    page = (
        "### Also of interest\n\n"
        "- The Heritage Week call for events closes on Friday 30th April.\n"
        "- The Local Studies room is open to researchers Tuesday to Friday, 10am–1pm; book ahead at "
        "the Local Studies desk.\n"
    )
    assert all(m.start_time is None for m in parse(page, as_of=AS_OF).meetings)
