"""A club's fixtures table names the other team in its "Opponent" column ("Rd | Date | Opponent |
Venue", "Gegner", "Adversaire", "Rival"): a header row, the team the row's title and the venue
its place; "All Saturday pennant games start at 1pm" over it times every row, the list's noun
after words that say which. (holdout30's bowls club fixtures, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("rule", "header", "rows", "lang"),
    [
        ("All Saturday pennant games start at 1pm.", "Rd | Date | Opponent | Venue",
         ["8 | Sat 5 Dec | Cottesloe | Cottesloe Bowling Club",
          "10 | Sat 9 Jan | Dalkeith Nedlands | Dalkeith Nedlands Bowling Club"], "en"),
        ("Alle Spiele beginnen um 13 Uhr.", "Runde | Datum | Gegner | Ort",
         ["8 | Sa 5.12. | SV Werder | Sportplatz Weserstadion",
          "10 | Sa 9.1. | TSV Achim | Sportplatz Achim"], "de"),
        ("Tous les matchs commencent à 13 h.", "Journée | Date | Adversaire | Lieu",
         ["8 | sam. 5 décembre | FC Rouen | Stade Robert-Diochon",
          "10 | sam. 9 janvier | US Quevilly | Stade Lozai"], "fr"),
        ("Todos los partidos empiezan a las 13:00.", "Fecha n° | Fecha | Rival | Lugar",
         ["8 | sáb 5 de diciembre | Club Atlético Peñarol | Estadio Campeón del Siglo",
          "10 | sáb 9 de enero | Club Nacional | Gran Parque Central"], "es"),
    ],
)  # fmt: skip
def test_the_opponent_is_the_title_and_the_venue_the_place(
    rule: str, header: str, rows: list[str], lang: str
) -> None:
    page = "Fixtures\n\n" + rule + "\n\n" + header + "\n" + "\n".join(rows) + "\n"
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2026-12-05", "13:00"),
        ("2027-01-09", "13:00"),
    ]
    for m, row in zip(ms, rows, strict=True):
        _, _, team, venue = (c.strip() for c in row.split("|"))
        assert m.venue == venue
        assert m.title == team


@pytest.mark.parametrize(
    "rule, day, dates",
    [
        ("All Saturday pennant games start at 1pm.", "Saturday", ["2026-12-05", "2026-12-12"]),
        ("All our summer evening walks begin at 7pm.", "Saturday", ["2026-12-05", "2026-12-12"]),
        # a rule for one weekday's meetings times that weekday's (test_parse_weekday_rule.py)
        ("All the Tuesday evening classes start at 7pm.", "Tuesday", ["2026-12-08", "2026-12-15"]),
    ],
)
def test_all_and_words_before_the_lists_noun_time_the_list(
    rule: str, day: str, dates: list[str]
) -> None:
    first, second = (int(d[-2:]) for d in dates)
    page = f"Programme\n\n{rule}\n\n- {day} {first} December\n- {day} {second} December\n"
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.date for m in ms] == dates
    assert len({m.start_time for m in ms}) == 1 and ms[0].start_time in ("13:00", "19:00")
