"""A studio's event cards: a booking tag over the title ("Ausgebucht – Warteliste"), the
title, then one line "Samstag, 16. Januar · 13:30 Uhr · Studio 1, Yogaraum Zürich". (holdout36's
yoga studio in Zürich, after its blind score.)

- A booking tag ("Sold out", "Ausgebucht", "Complet", "Agotado") is no town heading: before, it
  became the place of its card and of every card under it.
- A title with "– online" after it is no town heading either: before, its words were cut off at
  the dash and the rest became the town of every later card.
- The name and town after the time ("· Studio 1, Yogaraum Zürich") are the place; before, they
  were the title, and a title-worded heading right over the line became the place."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 14)

CARDS = [
    ("en", "Sold out – waiting list", "Workshop: Backbends with Ease",
     "Saturday, 16 January · 1:30–4:30pm · Studio 1, Yoga Loft Bristol",
     "Breathwork in the evening – online", "Thursday, 28 January · 7pm · Online via Zoom",
     "Sound bath with gongs", "Friday, 12 February · 7:30pm · Studio 1, Yoga Loft Bristol",
     "Yoga Loft Bristol"),
    ("de", "Ausgebucht – Warteliste", "Workshop: Rückbeugen mit Leichtigkeit",
     "Samstag, 16. Januar · 13:30–16:30 Uhr · Studio 1, Yogaraum Zürich",
     "Pranayama am Abend – online", "Donnerstag, 28. Januar · 19:00 Uhr · Online via Zoom",
     "Klangabend mit Gongs", "Freitag, 12. Februar · 19:30 Uhr · Studio 1, Yogaraum Zürich",
     "Yogaraum Zürich"),
    ("fr", "Complet – liste d'attente", "Atelier : les flexions arrière",
     "samedi 16 janvier · 13 h 30 · Studio 1, Maison du Yoga Lausanne",
     "Respiration du soir – en ligne", "jeudi 28 janvier · 19 h · En ligne via Zoom",
     "Bain sonore aux gongs", "vendredi 12 février · 19 h 30 · Studio 1, Maison du Yoga Lausanne",
     "Maison du Yoga Lausanne"),
    ("es", "Agotado – lista de espera", "Taller: flexiones hacia atrás",
     "sábado 16 de enero · 13:30 h · Estudio 1, Casa Escalante Madrid",
     "Respiración al anochecer – online", "jueves 28 de enero · 19:00 h · En línea por Zoom",
     "Baño de gong", "viernes 12 de febrero · 19:30 h · Estudio 1, Casa Escalante Madrid",
     "Casa Escalante Madrid"),
]  # fmt: skip


def _page(tag, t1, l1, t2, l2, t3, l3):
    card = "<article><div class=badge>{d}</div><span class=tag>{tag}</span> <h3>{t}</h3><p>{line}</p><a href='#'>Book</a></article>"
    return (
        "<html><body><h1>Workshops</h1><section>"
        + card.format(d="16", tag=tag, t=t1, line=l1)
        + card.format(d="28", tag="", t=t2, line=l2)
        + card.format(d="12", tag="", t=t3, line=l3)
        + "</section></body></html>"
    )


def _places(m) -> str:
    return " | ".join(p for p in (m.place, m.city, m.venue, m.room) if p)


@pytest.mark.parametrize(("lang", "tag", "t1", "l1", "t2", "l2", "t3", "l3", "studio"), CARDS)
def test_a_booking_tag_and_an_online_title_head_no_town(
    lang, tag, t1, l1, t2, l2, t3, l3, studio
) -> None:
    got = parse(_page(tag, t1, l1, t2, l2, t3, l3), as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in got] == ["2027-01-16", "2027-01-28", "2027-02-12"]
    first, _, third = got
    for m in (first, third):
        assert studio in _places(m), _places(m)
        assert tag.split(" – ")[0] not in _places(m)
        assert t2.split(" – ")[0] not in _places(m)
        assert m.city is None


@pytest.mark.parametrize(
    ("lang", "line", "venue"),
    [
        ("en", "Wednesday, 24 March · 7pm · The Arnolfini, Bristol", "The Arnolfini"),
        (
            "de",
            "Mittwoch, 24. März · 19:00 Uhr · Kloster Kappel, Kappel am Albis",
            "Kloster Kappel",
        ),
        ("fr", "mercredi 24 mars · 19 h · Espace Malraux, Chambéry", "Espace Malraux"),
        ("es", "miércoles 24 de marzo · 19:00 h · Casa Encendida, Madrid", "Casa Encendida"),
    ],
)
def test_a_name_and_town_after_the_time_is_the_place(lang, line, venue) -> None:
    got = parse(
        f"# Events\n\nInfo evening on teacher training\n\n{line}\n", as_of=AS_OF, lang=lang
    ).meetings
    assert len(got) == 1 and got[0].venue == venue and venue not in (got[0].title or "")


@pytest.mark.parametrize(
    ("lang", "title", "line", "venue"),
    [
        ("en", "Teacher training info evening", "Wednesday, 24 March · 7pm · The Arnolfini, Bristol",
         "The Arnolfini"),
        ("de", "Workshop: Rückbeugen mit Leichtigkeit", "Samstag, 16. Januar · 13:30 Uhr · Studio 1, Yogaraum Zürich",
         "Studio 1"),
        ("fr", "Soirée d'information sur la formation", "mercredi 24 mars · 19 h · Espace Malraux, Chambéry",
         "Espace Malraux"),
        ("es", "Charla informativa sobre la formación", "miércoles 24 de marzo · 19:00 h · Casa Encendida, Madrid",
         "Casa Encendida"),
    ],
)  # fmt: skip
def test_a_title_right_over_the_line_stays_the_title(lang, title, line, venue) -> None:
    got = parse(f"# Events\n\n{title}\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert len(got) == 1
    assert (got[0].title, got[0].venue) == (title, venue)
    assert got[0].place != title


@pytest.mark.parametrize(
    ("head", "line", "title", "place"),
    [
        # a town heading over the line keeps its town; the words after the time are the title
        ("Leeds", "Wednesday, 24 March · 7pm · Quiz Night", "Quiz Night", "Leeds"),
        # a title with commas whose words are no name and town stays the title
        ("Leeds", "Wednesday, 24 March · 7pm · Hamlet, Prince of Denmark", "Hamlet – Prince of Denmark", "Leeds"),
    ],
)  # fmt: skip
def test_look_alikes_keep_their_reading(head, line, title, place) -> None:
    got = parse(f"# Events\n\n{head}\n{line}\n", as_of=AS_OF).meetings
    assert len(got) == 1
    assert place in _places(got[0])
    assert (got[0].title or "").replace(",", " –") == title
