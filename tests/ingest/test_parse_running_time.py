"""A running time is how long, not when: "Durée : 1 h 45 environ", "Dauer: ca. 1:30 h",
"Duración: 1 h 30", "Running time: 1h45". A time right after such a label is no start; the
next time on the line is. Written from holdout41's travel-film programme, whose "sauf mention
contraire. Durée : 1 h 45 environ" gave every film a start of 01:45; the rows are variants,
with look-alikes whose time comes first or whose label is another word."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Durée : 1 h 45 environ, séance à 20 h 30", "20:30"),
        ("Film (durée 1 h 45), séance à 20 h 30", "20:30"),
        ("Durée 1h45 – projection 18h", "18:00"),
        ("Dauer: ca. 1:30 h, Beginn 19 Uhr", "19:00"),
        ("Spieldauer 1:45 h · Beginn 20 Uhr", "20:00"),
        ("Laufzeit: 1.45 h, Einlass 19 Uhr", "19:00"),
        ("Duración: 1 h 30. Comienza a las 19:00 h", "19:00"),
        ("Duración aprox. 1:40 h, función a las 20:30 h", "20:30"),
        ("Running time: 1h45, screening at 7.30pm", "19:30"),
        ("Length: 1:45 – starts 7pm", "19:00"),
        ("Duration: about 1.30, from 6pm", "18:00"),
    ],
)  # fmt: skip
def test_a_time_after_a_duration_label_is_skipped(text, start):
    tm = find_times(text)
    assert tm is not None and tm.start_time == start


@pytest.mark.parametrize(
    "text",
    ["Durée : 1 h 45 environ", "Dauer: 1:30 h", "Duración: 1 h 30", "Running time: 1h45"],
)
def test_a_duration_alone_is_no_time(text):
    assert find_times(text) is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the time first, its length after: the start stays
        ("Séance à 20 h 30, durée 1 h 45", "20:30"),
        ("Beginn 19:30 Uhr, Dauer ca. 2 Std.", "19:30"),
        ("Start 7.30pm, running time 1h45", "19:30"),
        # other words that are no duration's label
        ("Running order: 7.30pm", "19:30"),
        ("Duras, 20 h 30", "20:30"),
        ("Dauerausstellung ab 14 Uhr", "14:00"),
        ("Durée du festival : trois jours. Ouverture à 14 h 30", "14:30"),
    ],
)  # fmt: skip
def test_a_start_that_is_no_duration_is_kept(text, start):
    tm = find_times(text)
    assert tm is not None and tm.start_time == start


@pytest.mark.parametrize(
    ("lang", "rule", "entry", "start"),
    [
        ("fr", "Toutes les séances ont lieu au Théâtre Saint-Louis, à 14 h 30, sauf mention "
         "contraire. Durée : 1 h 45 environ.", "Théâtre Saint-Louis ...... jeudi 8 octobre",
         "14:30"),
        ("fr", "Les séances ont lieu au Théâtre Saint-Louis sauf mention contraire. Durée : "
         "1 h 45 environ.", "Théâtre Saint-Louis ...... jeudi 8 octobre", None),
        ("en", "All screenings are at the Regal at 7.30pm unless stated otherwise. Running "
         "time: 1h45.", "The Regal ...... Thursday 8 October", "19:30"),
        ("de", "Alle Vorstellungen beginnen um 20 Uhr, sofern nicht anders angegeben. "
         "Dauer: ca. 1:45 h.", "Kino Lumière ...... Donnerstag, 8. Oktober", "20:00"),
        ("es", "Todas las sesiones son a las 19:00 h salvo que se indique otra hora. "
         "Duración: 1 h 45.", "Cine Rex ...... jueves 8 de octubre", "19:00"),
    ],
)  # fmt: skip
def test_a_programme_s_running_time_is_no_start(lang, rule, entry, start):
    page = f"Programme\n\n{rule}\n\n1  ISLANDE\n   {entry}\n\n2  SICILE\n   {entry.replace('8', '15')}\n"
    ms = parse(page, as_of=date(2026, 9, 1), lang=lang).meetings
    assert [m.date for m in ms] == ["2026-10-08", "2026-10-15"]
    assert {m.start_time for m in ms} == {start}
