"""An events plugin's cards: a date block of three lines ("12" / "DIC" / "SÁB": the day, the
month, then the weekday), a category badge, the title, then the time and the place as list
items with icons, each in a paragraph of its own. The weekday after the date is the date's,
never the venue; the time and place items are the card's. (holdout32's animal-rescue page,
after its blind score: every card read "SÁB" as its venue and no time.) A date followed by
another date's weekday ("FR 18.12. + SA 19.12.") keeps both dates."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 6)

# (page title, cards: (day, month, weekday, badge, title, time, place), expected (date, start, place))
PAGES = {
    "es": ("Próximos eventos de la asociación",
           [("12", "DIC", "SÁB", "Feria de adopción", "Feria de adopción en Miraflores",
             "11:00 a. m. – 4:00 p. m.", "Parque Kennedy, Miraflores"),
            ("13", "DIC", "DOM", "Feria de adopción", "Feria de adopción en Surco",
             "10 a. m. a 2 p. m.", "Parque de la Amistad, Santiago de Surco")],
           [("2026-12-12", "11:00", "Parque Kennedy"), ("2026-12-13", "10:00", "Parque de la Amistad")]),
    "en": ("Upcoming events of the shelter",
           [("12", "DEC", "SAT", "Adoption day", "Adoption day in Hove",
             "11:00 am – 4:00 pm", "Hove Park, Hove"),
            ("13", "DEC", "SUN", "Adoption day", "Adoption day in Brighton",
             "10 am – 2 pm", "Preston Park, Brighton")],
           [("2026-12-12", "11:00", "Hove Park"), ("2026-12-13", "10:00", "Preston Park")]),
    "de": ("Nächste Termine des Tierschutzvereins",
           [("12", "DEZ", "SA", "Adoptionstag", "Adoptionstag im Westpark",
             "11:00 – 16:00 Uhr", "Westpark, München"),
            ("13", "DEZ", "SO", "Adoptionstag", "Adoptionstag im Ostpark",
             "10 – 14 Uhr", "Ostpark, München")],
           [("2026-12-12", "11:00", "Westpark"), ("2026-12-13", "10:00", "Ostpark")]),
    "fr": ("Prochains événements de l'association",
           [("12", "DÉC", "SAM", "Journée d'adoption", "Journée d'adoption à Nantes",
             "11 h – 16 h", "Parc de Procé, Nantes"),
            ("13", "DÉC", "DIM", "Journée d'adoption", "Journée d'adoption à Rezé",
             "10 h – 14 h", "Parc de la Balinière, Rezé")],
           [("2026-12-12", "11:00", "Parc de Procé"), ("2026-12-13", "10:00", "Parc de la Balinière")]),
}  # fmt: skip


def _html(title: str, cards: list[tuple[str, ...]]) -> str:
    arts = "".join(
        f"""<article class="evento-card">
    <div class="evento-fecha">
      <span class="dia">{d}</span>
      <span class="mes">{mo}</span>
      <span class="wd">{wd}</span>
    </div>
    <div class="evento-body">
      <span class="badge">{badge}</span>
      <h3 class="evento-titulo">{t}</h3>
      <ul class="evento-meta">
        <li><i class="far fa-clock"></i> {tm}</li>
        <li><i class="fas fa-map-marker-alt"></i> {pl}</li>
      </ul>
      <a class="btn" href="/eventos/1/">+</a>
    </div>
  </article>
"""
        for d, mo, wd, badge, t, tm, pl in cards
    )
    return (
        f"<html><body><main><h1>{title}</h1><p>{INTROS[title]}</p><section>{arts}</section>"
        "</main></body></html>"
    )


INTROS = {
    PAGES["es"][0]: "Ven a conocer a nuestros perritos y gatitos en adopción. Todos se entregan "
    "esterilizados y vacunados; para adoptar trae tu DNI.",
    PAGES["en"][0]: "Come and meet our dogs and cats looking for a home. All are neutered and "
    "vaccinated; bring a proof of address to adopt.",
    PAGES["de"][0]: "Lernen Sie unsere Hunde und Katzen kennen, die ein Zuhause suchen. Alle sind "
    "kastriert und geimpft; bitte bringen Sie einen Ausweis mit.",
    PAGES["fr"][0]: "Venez rencontrer nos chiens et chats à adopter. Tous sont stérilisés et "
    "vaccinés ; apportez une pièce d'identité pour adopter.",
}


@pytest.mark.parametrize("lang", list(PAGES))
def test_a_date_block_with_its_weekday_and_item_fields(lang: str) -> None:
    title, cards, want = PAGES[lang]
    got = parse(_html(title, cards).encode(), as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [(d, t) for d, t, _ in want]
    for m, (_, _, place) in zip(got, want, strict=True):
        assert m.venue is not None and place in m.venue
        assert m.venue.casefold() not in {c[2].casefold() for c in cards}  # not "SÁB"


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        ("FR 18.12. + SA 19.12.", ["2026-12-18", "2026-12-19"]),
        ("Di. 15.12.  ·  Di. 19.1.", ["2026-12-15", "2027-01-19"]),
        ("Fri 18 Dec + Sat 19 Dec", ["2026-12-18", "2026-12-19"]),
    ],
)
def test_the_next_dates_weekday_is_not_taken_for_this_dates(line: str, dates: list[str]) -> None:
    text = f"Programm\n\n{line}\nTheater: Der Revisor\nKleine Bühne · jeweils 20:00\n"
    got = parse(text.encode(), as_of=AS_OF).meetings
    assert [m.date for m in got] == dates
