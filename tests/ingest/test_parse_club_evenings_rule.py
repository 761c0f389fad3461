"""A club's rule over its list of evenings, in two sentences: where the evenings are held,
then when they all start ("Les soirées de jeu du mardi ont lieu à l'Espace Senghor, … / Toutes
les soirées commencent à 19 h 30, sauf mention contraire."). Each evening below takes both;
before, "soirées", "evenings", "veladas" were no list's noun, and the evenings lost the place.
"Toutes nos activités sont ouvertes aux débutants" says nothing about where they are held.
(holdout36's go club in Brussels, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 4)

CASES = [
    ("en", "Our club nights are held at the Friends Meeting House, 12 Mount Street. Boards provided.",
     "All evenings start at 7.30pm unless stated otherwise.",
     ["Tue 8 Dec — free play", "Tue 15 Dec — beginners' lesson"], "Friends Meeting House"),
    ("de", "Die Spielabende finden dienstags im Bürgerhaus Süd, Hauptstraße 5, statt. Bretter vorhanden.",
     "Alle Abende beginnen um 19:30 Uhr, wenn nicht anders angegeben.",
     ["Di. 8. Dez. — freies Spiel", "Di. 15. Dez. — Anfängerkurs"], "Bürgerhaus Süd"),
    ("fr", "Les soirées de jeu du mardi ont lieu à l'Espace Senghor, 366 chaussée de Wavre. Matériel fourni.",
     "Toutes les soirées commencent à 19 h 30, sauf mention contraire.",
     ["mardi 8 décembre — soirée libre", "mardi 15 décembre — initiation"], "Espace Senghor"),
    ("es", "Las veladas de juego de los martes son en el Centro Cívico Delicias, Avda. Navarra 54. Tableros disponibles.",
     "Todas las veladas empiezan a las 19:30, salvo que se indique otra hora.",
     ["martes 8 de diciembre — juego libre", "martes 15 de diciembre — iniciación"], "Centro Cívico Delicias"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "where", "when", "rows", "venue"), CASES)
def test_the_evenings_take_the_rule_s_place_and_time(lang, where, when, rows, venue) -> None:
    page = f"# Club\n\n> {where}\n> **{when}**\n\n## Evenings\n\n" + "\n".join(
        f"- {r}" for r in rows
    )
    got = parse(page + "\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue) for m in got] == [
        ("2026-12-08", "19:30", venue),
        ("2026-12-15", "19:30", venue),
    ]


@pytest.mark.parametrize(
    ("lang", "lead", "untimed"),
    [
        ("fr", "Toutes nos activités sont ouvertes aux débutants et gratuites, sauf mention contraire. "
         "Les cours du mardi ont lieu à la Maison des Associations, salle 3, de 19 h 30 à 21 h.",
         "- *Heure à confirmer* — Rencontre Benelux à la Cité Miroir, place Xavier Neujean 22, 4000 Liège."),
        ("es", "Todas nuestras actividades son gratuitas, salvo que se indique lo contrario. "
         "Las clases de los martes son en la Casa de Cultura, sala 3, de 19:30 a 21:00.",
         "- *Hora por confirmar* — Encuentro regional en el Centro Cívico Delicias, Avda. Navarra 54, Zaragoza."),
    ],
)  # fmt: skip
def test_what_all_activities_are_is_no_rule_of_their_place(lang, lead, untimed) -> None:
    page = f"# Club\n\n{lead}\n\n## Avril\n\n### Samedi 24 avril\n\n{untimed}\n"
    if lang == "es":
        page = page.replace("## Avril\n\n### Samedi 24 avril", "## Abril\n\n### Sábado 24 de abril")
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert len(got) == 1
    assert got[0].start_time is None
    assert "Maison des Associations" not in (got[0].venue or "")
    assert "Casa de Cultura" not in (got[0].venue or "")
