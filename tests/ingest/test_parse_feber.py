"""Austria writes February "Feber" beside CLDR's Austrian "Jänner" ("Wie immer am ersten
Dienstag im Monat um 19.30 Uhr: 5. Jänner, 2. Feber, 2. März und 6. April": holdout29's
beekeepers, after its blind score, lost the February meeting). CLDR lacks it, as it lacks
"Sonnabend"; it is one of the few forms typed by hand (``when._EXTRA_MONTHS``)."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 10)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Dienstag, 2. Feber, 19.30 Uhr, Gasthof Weisses Rössl", ("2027-02-02", "19:30")),
        ("Di., 2. Feber 2027, 19:30 Uhr – Gasthof Weisses Rössl", ("2027-02-02", "19:30")),
        ("Sa 13. FEBER, 14 Uhr, Vereinsheim", ("2027-02-13", "14:00")),
        ("Mittwoch, 6. Jänner bis Freitag, 5. Feber: Kurs, jeweils 18 Uhr, Volkshaus",
         ("2027-01-06", "18:00")),
    ],
)  # fmt: skip
def test_feber_is_february(line: str, want: tuple[str, str]) -> None:
    (m,) = parse(line + "\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == want


def test_a_list_of_austrian_months() -> None:
    page = (
        "MONATSVERSAMMLUNGEN\nWie immer am ersten Dienstag im Monat um 19.30 Uhr im Gasthof "
        "Weisses Rössl:\n5. Jänner, 2. Feber, 2. März und 6. April.\n"
    )
    dates = [m.date for m in parse(page, as_of=AS_OF).meetings]
    assert dates == ["2027-01-05", "2027-02-02", "2027-03-02", "2027-04-06"]
