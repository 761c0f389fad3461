"""A section of a forum post or a Markdown page that labels its place once over a list of dates
("## Stammtisch Bozen" / "**Ort:** Batzen Häusl, …" / "**Beginn:** jeweils 19:00 Uhr" / "- Do,
14.01.2027"): each date is there, and the next section's heading ends the list, so that
section's "Ort:" is not theirs. A meeting point's sentence under a date ("Treffpunkt: vor der
Stadtbibliothek Brixen (Domplatz). Wir erfassen …") is that meeting's place. Written from
holdout42's OpenStreetMap forum post; the rows are variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)

# (lang, heading, place label, time line, dates, place)
SECTIONS = [
    ("de", "Stammtisch Bozen", "Ort", "Beginn: jeweils 19:00 Uhr",
     ["Do, 14.01.2027", "Do, 11.02.2027"], "Batzen Häusl, Andreas-Hofer-Straße 30, Bozen"),
    ("en", "Pub meet, Leeds", "Where", "Time: 7pm each time",
     ["Thu 14 January 2027", "Thu 11 February 2027"], "The Grove Inn, Back Row, Leeds"),
    ("fr", "Rencontre à Lyon", "Lieu", "Horaire : à chaque fois 19 h",
     ["jeudi 14 janvier 2027", "jeudi 11 février 2027"], "Café des Négociants, Lyon"),
    ("es", "Quedada en Bilbao", "Lugar", "Hora: siempre a las 19:00",
     ["jueves 14 de enero de 2027", "jueves 11 de febrero de 2027"], "Bar Txirula, Bilbao"),
]  # fmt: skip

NEXT = {
    "de": ("Stammtisch Meran", "Ort: Ost West Club, Freiheitsstraße 15", "Do, 28.01.2027, 19:30"),
    "en": ("Pub meet, York", "Where: The Maltings, Tanners Moat", "Thu 28 January 2027, 7.30pm"),
    "fr": ("Rencontre à Grenoble", "Lieu : Le Bateau Ivre, Grenoble", "jeudi 28 janvier 2027, 19 h 30"),
    "es": ("Quedada en Vitoria", "Lugar: Bar Sherezade, Vitoria", "jueves 28 de enero de 2027, 19:30"),
}  # fmt: skip


def _page(lang, heading, label, timeline, dates, place, *, second: bool) -> str:
    head, where, when = NEXT[lang]
    out = ["Termine 2027", "", f"## {heading}", "", f"**{label}:** {place}", f"**{timeline}**", ""]
    out += [f"- {d}" for d in dates]
    if second:  # the next section: its place and a date under it, a line later
        out += ["", f"## {head}", "", f"**{where}**", "Tisch reserviert.", "", f"- {when}"]
        out += [f"- {when.replace('28', '25').replace('janvier', 'mars').replace('January', 'March').replace('enero', 'marzo').replace('.01.', '.03.')}"]  # fmt: skip
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(("lang", "heading", "label", "timeline", "dates", "place"), SECTIONS)
def test_a_section_s_place_over_its_dates(lang, heading, label, timeline, dates, place):
    page = _page(lang, heading, label, timeline, dates, place, second=True)
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    first = [m for m in ms if m.date in ("2027-01-14", "2027-02-11")]
    assert len(first) == 2
    name = place.split(",")[0]
    for m in first:
        assert m.start_time == "19:00"
        assert name in (m.venue or m.place or ""), (m.venue, m.place, m.address)
    later = [m for m in ms if m.date in ("2027-01-28", "2027-03-25")]
    assert len(later) == 2
    other = NEXT[lang][1].split(":", 1)[1].split(",")[0].strip()
    for m in later:
        assert m.start_time == "19:30"
        assert other in (m.venue or m.place or ""), (m.venue, m.place, m.address)


@pytest.mark.parametrize(("lang", "heading", "label", "timeline", "dates", "place"), SECTIONS)
def test_the_next_section_s_place_is_not_the_list_s(lang, heading, label, timeline, dates, place):
    # without a place of its own, the list does not take the next section's
    page = _page(lang, heading, "Info", timeline, dates, "siehe unten", second=True)
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    other = NEXT[lang][1].split(":", 1)[1].split(",")[0].strip()
    for m in ms:
        if m.date in ("2027-01-14", "2027-02-11"):
            assert other not in " ".join(v for v in (m.venue, m.place, m.address) if v)


@pytest.mark.parametrize(
    ("lang", "day", "meet", "place"),
    [
        ("de", "**Samstag, 20. Februar 2027, 14:00–17:30**",
         "Treffpunkt: vor der Stadtbibliothek Brixen (Domplatz). Wir erfassen die Barrierefreiheit "
         "in der Altstadt. Danach gemeinsames Aufwärmen im Café.", "Stadtbibliothek Brixen"),
        ("en", "**Saturday 20 February 2027, 2pm–5.30pm**",
         "Meeting point: outside the Central Library (Market Square). We map the kerbs and ramps "
         "of the old town. Afterwards we warm up in the café.", "Central Library"),
        ("fr", "**samedi 20 février 2027, 14 h – 17 h 30**",
         "Rendez-vous : devant la médiathèque François-Mitterrand (place du Marché). Nous "
         "cartographions les trottoirs de la vieille ville. Ensuite, chocolat chaud au café.",
         "médiathèque François-Mitterrand"),
        ("es", "**sábado 20 de febrero de 2027, 14:00–17:30**",
         "Punto de encuentro: frente a la Biblioteca Municipal (plaza Mayor). Mapeamos las "
         "aceras del casco antiguo. Después, chocolate en el café.", "Biblioteca Municipal"),
    ],
)  # fmt: skip
def test_a_meeting_point_sentence_under_the_date(lang, day, meet, place):
    page = f"## Mapping-Party\n\n{day}\n{meet}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.date == "2027-02-20"
    assert place in (m.venue or m.place or ""), (m.venue, m.place, m.address)
