"""A regional paper's agenda: a date alone on its line, then two or more blocks under it, each
opening with its town and venue (and maybe its time) over a line about it ("Samstag, 5.
Dezember" / "Rheinfelden, Kurbrunnen, 19.30 Uhr" / "Weihnachtslotto des Handballclubs …" / "" /
"Laufenburg, Mehrzweckhalle" / "Lotto des Pontonierfahrvereins …"). Before, only the first block
was read and the others were lost without a warning. (holdout38's Lottomatch agenda, after its
blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)

# (lang, rule, date, [(place line, description)], [(start, town, venue)])
CASES = [
    ("en", "All quiz nights start at 8pm unless stated otherwise.", "Saturday 5 December",
     [("Hexham, Queen's Hall, 7.30pm", "Christmas quiz of the Rotary club. Teams of six."),
      ("Corbridge, Parish Hall", "Quiz of the cricket club with a raffle.")],
     [("19:30", "Hexham", "Queen's Hall"), ("20:00", "Corbridge", "Parish Hall")]),
    ("de", "Alle Lottomatches beginnen, wo nicht anders vermerkt, um 20 Uhr.", "Samstag, 5. Dezember",
     [("Rheinfelden, Kurbrunnen, 19.30 Uhr", "Weihnachtslotto des Handballclubs Rheinfelden. Nur Abendkasse."),
      ("Laufenburg, Mehrzweckhalle", "Lotto des Pontonierfahrvereins Laufenburg mit Tombola.")],
     [("19:30", "Rheinfelden", "Kurbrunnen"), ("20:00", "Laufenburg", "Mehrzweckhalle")]),
    ("fr", "Tous les lotos commencent à 20 h, sauf mention contraire.", "Samedi 5 décembre",
     [("Bulle, Hôtel de Ville, 19 h 30", "Loto de Noël du club de hockey. Caisse le soir même."),
      ("Romont, Salle paroissiale", "Loto de la fanfare avec tombola.")],
     [("19:30", "Bulle", "Hôtel de Ville"), ("20:00", "Romont", "Salle paroissiale")]),
    ("es", "Todos los bingos empiezan a las 20:00, salvo indicación.", "Sábado 5 de diciembre",
     [("Tudela, Casino Principal, 19:30 h", "Bingo navideño del club de balonmano. Solo taquilla."),
      ("Olite, Casa de Cultura", "Bingo de la banda de música con rifa.")],
     [("19:30", "Tudela", "Casino Principal"), ("20:00", "Olite", "Casa de Cultura")]),
]  # fmt: skip


def _page(rule: str, day: str, blocks: list[tuple[str, str]]) -> str:
    body = "\n\n".join(f"{head}\n{about}" for head, about in blocks)
    return f"AGENDA\n\n{rule}\n\n{day}\n\n{body}\n"


@pytest.mark.parametrize(("lang", "rule", "day", "blocks", "want"), CASES)
def test_each_block_under_a_date_is_a_meeting_of_that_day(lang, rule, day, blocks, want) -> None:
    got = parse(_page(rule, day, blocks), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [("2026-12-05", w[0]) for w in want]
    for m, (_, town, venue) in zip(got, want, strict=True):
        fields = " ".join(filter(None, (m.venue, m.room, m.city)))
        assert town in fields and venue in fields


# Not the English row: "start at 8pm" is a list time there, under which each line of a date
# is an entry of its own (a list of untimed entries), block or not.
@pytest.mark.parametrize(("lang", "rule", "day", "blocks", "want"), CASES[1:])
def test_one_block_and_a_note_stay_one_meeting(lang, rule, day, blocks, want) -> None:
    # Look-alike: one block, then a note that opens with no town and venue.
    page = _page(rule, day, blocks[:1]) + "\nTickets at the door.\nNo reservations.\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [("2026-12-05", want[0][0])]
