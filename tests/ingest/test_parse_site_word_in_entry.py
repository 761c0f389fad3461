"""A group's newsletter names its own site at its top ("SHED NEWS" / "Sydenham Community Men's
Shed") and then calls it by its kind inside its entries' words ("OPEN DAY at the shed. Sausage
sizzle", "in the smoko room at the shed"): those entries are at the site. (holdout29's men's
shed newsletter, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 6)

ROWS = [
    ("SHED NEWS", "Sydenham Community Men's Shed",
     "Saturday 1 May, 10am - OPEN DAY at the shed. Sausage sizzle, demos on the lathes.",
     "Wednesday 10 February, 7pm - members' meeting in the smoko room at the shed."),
    ("GARTENPOST", "Gemeinschaftsgarten Prinzessinnen",
     "Samstag, 1. Mai, 10 Uhr – Tag der offenen Tür im Garten. Kuchen und Führungen.",
     "Mittwoch, 10. Februar, 19 Uhr – Mitgliederabend im Garten, bei Regen im Schuppen."),
    ("LA LETTRE DU JARDIN", "Jardin partagé des Lilas",
     "Samedi 1er mai, 10 h – portes ouvertes au jardin, visite des parcelles.",
     "Mercredi 10 février, 19 h – réunion des adhérents au jardin, dans la cabane."),
    ("BOLETÍN", "Huerto comunitario La Revoltosa",
     "Sábado 1 de mayo, 10:00 – jornada de puertas abiertas en el huerto, con vermú.",
     "Miércoles 10 de febrero, 19:00 – asamblea de socias en el huerto, junto a la caseta."),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=["en", "de", "fr", "es"])
def test_entries_naming_the_site_by_its_kind_are_at_it(row: tuple) -> None:
    head, name, first, second = row
    page = f"{head}\n{name}\nIssue 61\n\nWHAT'S ON\n\n{first}\n\n{second}\n"
    ms = parse(page, as_of=AS_OF).meetings
    assert sorted(m.date for m in ms) == ["2027-02-10", "2027-05-01"]
    assert {m.venue for m in ms} == {name}


def test_a_kind_the_site_is_not_names_no_site() -> None:
    page = (
        "SHED NEWS\nSydenham Community Men's Shed\n\n"
        "Saturday 1 May, 10am - working bee at the park. Bring gloves.\n"
    )
    [m] = parse(page, as_of=AS_OF).meetings
    assert m.venue != "Sydenham Community Men's Shed"
