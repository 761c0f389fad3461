"""An e-mail newsletter's sections in capitals between rules: "Y EN FEBRERO...", "AVISOS".
Neither is a town heading: a section that opens with "and" before its month ("AND IN MARCH",
"UND IM MÄRZ", "ET EN MARS", "Y EN FEBRERO") is the next month's, and "NOTICES", "HINWEISE",
"AVIS", "AVISOS" are the newsletter's notices. Before, each became the town of the meetings under
it. (holdout36's energy cooperative in Seville, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)
RULE = "-" * 40


@pytest.mark.parametrize(
    ("lang", "head", "entry", "venue"),
    [
        ("en", "AND IN FEBRUARY...", "Saturday 6 February, 10am to 1pm: info stall at Riverside Market, Leeds.",
         "Riverside Market"),
        ("de", "UND IM FEBRUAR...", "Samstag, 6. Februar, 10 bis 13 Uhr: Infostand im Gemeindezentrum Süd.",
         "Gemeindezentrum Süd"),
        ("fr", "ET EN FÉVRIER...", "Samedi 6 février, de 10 h à 13 h : stand d'information à la Maison des associations.",
         "Maison des associations"),
        ("es", "Y EN FEBRERO...", "Sábado 6 de febrero, de 10 a 13 h: mesa informativa en el Centro Cívico Delicias.",
         "Centro Cívico Delicias"),
    ],
)  # fmt: skip
def test_a_section_of_the_next_month_is_no_town(lang, head, entry, venue) -> None:
    page = f"BOLETÍN\n\n{RULE}\n{head}\n{RULE}\n\n{entry}\n\n{RULE}\nOTROS\n{RULE}\n\nGracias.\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert len(got) == 1 and got[0].date == "2027-02-06"
    assert got[0].city is None
    assert head.split()[0].title() not in (got[0].place or "")


@pytest.mark.parametrize(
    ("lang", "head", "entry"),
    [
        ("en", "NOTICES", "Wednesday 20 January, 7pm: members' meeting at the Trades Hall."),
        (
            "de",
            "HINWEISE",
            "Mittwoch, 20. Januar, 19 Uhr: Mitgliederversammlung im Gewerkschaftshaus.",
        ),
        ("fr", "AVIS", "Mercredi 20 janvier, 19 h : assemblée des membres à la Bourse du travail."),
        (
            "es",
            "AVISOS",
            "Miércoles 20 de enero, 19:00 h: asamblea de socios en el Centro Cívico Delicias.",
        ),
    ],
)
def test_a_notices_section_is_no_town(lang, head, entry) -> None:
    page = f"BULLETIN\n\n{RULE}\n{head}\n{RULE}\n\n{entry}\n\n{RULE}\nOTHER\n{RULE}\n\nThanks.\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert len(got) == 1 and got[0].date == "2027-01-20"
    assert got[0].city is None and head.title() not in (got[0].place or "")
