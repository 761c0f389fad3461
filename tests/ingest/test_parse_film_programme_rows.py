"""A cinema's programme as a table: a row per day ("Donnerstag, 3. Dezember" with a "Heute"
badge), then a row per showing whose first cell is the time alone and whose second holds the
film's title, its credits, a blurb and maybe a guest in paragraphs of their own. Every showing
is a meeting at its time with the film as its title, none is lost; the badge, the blurb and the
guest are no place, the guest is the speaker. (holdout22's b-kino.)"""

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# lang: (today's badge, [(day heading, [(time, title, credits, blurb, guest or None)])])
PROGRAMMES = {
    "de": ("Heute", [
        ("Donnerstag, 3. Dezember", [
            ("18:00", "Die bleierne Zeit", "R: Margarethe von Trotta, BRD 1981, 106 Min., 35mm",
             "Zwei Schwestern, zwei Wege aus dem Protest der Sechzigerjahre.", None),
            ("20:30", "Neue Heimat", "R: Mareike Sandvoß, D 2026, 88 Min., DCP",
             "Dokumentarfilm über eine Hochhaussiedlung und ihre Bewohnerinnen und Bewohner.",
             "Zu Gast: Regisseurin Mareike Sandvoß"),
        ]),
        ("Freitag, 4. Dezember", [
            ("18:30", "Paris, Texas", "R: Wim Wenders, BRD/F 1984, 147 Min., OmU",
             "Ein Mann kommt aus der Wüste zurück und sucht seine Familie. Restaurierte Fassung.",
             None),
        ]),
    ]),
    "en": ("Today", [
        ("Thursday 3 December", [
            ("18:00", "Aftersun", "Dir. Charlotte Wells, UK 2022, 102 mins",
             "A father and daughter on holiday in Turkey, remembered twenty years later.", None),
            ("20:30", "New Estate", "Dir. Mary Lane, UK 2026, 88 mins",
             "A documentary about a tower block and the people who live in it.",
             "Guest: director Mary Lane"),
        ]),
        ("Friday 4 December", [
            ("18:30", "Paris, Texas", "Dir. Wim Wenders, FRG/France 1984, 147 mins",
             "A man walks out of the desert and looks for his family. Restored version.", None),
        ]),
    ]),
    "fr": ("Aujourd'hui", [
        ("Jeudi 3 décembre", [
            ("18:00", "Cléo de 5 à 7", "Agnès Varda, France 1962, 90 min",
             "Une chanteuse attend les résultats d'une analyse et traverse Paris.", None),
            ("20:30", "Nouvelle cité", "Marie Lenoir, France 2026, 88 min",
             "Un documentaire sur une tour et celles et ceux qui y vivent.",
             "Invitée : la réalisatrice Marie Lenoir"),
        ]),
        ("Vendredi 4 décembre", [
            ("18:30", "Paris, Texas", "Wim Wenders, RFA/France 1984, 147 min",
             "Un homme sort du désert et cherche sa famille. Version restaurée.", None),
        ]),
    ]),
    "es": ("Hoy", [
        ("Jueves 3 de diciembre", [
            ("18:00", "La ciénaga", "Lucrecia Martel, Argentina 2001, 103 min",
             "Dos familias pasan el verano entre la pileta sucia y el calor del norte.", None),
            ("20:30", "Barrio nuevo", "Ana Ruiz, España 2026, 88 min",
             "Un documental sobre un bloque de viviendas y quienes lo habitan.",
             "Invitada: la directora Ana Ruiz"),
        ]),
        ("Viernes 4 de diciembre", [
            ("18:30", "Paris, Texas", "Wim Wenders, RFA/Francia 1984, 147 min",
             "Un hombre sale del desierto y busca a su familia. Versión restaurada.", None),
        ]),
    ]),
}  # fmt: skip


def _html(lang: str) -> str:
    badge, days = PROGRAMMES[lang]
    body = []
    for d, (heading, shows) in enumerate(days):
        mark = f' <span class="badge">{badge}</span>' if d == 0 else ""
        rows = [f'<tr class="datum"><th colspan="3">{heading}{mark}</th></tr>']
        for n, (time, title, credits, blurb, guest) in enumerate(shows):
            extra = f'<p class="hinweis"><strong>{guest}</strong></p>' if guest else ""
            rows.append(
                f'<tr><td class="zeit">{time}</td><td class="film"><h4><a href="/film/{d}{n}">'
                f'{title}</a></h4><p class="credits">{credits}</p><p class="text">{blurb}</p>'
                f'{extra}</td><td class="tickets"><a href="/t/{d}{n}">Tickets</a></td></tr>'
            )
        body.append(f'<tbody class="spieltag">{"".join(rows)}</tbody>')
    return (
        f'<html lang="{lang}"><head><title>Programme</title></head><body><h1>Programme</h1>'
        f'<table class="spielplan">{"".join(body)}</table></body></html>'
    )


def _shows(lang: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (f"2026-12-0{3 + d}", time, title, guest)
        for d, (_, shows) in enumerate(PROGRAMMES[lang][1])
        for time, title, _, _, guest in shows
    ]


@pytest.mark.parametrize("lang", sorted(PROGRAMMES))
def test_every_showing_is_a_meeting_with_its_film_as_title(lang: str) -> None:
    ms = parse(_html(lang), as_of=AS_OF, lang=lang).meetings
    want = _shows(lang)
    assert [(m.date, m.start_time, m.title) for m in ms] == [w[:3] for w in want]
    badge = PROGRAMMES[lang][0]
    blurbs = {show[3] for _, shows in PROGRAMMES[lang][1] for show in shows}
    for m, (*_, guest) in zip(ms, want, strict=True):
        places = {m.venue, m.place, m.room, m.city, m.address} - {None}
        assert badge not in places
        assert not places & {b.rstrip(".") for b in blurbs} and not places & blurbs
        if guest is not None:
            assert m.speaker is not None and m.speaker in guest
            assert guest not in places


def test_through_eventmap_parse(tmp_path) -> None:
    path = tmp_path / "programm.html"
    path.write_text(_html("de"), encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [(m["date"], m["start_time"], m["title"]) for m in ms] == [w[:3] for w in _shows("de")]
