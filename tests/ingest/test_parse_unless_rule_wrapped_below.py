"""A youth centre's newsletter states its rule over three lines: the time "unless stated" on
the first, its premises on the next with the venue in brackets, then "unless another place is
given" ("Todas las actividades empiezan a las 18:00 h salvo que se indique otra hora," / "y son
en la Casa (Centro Cívico Delicias, Avda. Navarra 54, 1.ª planta)" / "si no pone otro sitio.").
Every entry takes that venue unless it names its own; an entry with its own time and a quoted
title ("Jue. 3 dic. · 18:30 · Club de rol: «La llamada de Cthulhu» para novatos") is still at
the venue. (holdout31's casa de la juventud, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)

PAGES = {
    "es": (["Todas las actividades empiezan a las 18:00 h salvo que se indique otra hora,",
            "y son en la Casa (Centro Cívico Delicias, Avda. Navarra 54, 1.ª planta)",
            "si no pone otro sitio."],
           ["  Mar. 1 dic. · Taller de cómic y fanzine (1.ª sesión)",
            "  Jue. 3 dic. · 18:30 · Club de rol: «La llamada de Cthulhu» para novatos"],
           "Centro Cívico Delicias", ["18:00", "18:30"]),
    "en": (["All activities start at 6pm unless another time is given,",
            "and are held at the House (Riverside Youth Centre, 54 Navarre Road, first floor)",
            "unless stated otherwise."],
           ["  Tue 1 Dec · Comics and zine workshop (session 1)",
            "  Thu 3 Dec · 6:30pm · Role-play club: “The Call of Cthulhu” for beginners"],
           "Riverside Youth Centre", ["18:00", "18:30"]),
    "fr": (["Toutes les activités commencent à 18 h sauf indication contraire,",
            "et ont lieu à la Maison (Centre social Delicias, 54 avenue de Navarre, 1er étage)",
            "sauf mention d'un autre lieu."],
           ["  Mar. 1 déc. · Atelier BD et fanzine (1re séance)",
            "  Jeu. 3 déc. · 18 h 30 · Club de jeu de rôle : « L'Appel de Cthulhu » pour débutants"],
           "Centre social Delicias", ["18:00", "18:30"]),
}  # fmt: skip


def _page(lang: str) -> str:
    rule, rows, *_ = PAGES[lang]
    return "\n".join(["Boletín de diciembre", "", *rule, "", "DICIEMBRE", "---------", *rows, ""])


@pytest.mark.parametrize("lang", list(PAGES))
def test_the_wrapped_rules_venue_is_every_entrys(lang: str) -> None:
    _, rows, venue, times = PAGES[lang]
    got = parse(_page(lang).encode(), as_of=AS_OF).meetings
    assert [m.start_time for m in got] == times
    assert [m.venue for m in got] == [venue] * len(rows)
