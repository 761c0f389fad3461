"""A rule that states a time for each place, its parts between semicolons ("Toutes les séances
ont lieu : à Cholet au Théâtre Saint-Louis, …, à 14 h 30 ; à Saumur au Théâtre Le Dôme, …, à
20 h 30 ; sauf mention contraire."): each meeting takes the part its own line names, and one
that names neither takes neither (not the first part's town). Written from holdout41's
travel-film programme, whose Saumur screenings all got Cholet's time and address; the rows are
variants, with look-alikes whose second part is no place."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.calendar import place_times
from eventmap.ingest.parse import parse
from eventmap.ingest.parse.meetings import place_time_of

AS_OF = date(2026, 9, 1)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Toutes les séances ont lieu : à CHOLET au Théâtre Saint-Louis, 8 rue Jean-Bouin, "
         "49300 Cholet, à 14 h 30 ; à SAUMUR au Théâtre Le Dôme, place de la Bilange, 49400 "
         "Saumur, à 20 h 30 ; sauf mention contraire.",
         [("14:30", "Théâtre Saint-Louis, 8 rue Jean-Bouin, 49300 Cholet"),
          ("20:30", "Théâtre Le Dôme, place de la Bilange, 49400 Saumur")]),
        ("Branch meetings are held in Leeds at the Trades Club at 7pm; in York at the Golden "
         "Ball at 7.30pm.", [("19:00", "Trades Club, Leeds"), ("19:30", "Golden Ball, York")]),
        ("Die Treffen finden in Bonn im Haus der Jugend um 19 Uhr statt; in Köln im Bürgerhaus "
         "Stollwerck um 19.30 Uhr.",
         [("19:00", "Haus der Jugend, Bonn"), ("19:30", "Bürgerhaus Stollwerck, Köln")]),
        ("Las sesiones son en Sevilla en el Centro Cívico a las 19:00; en Cádiz en la Casa de "
         "Iberoamérica a las 18:30.",
         [("19:00", "Centro Cívico, Sevilla"), ("18:30", "Casa de Iberoamérica, Cádiz")]),
        # three places
        ("Our meetings are held at the Library at 6pm; at the Town Hall at 7pm; at the "
         "Mechanics Institute at 7.30pm.",
         [("18:00", "the Library"), ("19:00", "the Town Hall"),
          ("19:30", "the Mechanics Institute")]),
    ],
)  # fmt: skip
def test_a_rule_s_parts_give_each_place_its_time(text, want):
    assert [(tm.start_time, p) for tm, p in place_times(text)] == want


@pytest.mark.parametrize(
    "text",
    [
        # one place; the second part is the doors, a remark or the end
        "Branch meetings are held at the Trades Club at 7pm; doors open at 6.30pm.",
        "Branch meetings are held at the Trades Club at 7pm; all welcome.",
        "Toutes les séances ont lieu au Théâtre Saint-Louis à 14 h 30 ; sauf mention contraire.",
        # no rule's verb: a line of prose with semicolons
        "Leeds at 7pm; York at 7.30pm",
        # the same place twice
        "Meetings are held at the Trades Club at 7pm; at the Trades Club at 7pm.",
    ],
)  # fmt: skip
def test_a_rule_of_one_place_has_no_parts(text):
    assert place_times(text) == ()


def test_a_meeting_takes_the_part_only_its_place_names():
    parts = place_times(
        "Meetings are held in Leeds at the Trades Club at 7pm; in York at the Trades Hall at 8pm."
    )
    assert place_time_of(parts, "York – Trades Hall, Friday 9 October")[0].start_time == "20:00"
    assert place_time_of(parts, "Leeds, Thursday 8 October")[0].start_time == "19:00"
    # "Trades" is in both, "Club" and "Hall" are kinds of venue: no part; nor when both towns are
    assert place_time_of(parts, "Trades, Thursday 8 October") is None
    assert place_time_of(parts, "Hull – Adelphi Hall, Saturday 10 October") is None
    assert place_time_of(parts, "Leeds and York, Thursday 8 October") is None


PAGES = {
    "fr": ("Programme 2026-2027\n\n"
           "Toutes les séances ont lieu :\n"
           "   à CHOLET au Théâtre Saint-Louis, 8 rue Jean-Bouin, 49300 Cholet, à 14 h 30 ;\n"
           "   à SAUMUR au Théâtre Le Dôme, place de la Bilange, 49400 Saumur, à 20 h 30 ;\n"
           "sauf mention contraire. Durée : 1 h 45 environ.\n\n"
           "1  ISLANDE\n"
           "   CHOLET – Théâtre Saint-Louis ........ jeu. 8 oct.\n"
           "   SAUMUR – Théâtre Le Dôme ............ ven. 9 oct.\n\n"
           "2  SICILE\n"
           "   CHOLET – Théâtre Saint-Louis ........ jeu. 3 déc.\n"
           "   SAUMUR – Théâtre Le Dôme ............ ven. 4 déc.\n",
           [("2026-10-08", "14:30", "Cholet"), ("2026-10-09", "20:30", "Saumur"),
            ("2026-12-03", "14:30", "Cholet"), ("2026-12-04", "20:30", "Saumur")]),
    "en": ("Branch meetings – autumn\n\n"
           "Branch meetings are held in Leeds at the Trades Club at 7pm; in Bradford at the "
           "Delius Arts Centre at 7.30pm.\n\n"
           "Leeds – Trades Club: Thursday 8 October\n"
           "Bradford – Delius Arts Centre: Friday 9 October\n"
           "Leeds – Trades Club: Thursday 12 November\n",
           [("2026-10-08", "19:00", "Leeds"), ("2026-10-09", "19:30", "Bradford"),
            ("2026-11-12", "19:00", "Leeds")]),
    "de": ("Termine Herbst\n\n"
           "Die Treffen finden in Bonn im Haus der Jugend um 19 Uhr statt; in Köln im "
           "Bürgerhaus Stollwerck um 19.30 Uhr.\n\n"
           "Bonn, Haus der Jugend – Do., 8. Oktober\n"
           "Köln, Bürgerhaus Stollwerck – Fr., 9. Oktober\n",
           [("2026-10-08", "19:00", "Bonn"), ("2026-10-09", "19:30", "Köln")]),
    "es": ("Ciclo de otoño\n\n"
           "Las sesiones son en Sevilla en el Centro Cívico a las 19:00; en Córdoba en la Casa "
           "de la Juventud a las 18:30.\n\n"
           "Sevilla – Centro Cívico: jueves 8 de octubre\n"
           "Córdoba – Casa de la Juventud: viernes 9 de octubre\n",
           [("2026-10-08", "19:00", "Sevilla"), ("2026-10-09", "18:30", "Córdoba")]),
}  # fmt: skip


def _where(m) -> str:
    return " | ".join(v for v in (m.city, m.venue, m.room, m.address, m.place) if v)


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_each_meeting_takes_its_own_place_s_time(lang):
    page, want = PAGES[lang]
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == [d for d, _, _ in want]
    for m, (_, start, town) in zip(ms, want, strict=True):
        assert m.start_time == start, (m.date, m.start_time, _where(m))
        assert town.casefold() in _where(m).casefold()
        others = {t for _, _, t in want} - {town}
        assert not any(o.casefold() in _where(m).casefold() for o in others), _where(m)


def test_a_meeting_that_names_neither_place_takes_neither():
    page = (
        "Branch meetings – autumn\n\n"
        "Branch meetings are held in Leeds at the Trades Club at 7pm; in York at the Golden "
        "Ball at 7.30pm.\n\n"
        "Leeds – Trades Club: Thursday 8 October\n"
        "Hull – Adelphi Club: Saturday 10 October\n"
    )
    ms = parse(page, as_of=AS_OF, lang="en").meetings
    assert [m.date for m in ms] == ["2026-10-08", "2026-10-10"]
    assert ms[0].start_time == "19:00"
    hull = ms[1]
    assert hull.start_time is None
    assert "Adelphi Club" in _where(hull)
    assert "Trades Club" not in _where(hull) and "Golden Ball" not in _where(hull)
