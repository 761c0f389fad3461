"""A chat post's programme whose items are drawn with another glyph than a bullet ("▫️ jeu. 21
janv. — …", "◽", "🔹", "➤"), under a time and place stated once "unless noted": every item is a
meeting, also one whose words after the dash open with an emoji ("— ⚠️ exceptionnellement à la
Faculté de Droit …", a long line without a time of its own); and a webinar is held online, not at
the list's place. Written from holdout45's IYSSE Nancy Discord channel; the rows are variants,
with look-alikes (a line that opens with a glyph but is no item)."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 18)

PROGRAMMES = [
    ("fr", "Toutes les réunions ont lieu à 18 h 30 au Campus Lettres, salle A022, sauf mention contraire.",
     ["jeu. 21 janv. — Reprise : « L'extrême droite aux portes du pouvoir »",
      "sam. 6 févr. — Réunion commune avec l'IYSSE Metz, 14 h, Campus du Saulcy, salle B14.",
      "jeu. 11 mars — ⚠️ exceptionnellement à la Faculté de Droit (13 place Carnot), amphi Gény : "
      "« La liberté d'expression attaquée sur les campus »",
      "dim. 28 févr. — Webinaire international de l'IYSSE sur Zoom : 19 h (heure de Paris)."],
     [("2027-01-21", "18:30"), ("2027-02-06", "14:00"), ("2027-03-11", "18:30"), ("2027-02-28", "19:00")]),
    ("en", "All meetings are at 6.30pm in the Union Building, Room 2.14, unless noted.",
     ["Thu 21 Jan — Back to campus: \"The far right at the gates of power\"",
      "Sat 6 Feb — Joint meeting with IYSSE Newcastle, 2pm, Callaghan campus, Room B14.",
      "Thu 11 Mar — ⚠️ this time at the Law School (13 Carnot Street), Lecture Theatre G: "
      "\"Free speech under attack on campus, and what students can do\"",
      "Sun 28 Feb — International IYSSE webinar on Zoom: 7pm (Sydney time)."],
     [("2027-01-21", "18:30"), ("2027-02-06", "14:00"), ("2027-03-11", "18:30"), ("2027-02-28", "19:00")]),
    ("de", "Alle Treffen finden um 18.30 Uhr im Hörsaalgebäude, Raum H4, statt, sofern nicht anders angegeben.",
     ["Do 21.1. — Auftakt: „Die extreme Rechte vor den Toren der Macht“",
      "Sa 6.2. — Gemeinsames Treffen mit der IYSSE Münster, 14 Uhr, Schlossplatz, Raum S2.",
      "Do 11.3. — ⚠️ ausnahmsweise in der Juristischen Fakultät (Carnotstraße 13), Hörsaal G: "
      "„Meinungsfreiheit unter Beschuss an den Hochschulen“",
      "So 28.2. — Internationales IYSSE-Webinar auf Zoom: 19 Uhr (MEZ)."],
     [("2027-01-21", "18:30"), ("2027-02-06", "14:00"), ("2027-03-11", "18:30"), ("2027-02-28", "19:00")]),
    ("es", "Todas las reuniones son a las 18:30 en la Facultad de Humanidades, aula 12, salvo que se indique otra cosa.",
     ["jue. 21 ene. — Vuelta a clases: «La extrema derecha a las puertas del poder»",
      "sáb. 6 feb. — Reunión conjunta con la IYSSE Jujuy, 14:00, Campus Castañares, aula B14.",
      "jue. 11 mar. — ⚠️ excepcionalmente en la Facultad de Derecho (Carnot 13), aula magna: "
      "«La libertad de expresión atacada en las universidades»",
      "dom. 28 feb. — Webinario internacional de la IYSSE por Zoom: 19:00 (hora de Argentina)."],
     [("2027-01-21", "18:30"), ("2027-02-06", "14:00"), ("2027-03-11", "18:30"), ("2027-02-28", "19:00")]),
]  # fmt: skip


@pytest.mark.parametrize("glyph", ["▫️", "◽", "🔹", "➤"])
@pytest.mark.parametrize(("lang", "rule", "items", "want"), PROGRAMMES)
def test_every_glyph_item_is_a_meeting(lang, rule, items, want, glyph):
    page = "\n".join(["@everyone 📅 PROGRAMME", rule, "", *(f"{glyph} {i}" for i in items), ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert sorted((m.date, m.start_time) for m in ms) == sorted(want)


@pytest.mark.parametrize(("lang", "rule", "items", "want"), PROGRAMMES)
def test_a_webinar_is_online_not_at_the_lists_place(lang, rule, items, want):
    page = "\n".join(["PROGRAMME", rule, "", *(f"▫️ {i}" for i in items), ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    web = [m for m in ms if m.date == "2027-02-28"]
    assert len(web) == 1 and web[0].online
    assert not web[0].venue


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # a glyph that opens a heading or a remark, no date: no meeting, the items still read
        ("en", "◆ Free entry, everyone welcome"),
        ("de", "➤ Eintritt frei, alle sind willkommen"),
        ("fr", "▫️ Entrée libre, ouvert à toutes et à tous"),
        ("es", "🔹 Entrada libre, abierto a todo el público"),
    ],
)  # fmt: skip
def test_a_glyph_line_without_a_date_is_no_meeting(lang, line):
    rule, items, want = next((r, i, w) for lg, r, i, w in PROGRAMMES if lg == lang)
    page = "\n".join(["PROGRAMME", rule, line, "", *(f"▫️ {i}" for i in items), ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert sorted((m.date, m.start_time) for m in ms) == sorted(want)


@pytest.mark.parametrize(
    ("lang", "rule", "item", "venue"),
    [
        # a webinar mentioned, not held: the list's place stays
        ("en", "All meetings are at the Trades Club, 29 Holme Street, Hebden Bridge, at 7.30pm unless stated.",
         "• Tue 12 January 2027 – Branch meeting: how to run a webinar", "Trades Club"),
        ("de", "Alle Treffen finden um 19 Uhr im Café Klatsch, Markt 4, Göttingen statt, sofern nicht anders angegeben.",
         "• Mi 13.01.2027 – Gemeinsames Anschauen des Webinars „Klimaschutz vor Ort“", "Café Klatsch"),
    ],
)  # fmt: skip
def test_a_webinar_mentioned_keeps_the_lists_place(lang, rule, item, venue):
    ms = parse("\n".join([rule, "", item, ""]), as_of=date(2027, 1, 5), lang=lang).meetings
    assert len(ms) == 1 and ms[0].venue == venue
