"""A programme's date heading that names the day a holiday in brackets, over the day's timed
entries ("### Mittwoch, 6. Jänner 2027 (Feiertag)" / "- 15.00 Uhr Hundertwasser, Kunst und
Wohnen – Treffpunkt: Hundertwasserhaus"). The heading is the day's, and its entries meetings;
before, the line was set aside as a public holiday and its entry lost. A holiday alone, with no
entry under it, is still no meeting. (holdout37's city walks in Vienna, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 15)

# (lang, an ordinary day heading, a holiday's day heading, entry under each, the holiday's time)
CASES = [
    ("en", "Saturday 2 January 2027", "Monday 25 January 2027 (public holiday)",
     "2pm Old Town closes – Meeting point: Mercat Cross", "3pm Burns and the Canongate – Meeting point: Canongate Kirk"),
    ("de", "Samstag, 2. Jänner 2027", "Mittwoch, 6. Jänner 2027 (Feiertag)",
     "14.00 Uhr Krippen und Kirchen – Treffpunkt: Stephansplatz", "15.00 Uhr Hundertwasser – Treffpunkt: Hundertwasserhaus"),
    ("fr", "Samedi 2 janvier 2027", "Lundi 1er mars 2027 (jour férié)",
     "14 h Les beffrois – Rendez-vous : Grand-Place", "15 h Les cloîtres – Rendez-vous : Hospice Comtesse"),
    ("es", "Sábado 2 de enero de 2027", "Miércoles 6 de enero de 2027 (festivo)",
     "14:00 h La Granada nazarí – Punto de encuentro: Plaza Nueva", "15:00 h El Sacromonte – Punto de encuentro: Paseo de los Tristes"),
]  # fmt: skip


HOLIDAY_DATES = {"en": "2027-01-25", "de": "2027-01-06", "fr": "2027-03-01", "es": "2027-01-06"}


@pytest.mark.parametrize(("lang", "day", "holiday", "entry", "later"), CASES)
def test_a_holidays_heading_over_entries_is_the_days(lang, day, holiday, entry, later) -> None:
    page = f"# Programme\n\n### {day}\n\n- {entry}\n\n### {holiday}\n\n- {later}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in got] == ["14:00", "15:00"]
    assert [m.date for m in got] == ["2027-01-02", HOLIDAY_DATES[lang]]
    venue = later.rsplit(": ", 1)[1]
    assert got[1].venue == venue and got[1].place != holiday.split("(")[1].rstrip(")")


@pytest.mark.parametrize(("lang", "day", "holiday", "entry", "later"), CASES)
def test_a_holiday_alone_is_no_meeting(lang, day, holiday, entry, later) -> None:
    page = f"# Programme\n\n### {day}\n\n- {entry}\n\n### {holiday}\n\n### Contact\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in got] == ["14:00"]
