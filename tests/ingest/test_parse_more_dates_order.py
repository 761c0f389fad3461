"""A line with two slashed dates ("Mar. 08/12 et mer. 09/12 – 9h : Formation") reads the second
the way the page reads the first: day-first on a page that writes "15/12", month-first on one
that writes "12/15". Each date is a meeting of its own.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

PAGES = [
    ("fr", "Lun. 07/12 – 9h30 : Commission exécutive – Bourse du travail\n"
     "Mar. 08/12 et mer. 09/12 – 9h : Formation CSE – UD CGT 93, Bobigny\n",
     ["2026-12-07", "2026-12-08", "2026-12-09"]),
    ("es", "Lun. 07/12 – 9.30 h: Comisión ejecutiva – Casa del Pueblo\n"
     "Mar. 08/12 y mié. 09/12 – 9 h: Curso de delegados – Sede de CCOO\n",
     ["2026-12-07", "2026-12-08", "2026-12-09"]),
    ("de", "Mo. 07/12 – 9.30 Uhr: Vorstand – Gewerkschaftshaus\n"
     "Di. 08/12 und Mi. 09/12 – 9 Uhr: Seminar für Betriebsräte – Gewerkschaftshaus\n",
     ["2026-12-07", "2026-12-08", "2026-12-09"]),
    ("en", "Mon 07/12 – 9.30am: Executive – Trades Hall\n"
     "Tue 08/12 and Wed 09/12 – 9am: Reps' training – Trades Hall\n",
     ["2026-12-07", "2026-12-08", "2026-12-09"]),
    ("en", "Mon 12/7 – 9:30am: Executive – Union Hall\n"
     "Tue 12/8 and Wed 12/9 – 9am: Stewards' training – Union Hall\n",
     ["2026-12-07", "2026-12-08", "2026-12-09"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "entries", "days"), PAGES)
def test_the_second_date_reads_as_the_first(lang: str, entries: str, days: list[str]) -> None:
    listing = parse(f"DECEMBER\n\n{entries}", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == days
