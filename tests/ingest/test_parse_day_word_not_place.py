"""A weekday or a month after "am", "en", "im", "at" is a day, never a place (issue 17;
holdout13's stamp club): "…, Stadtsaal Steyr (Stadtplatz 27), Eröffnung am Samstag um 10 Uhr"
names the hall before the remark, and "Samstag" is when the doors open. The names are CLDR's, in
every language the parser reads; a whole word only ("May's Bar" stays a name). The rows are
variants written from the pattern, not copied from the corpus. (A line whose time the parser
reads nearer its date, "Stadthalle Wels, Eröffnung am Samstag um 11 Uhr", keeps the remark in its
room: another path, not this one.)"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.parse.lexicon import _opens_with_day_word

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("lang,line,iso,start,place", [
    ("de", "- **Sa., 24. bis So., 25. April 2027:** Landesverbandstag, Stadtsaal Steyr "
     "(Stadtplatz 27), Eröffnung am Samstag um 10 Uhr", "2027-04-24", "10:00", "Stadtsaal Steyr"),
    ("es", "- Sábado 24 de abril de 2027: encuentro regional, Centro Cultural Sur, apertura en "
     "Sábado a las 10", "2027-04-24", "10:00", "Centro Cultural Sur"),
    ("es", "- Viernes 7 de mayo de 2027: congreso, Casa del Pueblo, acreditación en Viernes a "
     "las 17 h", "2027-05-07", "17:00", "Casa del Pueblo"),
])
# fmt: on
def test_a_day_after_a_preposition_is_not_the_place(lang, line, iso, start, place):
    (m,) = parse(f"Programm 2027\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert (str(m.date), m.start_time) == (iso, start)
    fields = [m.venue, m.room, m.place, m.address]
    assert any(place in (f or "") for f in fields)
    assert not any(
        w in (f or "") for f in fields for w in ("Samstag", "Freitag", "Sábado", "Viernes")
    )


# fmt: off
@pytest.mark.parametrize("text,day", [
    ("Samstag um 10 Uhr", True), ("Sábado a las 10", True), ("Januar um 19 Uhr", True),
    ("samedi à 10 h", True), ("Saturday at 10", True), ("März", True),
    ("May's Bar at 7", False),          # a name that opens with a month
    ("Marktplatz um 10 Uhr", False),    # not "Mar"
    ("Samstagsbühne", False),           # a compound, not the day
    ("Stadtsaal", False),
])
# fmt: on
def test_a_day_word_is_a_whole_weekday_or_month_name(text, day):
    assert _opens_with_day_word(text) is day


PAGE = """## Programm 2027

- **Fr., 19. März 2027:** Tauschabend, 19:00, Gasthof Zur Post
- **Sa., 24. bis So., 25. April 2027:** Landesverbandstag, Stadtsaal Steyr (Stadtplatz 27), Eröffnung am Samstag um 10 Uhr
- **Fr., 21. Mai 2027:** Tauschabend, 19:00, Gasthof Zur Post
"""  # noqa: E501


def test_a_programme_reads_the_hall_before_the_opening_day():
    got = [
        (str(m.date), m.start_time, m.venue or m.room)
        for m in parse(PAGE, as_of=AS_OF, lang="de").meetings
    ]
    assert [(d, t) for d, t, _ in got] == [
        ("2027-03-19", "19:00"), ("2027-04-24", "10:00"), ("2027-05-21", "19:00"),
    ]  # fmt: skip
    assert "Gasthof Zur Post" in got[0][2] and "Gasthof Zur Post" in got[2][2]
    assert "Stadtsaal Steyr" in " ".join(
        f or "" for m in parse(PAGE, as_of=AS_OF, lang="de").meetings[1:2]
        for f in (m.venue, m.room, m.place)
    )
