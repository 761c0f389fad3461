"""A welcome or arrival time before the start: "accueil à 20 h, projection à 20 h 30",
"Arrivals from 6.30pm, talk starts 7pm", "Einlass ab 18:30 Uhr, Beginn 19 Uhr", "Recepción a las
18:30, inicio 19:00". The first time is when people come in, the meeting starts at the second.
A welcome time alone ("accueil 9h") is still the start, and a line that only names a time at
the welcome desk ("inscriptions à l'accueil") is no doors time. (holdout22's c-ldh-toulouse.)"""

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times

AS_OF = date(2026, 11, 20)

# fmt: off
WELCOMES = [
    ("fr", "accueil à 20 h, projection à 20 h 30", "20:30"),
    ("fr", "Accueil dès 18h30, début 19h", "19:00"),
    ("fr", "accueil café à partir de 9 h, début des travaux 9 h 30", "09:30"),
    ("en", "Arrivals from 6.30pm, talk starts 7pm", "19:00"),
    ("en", "Doors from 6.30pm, film 7pm", "19:00"),
    ("de", "Einlass ab 18:30 Uhr, Beginn 19 Uhr", "19:00"),
    ("de", "Ankunft 9 Uhr, Start 9:30 Uhr", "09:30"),
    ("es", "Recepción a las 18:30, inicio 19:00", "19:00"),
    ("es", "Apertura de puertas desde las 18:30, función 19:00", "19:00"),
]
# fmt: on


@pytest.mark.parametrize("lang,text,start", WELCOMES)
def test_the_start_is_the_time_after_the_welcome(lang: str, text: str, start: str) -> None:
    tm = find_times(text)
    assert tm is not None and tm.start_time == start


# fmt: off
@pytest.mark.parametrize("text,start", [
    ("accueil 9h", "09:00"),
    ("Welcome at 7pm", "19:00"),
    ("Inscriptions à l'accueil, atelier 14 h", "14:00"),
    ("projection à 20 h 30", "20:30"),
])
# fmt: on
def test_a_time_with_no_later_start_is_the_start(text: str, start: str) -> None:
    tm = find_times(text)
    assert tm is not None and tm.start_time == start


PAGES = {
    "fr": "### Ciné-débat : « Les Damnés de la mer »\n**Jeudi 10 décembre 2026** — accueil à "
    "20 h, projection à 20 h 30, suivie d'un débat.\nCinéma American Cosmograph, 24 rue "
    "Montardy, Toulouse.\n",
    "en": "### Film and discussion\n**Thursday 10 December 2026** — arrivals from 6.30pm, "
    "film at 7pm, then discussion.\nCube Cinema, 4 Princess Row, Bristol.\n",
    "de": "### Filmabend\n**Donnerstag, 10. Dezember 2026** — Einlass ab 18:30 Uhr, Beginn "
    "19 Uhr, danach Gespräch.\nKino Babylon, Rosa-Luxemburg-Str. 30, Berlin.\n",
    "es": "### Cinefórum\n**Jueves 10 de diciembre de 2026** — recepción a las 18:30, "
    "proyección a las 19:00, después coloquio.\nCine Doré, calle Santa Isabel 3, Madrid.\n",
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_dated_line_with_a_welcome_then_a_start(lang: str, tmp_path) -> None:
    (m,) = parse(PAGES[lang], as_of=AS_OF, lang=lang).meetings
    want = "20:30" if lang == "fr" else "19:00"
    assert (m.date, m.start_time) == ("2026-12-10", want)
    path = tmp_path / "page.md"
    path.write_text(PAGES[lang], encoding="utf-8")
    (cli,) = cli_meetings(path, "--as-of", AS_OF.isoformat(), "--lang", lang)
    assert cli["start_time"] == want
