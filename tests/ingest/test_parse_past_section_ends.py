"""A recap heading over last month's event, then the programme's own date headings with their
timed entries ("Rückblick" / "Samstag, 12. Dezember 2026: … danke an alle!" / "Jänner 2027" /
"Samstag, 2. Jänner 2027" / "10.30 Uhr Das jüdische Wien – Treffpunkt: Judenplatz"). What took
place cannot come after the page's own date, so the first timed date after it ends the recap;
before, every meeting of the page was read as a past event and the page gave none.
(holdout37's city walks in Vienna, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 15)

# (lang, recap heading, recap line, month heading, day heading, two timed entries)
CASES = [
    ("en", "Past walks", "Saturday 12 December 2026: Advent walk on Calton Hill – thanks to all 40 of you!",
     "January 2027", "Saturday 2 January 2027",
     ["10.30am Old Town closes – Meeting point: Mercat Cross", "2pm Ghosts of the Vaults – Meeting point: Tron Kirk"]),
    ("de", "Rückblick", "Samstag, 12. Dezember 2026: Adventspaziergang über den Spittelberg – danke an alle!",
     "Jänner 2027", "Samstag, 2. Jänner 2027",
     ["10.30 Uhr Das jüdische Wien – Treffpunkt: Judenplatz", "14.00 Uhr Krippen und Kirchen – Treffpunkt: Stephansplatz"]),
    ("fr", "Événements passés", "Samedi 12 décembre 2026 : balade de l'Avent au Vieux-Lille – merci aux 40 participants !",
     "Janvier 2027", "Samedi 2 janvier 2027",
     ["10 h 30 Le Lille flamand – Rendez-vous : Grand-Place", "14 h Les beffrois – Rendez-vous : place Rihour"]),
    ("es", "Actividades pasadas", "Sábado 12 de diciembre de 2026: paseo de Adviento por el Albaicín – ¡gracias a todos!",
     "Enero 2027", "Sábado 2 de enero de 2027",
     ["10:30 h La Granada nazarí – Punto de encuentro: Plaza Nueva", "14:00 h El Sacromonte – Punto de encuentro: Paseo de los Tristes"]),
]  # fmt: skip


def _page(recap_head: str, recap: str, month: str, day: str, entries: list[str]) -> str:
    items = "\n".join(f"- {e}" for e in entries)
    return f"# Programme\n\n### {recap_head}\n\n{recap}\n\n## {month}\n\n### {day}\n\n{items}\n"


@pytest.mark.parametrize(("lang", "head", "recap", "month", "day", "entries"), CASES)
def test_a_timed_date_after_the_page_date_ends_the_recap(
    lang, head, recap, month, day, entries
) -> None:
    listing = parse(_page(head, recap, month, day, entries), as_of=AS_OF, lang=lang)
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got[:2] == [("2027-01-02", "10:30"), ("2027-01-02", "14:00")]
    assert len(got) == 2  # the recap's own walk stays no meeting, with its warning
    assert any("2026" in (w.text or "") and w.meeting_line is None for w in listing.warnings)


@pytest.mark.parametrize(("lang", "head", "recap", "month", "day", "entries"), CASES)
def test_without_an_earlier_date_under_it_the_recap_runs_on(
    lang, head, recap, month, day, entries
) -> None:
    # Every date under the heading is after the page's date: it is the page's date that may be
    # misread, not the heading, so the entries stay past events.
    listing = parse(_page(head, "", month, day, entries), as_of=AS_OF, lang=lang)
    assert listing.meetings == []


@pytest.mark.parametrize(("lang", "head", "recap", "month", "day", "entries"), CASES)
def test_an_untimed_later_date_does_not_end_the_recap(
    lang, head, recap, month, day, entries
) -> None:
    later = f"{day}: {entries[0].split(' ', 1)[1].split(' – ')[0]}"  # the date and a title, no time
    page = f"# Programme\n\n### {head}\n\n{recap}\n\n{later}\n"
    assert parse(page, as_of=AS_OF, lang=lang).meetings == []
