"""A list's rule may name the group's usual premises by their kind before a colon, then by their
name with its short name in brackets ("Toutes nos réunions commencent à 20 h précises et ont lieu
au local habituel : Université de Namur (UNamur), auditoire S 03, …"). The place is the name and
its short name ("Université de Namur (UNamur)"), not the label. Before, it was "local habituel :
Université de Namur", without the short name the members know it by. (holdout39's minerals
club in Namur, after its blind score.) A room's number before a colon ("Room 2: Civic Centre")
stays, and a remark in brackets ("(upstairs)") is no short name. German puts "statt" after the
place ("… finden im gewohnten Lokal statt:"), which this reader does not follow yet."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (lang, the rule, the dates, the place wanted)
RULES = [
    ("fr", "Toutes nos réunions commencent à 20 h précises et ont lieu au local habituel :\n"
           "Université de Namur (UNamur), auditoire S 03, rue de Bruxelles 61, 5000 Namur.",
     ["vendredi 15 janvier : exposé", "vendredi 12 février : soirée détermination"],
     "Université de Namur (UNamur)"),
    ("en", "All our meetings start at 7.30pm and are held at the usual venue:\n"
           "University of Bath (UoB), Room 3.12, Claverton Down, Bath BA2 7AY.",
     ["Friday 15 January: talk", "Friday 12 February: identification evening"],
     "University of Bath (UoB)"),
    ("es", "Todas las reuniones empiezan a las 19:00 y son en el local de siempre:\n"
           "Universidad de Zaragoza (UNIZAR), aula 2, calle Pedro Cerbuna 12.",
     ["viernes 15 de enero: charla", "viernes 12 de febrero: noche de identificación"],
     "Universidad de Zaragoza (UNIZAR)"),
]  # fmt: skip
DAYS = ["2027-01-15", "2027-02-12"]


def _page(rule: str, dates: list[str]) -> str:
    return "RÉUNIONS\n\n" + rule + "\n\n" + "\n".join(f"  * {d}" for d in dates) + "\n"


@pytest.mark.parametrize(("lang", "rule", "dates", "place"), RULES)
def test_the_premises_name_and_short_name_are_the_place(lang, rule, dates, place) -> None:
    got = parse(_page(rule, dates), as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in got] == DAYS
    assert all(m.start_time for m in got)
    for m in got:
        name, short = place[: place.index(" (")], place[place.index("(") + 1 : -1]
        assert name in (m.campus or m.venue or ""), (m.campus, m.venue)
        assert ":" not in (m.venue or "") and "(" not in (m.venue or "")
        assert m.city != short  # "(UoB)" names the campus, not its town
        if lang in ("fr", "en"):  # the campus by the short name its members know it by
            assert m.venue == short


@pytest.mark.parametrize(
    ("rule", "place", "not_in"),
    [
        # a room's number before its colon: the room stays with the building
        ("All meetings begin at 7pm and are held in Room 2: Civic Centre, Market Street.",
         "Room 2", None),
        # a remark in brackets is no short name
        ("All meetings begin at 7pm and are held in the Trades Hall (upstairs), Market Street.",
         "Trades Hall", "upstairs"),
    ],
)  # fmt: skip
def test_a_room_number_or_a_remark_is_kept_apart(rule: str, place: str, not_in: str | None):
    got = parse(_page(rule, ["Friday 15 January: talk", "Friday 12 February: quiz"]),
                as_of=AS_OF, lang="en").meetings  # fmt: skip
    assert [m.date for m in got] == DAYS
    for m in got:
        fields = " | ".join(filter(None, (m.venue, m.room, m.place)))
        assert place in fields
        assert not_in is None or not_in not in (m.venue or "")
