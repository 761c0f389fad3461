"""A label that says its time is every listed entry's ("Horaire commun à toutes ces collectes :
de 9 h à 13 h.", "Common hours for all these drives: 9am to 1pm") over a list of dates that give
none: each date takes that time. (holdout32's blood service in Namur, after its blind score:
its two school drives had no time.) A label about something else ("Horaire du secrétariat : de
9 h à 13 h") gives the list no time."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 30)

# (heading, label line, entries)
LISTS = {
    "fr": ("Collectes en écoles et entreprises (ouvertes au public)",
           "Horaire commun à toutes ces collectes : de 9 h à 13 h.",
           ["Vendredi 15 janvier 2027 — Malonne, Hénallux, Fond de Malonne 123",
            "Jeudi 4 février 2027 — Jambes, Service public de Wallonie, Place Joséphine-Charlotte 2"]),
    "en": ("Drives at schools and workplaces (open to the public)",
           "Common hours for all these drives: 9am to 1pm.",
           ["Friday 15 January 2027 — Leeds, Park Lane College, Park Lane",
            "Thursday 4 February 2027 — Bradford, City Hall, Centenary Square"]),
    "de": ("Blutspenden in Schulen und Betrieben (öffentlich)",
           "Gemeinsame Zeit aller Termine: 9 bis 13 Uhr.",
           ["Freitag, 15. Januar 2027 — Baden, BORG Baden, Biondekgasse 6",
            "Donnerstag, 4. Februar 2027 — Mödling, HTL Mödling, Technikerstraße 1"]),
    "es": ("Colectas en colegios y empresas (abiertas al público)",
           "Horario común de todas estas colectas: de 9 a 13 h.",
           ["Viernes 15 de enero de 2027 — Avilés, IES Carreño Miranda, Calle Marcos del Torniello 32",
            "Jueves 4 de febrero de 2027 — Mieres, Campus de Mieres, Calle Gonzalo Gutiérrez Quirós"]),
}  # fmt: skip


def _page(heading: str, label: str, entries: list[str]) -> str:
    return "\n".join(["Calendrier", "", heading, "", label, "", *(f"- {e}" for e in entries), ""])


@pytest.mark.parametrize("lang", list(LISTS))
def test_the_common_time_is_each_entrys(lang: str) -> None:
    heading, label, entries = LISTS[lang]
    got = parse(_page(heading, label, entries).encode(), as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2027-01-15", "2027-02-04"]
    assert {m.start_time for m in got} == {"09:00"}


@pytest.mark.parametrize(
    "label",
    ["Horaire du secrétariat : de 9 h à 13 h.", "Office hours: 9am to 1pm.",
     "Bürozeiten: 9 bis 13 Uhr.", "Horario de oficina: de 9 a 13 h."],
)  # fmt: skip
def test_a_label_about_something_else_times_nothing(label: str) -> None:
    heading, _, entries = LISTS["fr"]
    got = parse(_page(heading, label, entries).encode(), as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2027-01-15", "2027-02-04"]
    assert {m.start_time for m in got} == {None}
