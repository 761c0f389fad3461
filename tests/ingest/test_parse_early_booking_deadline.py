"""A newsletter's early-booking offer, its date the last day to book ("Frühbucher aufgepasst:
Wer bis am 10.1.2027 bucht, erhält 10 % Rabatt auf alle Kurse im Februar."): a deadline, no
meeting, and warned about. Swiss German writes "bis am" where German writes "bis zum"; before,
"bis am" was not read as a deadline and the offer became a meeting. (holdout37's cooking school
newsletter from Bern, after its blind score.) A course's range "vom 5. bis zum 9. Januar" (or
"bis am") is read as its first day, no deadline."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 20)

# (lang, the offer, the course under it with its date line, the course's date and time)
CASES = [
    ("en", "Early birds: book by 10 January 2027 and get 10% off all February courses.",
     "Sat 16 January 2027 | 10am – 2pm", ("2027-01-16", "10:00")),
    ("de", "Frühbucher aufgepasst: Wer bis am 10.1.2027 bucht, erhält 10 % Rabatt auf alle Kurse im Februar.",
     "Sa, 16.01.27 | 10.00 – 14.00 Uhr", ("2027-01-16", "10:00")),
    ("de", "Frühbucher aufgepasst: Wer bis zum 10.1.2027 bucht, erhält 10 % Rabatt auf alle Kurse im Februar.",
     "Sa, 16.01.27 | 10.00 – 14.00 Uhr", ("2027-01-16", "10:00")),
    ("fr", "Lève-tôt : réservez jusqu'au 10 janvier 2027 et profitez de 10 % sur les cours de février.",
     "sam. 16 janvier 2027 | 10 h – 14 h", ("2027-01-16", "10:00")),
    ("es", "Madrugadores: reserva hasta el 10 de enero de 2027 y tendrás un 10 % en los cursos de febrero.",
     "sáb. 16 de enero de 2027 | 10:00 – 14:00", ("2027-01-16", "10:00")),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "offer", "course", "want"), CASES)
def test_the_booking_deadline_is_no_meeting(lang, offer, course, want) -> None:
    page = f"KOCHATELIER\n\n{offer}\n\n-----\nKURSE\n-----\n\nBROT BACKEN\n{course}\nKursort: Thun, Atelier Bälliz\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [want]
    assert any(w.text and "10" in w.text and w.meeting_line is None for w in listing.warnings)


@pytest.mark.parametrize("until", ["bis", "bis zum", "bis am"])
def test_a_range_up_to_a_day_is_read_as_its_first_day(until) -> None:
    # "vom 5. bis zum 9. Januar": the range's end, not a deadline (before, "bis zum" made it one
    # and the course was lost)
    page = f"KURSE\n\nIntensivwoche vom 5. {until} 9. Januar 2027, jeweils 9.00 Uhr, Atelier Bälliz, Thun\n"
    got = parse(page, as_of=AS_OF, lang="de").meetings
    assert [(m.date, m.start_time, m.venue) for m in got] == [
        ("2027-01-05", "09:00", "Atelier Bälliz")
    ]
