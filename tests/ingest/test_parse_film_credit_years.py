"""A cinema club's programme gives each film's credits with its year ("Lucrecia Martel, Argentina,
2001, 103’", "Wim Wenders, D 1987, 128 Min.", "Agnès Varda, France, 1962, 90 min") under dates
written without one. Those years are the films', not the page's: without ``--as-of`` the dates
fall in the year after the reader's today, as on any page without a year, never in 2001 or
2014. (holdout22's d-cineclub-cordoba.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

TODAY = date(2026, 11, 28)

# lang: [(date line, title, credits)]
PROGRAMMES = {
    "es": [("Viernes 4 de diciembre · 20 h", "La ciénaga", "Lucrecia Martel, Argentina, 2001, 103’"),
           ("Sábado 5 de diciembre · 22.30 h", "Nueve reinas", "Fabián Bielinsky, Argentina, 2000, 114’"),
           ("Viernes 8 de enero · 21.30 h", "Relatos salvajes", "Damián Szifron, Argentina, 2014, 122’")],
    "de": [("Freitag, 4. Dezember, 20 Uhr", "Der Himmel über Berlin", "Wim Wenders, D 1987, 128 Min."),
           ("Samstag, 5. Dezember, 20 Uhr", "Lola rennt", "Tom Tykwer, D 1998, 81 Min."),
           ("Freitag, 8. Januar, 20 Uhr", "Toni Erdmann", "Maren Ade, D 2016, 162 Min.")],
    "fr": [("Vendredi 4 décembre, 20 h", "Cléo de 5 à 7", "Agnès Varda, France, 1962, 90 min"),
           ("Samedi 5 décembre, 20 h", "La Haine", "Mathieu Kassovitz, France, 1995, 98 min"),
           ("Vendredi 8 janvier, 20 h", "Timbuktu", "Abderrahmane Sissako, Mauritanie, 2014, 97 min")],
    "en": [("Friday 4 December, 8pm", "Aftersun", "Charlotte Wells, UK 2022, 102 mins."),
           ("Saturday 5 December, 8pm", "Kes", "Ken Loach, UK 1969, 110 mins."),
           ("Friday 8 January, 8pm", "Ratcatcher", "Lynne Ramsay, UK 1999, 94 mins.")],
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(PROGRAMMES))
def test_a_films_year_is_no_year_of_the_page(lang: str) -> None:
    body = "\n\n".join(f"{d}\n{title}\n{credits}" for d, title, credits in PROGRAMMES[lang])
    listing = parse(f"Cineclub\n\n{body}\n", today=TODAY, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-04", "2026-12-05", "2027-01-08"]


def test_a_year_the_page_gives_itself_still_counts() -> None:
    body = "\n\n".join(f"{d}\n{t}\n{c}" for d, t, c in PROGRAMMES["en"])
    page = f"Film society — winter programme 2026\n\n{body}\n"
    listing = parse(page, today=date(2027, 3, 1), lang="en")
    assert [m.date for m in listing.meetings] == ["2026-12-04", "2026-12-05", "2027-01-08"]


# The film's director and year in brackets after its title, no running time: "L'Homme de cendres
# (Nouri Bouzid, 1986)". (holdout23's c-cineclub-tunis, after its blind score.)
@pytest.mark.parametrize("lang", sorted(PROGRAMMES))
def test_a_director_and_year_in_brackets_are_no_year_of_the_page(lang: str) -> None:
    body = "\n\n".join(
        f"{d}\n{title} ({credits.split(',')[0]}, {_year(credits)})"
        for d, title, credits in PROGRAMMES[lang]
    )
    listing = parse(f"Cineclub\n\n{body}\n", today=TODAY, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-04", "2026-12-05", "2027-01-08"]


def _year(credits: str) -> str:
    return next(
        w.strip(",.")
        for w in credits.split()
        if w.strip(",.").isdigit() and len(w.strip(",.")) == 4
    )


# A town and the year in brackets is the page's year: "Rencontres (Buenos Aires, 2027)" is kept.
def test_a_place_and_year_in_brackets_still_count() -> None:
    body = "\n\n".join(f"{d}\n{t}" for d, t, _ in PROGRAMMES["fr"])
    page = f"Rencontres du cinéma (Lyon, 2026)\n\n{body}\n"
    listing = parse(page, today=date(2027, 3, 1), lang="fr")
    assert [m.date for m in listing.meetings] == ["2026-12-04", "2026-12-05", "2027-01-08"]


# One book cited with its publisher and year, "(Mehring Books, 2019)", is the page's only year and
# may well be its year (the seed): only a programme of several works drops them. Its weekdays
# ("Friday 4 December", "Friday 8 January") fit 2020–21, not 2019: the page is of the year just
# after the book's that they fit (test_parse_cited_year), not of today's.
def test_one_cited_work_s_year_still_counts() -> None:
    body = "\n\n".join(f"{d}\n{t}" for d, t, _ in PROGRAMMES["en"])
    page = f"Book tour\n\nThe newly released book (Mehring Books, 2019) is on sale.\n\n{body}\n"
    listing = parse(page, today=date(2026, 11, 28), lang="en")
    assert [m.date for m in listing.meetings] == ["2020-12-04", "2020-12-05", "2021-01-08"]
