"""A motorcycle club's season post: each ride a bold line "Vie. 18 dic. – Rodada nocturna de
luces", then a sentence saying when and where the riders meet ("Nos vemos a las 8:00 p. m. en el
Estadio El Campín."). (holdout36's motoclub in Bogotá, after its blind score.)

- The sentence right under the date line is that ride's, not a rule for the whole list: before,
  "We meet at 8pm at Elland Road." was read as the list's "meetings are held at …" and its
  date lost the time.
- "We meet", "Wir treffen uns", "On se retrouve", "Nos vemos", "Registro desde las" lead only to
  the time: the place is the name after it.
- A place clause right before the time drops the words that lead to it ("… en el Estadio El
  Campín a las 8:00 p. m."): before, "a las" stayed in the venue's name."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)

MEET = [
    ("en", "Fri 18 Dec – Night ride", "We meet at 8pm at Elland Road. Bring lights and a spare tube.",
     "Elland Road"),
    ("de", "Fr. 18. Dez. – Nächtliche Ausfahrt mit Licht",
     "Wir treffen uns um 20 Uhr am Olympiastadion. Bitte Licht mitbringen und volltanken.", "Olympiastadion"),
    ("fr", "ven. 18 déc. – Balade nocturne", "On se retrouve à 20 h au Stade Vélodrome. Prévoir un gilet jaune.",
     "Stade Vélodrome"),
    ("es", "Vie. 18 dic. – Rodada nocturna de luces",
     "Nos vemos a las 8:00 p. m. en el Estadio El Campín. Traigan chaleco y tanque lleno.", "Estadio El Campín"),
]  # fmt: skip

PLANNED = [
    ("en", "Fri 18 Dec – Night ride",
     "The meeting point is planned at Elland Road at 8pm. We may call it off if it rains.", "Elland Road"),
    ("de", "Fr. 18. Dez. – Nächtliche Ausfahrt mit Licht",
     "Der Treffpunkt ist geplant im Olympiastadion um 20 Uhr. Bei Regen fällt es aus.", "Olympiastadion"),
    ("fr", "ven. 18 déc. – Balade nocturne",
     "Le rendez-vous est prévu au Stade Vélodrome à 20 h. Prévoir un gilet jaune.", "Stade Vélodrome"),
    ("es", "Vie. 18 dic. – Rodada nocturna de luces",
     "El encuentro está previsto en el Estadio El Campín a las 8:00 p. m. Si llueve, se cancela.",
     "Estadio El Campín"),
]  # fmt: skip


def _one(lang: str, head: str, sentence: str):
    got = parse(f"# Rides\n\n{head}\n{sentence}\n", as_of=AS_OF, lang=lang).meetings
    assert len(got) == 1
    return got[0]


@pytest.mark.parametrize(("lang", "head", "sentence", "venue"), MEET)
def test_the_meeting_sentence_under_a_ride_gives_its_time_and_place(
    lang, head, sentence, venue
) -> None:
    m = _one(lang, head, sentence)
    assert (m.date, m.start_time, m.venue) == ("2026-12-18", "20:00", venue)
    assert m.title == head.split(" – ", 1)[1]


@pytest.mark.parametrize(("lang", "head", "sentence", "venue"), PLANNED)
def test_a_place_clause_before_the_time_drops_the_time_s_words(lang, head, sentence, venue) -> None:
    m = _one(lang, head, sentence)
    assert (m.start_time, m.venue) == ("20:00", venue)


@pytest.mark.parametrize(
    ("lang", "rule", "rows", "venue"),
    [
        ("en", "Branch meetings are held at the Trades Hall at 7.30pm.", ["Tue 12 Jan – AGM", "Tue 9 Feb – Pensions"],
         "Trades Hall"),
        ("de", "Die Treffen finden im Gewerkschaftshaus statt und beginnen um 19:30 Uhr.",
         ["Di. 12. Jan. – Jahresversammlung", "Di. 9. Feb. – Renten"], "Gewerkschaftshaus"),
    ],
)  # fmt: skip
def test_a_rule_paragraph_of_its_own_still_holds_for_the_list(lang, rule, rows, venue) -> None:
    page = f"# Diary\n\n{rule}\n\n" + "\n".join(rows) + "\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.start_time, m.venue) for m in got] == [("19:30", venue)] * 2
