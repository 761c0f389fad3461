"""A state employment service's table of job fairs: its footer dated the page's way, day first
("Última actualización: 04/01/2027"), a note that a registration closes on a date ("El
registro de empresas … cierra el 7 de enero"), and a venue at the corner of a street named
after a date ("Explanada de los Héroes (Macroplaza), Zaragoza y 5 de Mayo"). Without --as-of
the footer gives the page's date day first on a page that is not in English (it was read as
April 1, which made every fair before April "past"); the registration's date and the street
are no meetings. (holdout35's job fairs in Nuevo León, after its blind score: seven meetings
lost without --as-of, three extras.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

# (language, footer, the page's date read from it)
FOOTERS = [
    ("es", "Última actualización: 04/01/2027", date(2027, 1, 4)),
    ("fr", "Dernière mise à jour : 04/01/2027", date(2027, 1, 4)),
    ("de", "Letzte Aktualisierung: 04/01/2027", date(2027, 1, 4)),
    ("en", "Last updated: 04/01/2027", date(2027, 4, 1)),  # English: month first, as before
]
INTRO = {
    "es": "Las ferias reúnen a las empresas con vacantes y a las personas que buscan empleo.",
    "fr": "Les salons réunissent les entreprises qui recrutent et les personnes qui cherchent un emploi.",
    "de": "Die Messen bringen Firmen mit offenen Stellen und Menschen auf Jobsuche zusammen.",
    "en": "The fairs bring together employers with vacancies and people looking for work.",
}
ROWS = {
    "es": ("Feria de Empleo", ["Jue 14/01/2027 | 10:00 | Macroplaza | Monterrey",
                               "Mar 19/01/2027 | 9:00 | Palacio Municipal | Guadalupe"]),
    "fr": ("Salon de l'emploi", ["jeu. 14/01/2027 | 10:00 | Hôtel de Ville | Liège",
                                 "mar. 19/01/2027 | 9:00 | Palais des Congrès | Namur"]),
    "de": ("Jobmesse", ["Do 14/01/2027 | 10:00 | Rathaus | Eupen",
                        "Di 19/01/2027 | 9:00 | Kulturzentrum | Kelmis"]),
    "en": ("Job fair", ["Thu 01/14/2027 | 10:00 | City Hall | Boston",
                        "Tue 01/19/2027 | 9:00 | Convention Center | Worcester"]),
}  # fmt: skip


@pytest.mark.parametrize(("lang", "footer", "day"), FOOTERS)
def test_the_footer_dates_the_page_day_first_unless_in_english(lang, footer, day) -> None:
    title, rows = ROWS[lang]
    text = f"# {title} 2027\n\n{INTRO[lang]}\n\n" + "\n".join(rows) + f"\n\n{footer}\n"
    listing = parse(text, today=date(2026, 12, 1))
    assert listing.as_of == day
    if lang != "en":
        assert [m.date for m in listing.meetings] == ["2027-01-14", "2027-01-19"]


@pytest.mark.parametrize(
    "note",
    [
        "¿Eres empresa? El registro de empresas participantes para la primera feria cierra el 7 de enero.",
        "Die Registrierung für Aussteller endet am 7. Januar.",
        "L'enregistrement des exposants se termine le 7 janvier.",
        "Are you an employer? Registration for the first fair closes on 7 January.",
    ],
)
def test_a_registration_closing_is_no_meeting(note: str) -> None:
    got = parse(f"# Ferias\n\n{note}\n\nThu 14 January 2027, 10am, City Hall\n",
                as_of=date(2026, 12, 1)).meetings  # fmt: skip
    assert [m.date for m in got] == ["2027-01-14"]


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        ("Jue 14 de enero, 10:00, Macroplaza, Zaragoza y 5 de Mayo", ["2027-01-14"]),
        ("Jue 14 de enero, 10:00, Casa Juárez, Hidalgo esq. 16 de Septiembre", ["2027-01-14"]),
        ("Jue 14 de enero, 10:00, Plaza, Rivadavia esquina 9 de Julio", ["2027-01-14"]),
        # a list of dates, the month capitalised or not: both are meetings
        ("Jueves 14 de Enero y 5 de Mayo, 10:00, Macroplaza", ["2027-01-14", "2027-05-05"]),
        ("Jueves 14 de enero y 5 de mayo, 10:00, Macroplaza", ["2027-01-14", "2027-05-05"]),
    ],
)
def test_a_corner_of_a_street_named_after_a_date_is_no_date(line: str, dates: list[str]) -> None:
    got = parse(f"# Ferias\n\n{line}\n", as_of=date(2026, 12, 1)).meetings
    assert [m.date for m in got] == dates
