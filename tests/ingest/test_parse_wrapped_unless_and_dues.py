"""A diving club's plain-text newsletter, wrapped at 72 characters: the boat trips' rule breaks
before its "unless" ("Todas las salidas en barco: presentación en el pantalán a las 8:30 h," /
"salvo que se indique otra hora. …"), and the annual dues are "passed for collection" on a
date ("la cuota anual de 2027 (85 €) se pasa al cobro el 1 de febrero"). The rule's time holds
for the trips under it; the collection day is no meeting. A line that ends with a comma but
whose next line says nothing of "unless" stays no rule. (holdout35's diving club newsletter,
after its blind score: three trips without their time, one extra.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (rule's two lines, trip's date line, its time)
RULES = {
    "es": ("Todas las salidas en barco: presentación en el pantalán a las 8:30 h,",
           "salvo que se indique otra hora. Trae el equipo montado.", "SÁBADO 23 DE ENERO", "08:30"),
    "en": ("All boat trips: meet at the pontoon at 8.30am,",
           "unless stated otherwise. Bring your kit assembled.", "SATURDAY 23 JANUARY", "08:30"),
    "fr": ("Toutes les sorties en bateau : rendez-vous au ponton à 8 h 30,",
           "sauf mention contraire. Venez avec votre matériel monté.", "SAMEDI 23 JANVIER", "08:30"),
    "de": ("Alle Bootsausfahrten: Treffpunkt am Steg um 8:30 Uhr,",
           "sofern nicht anders angegeben. Ausrüstung bitte fertig montiert mitbringen.",
           "SAMSTAG, 23. JANUAR", "08:30"),
}  # fmt: skip
TRIPS = {
    "es": "  · Isla de Tabarca. Dos inmersiones.", "en": "  · Tabarca Island. Two dives.",
    "fr": "  · Île de Tabarca. Deux plongées.", "de": "  · Insel Tabarca. Zwei Tauchgänge.",
}  # fmt: skip


@pytest.mark.parametrize("lang", list(RULES))
def test_a_rule_wrapped_before_its_unless_times_the_trips(lang: str) -> None:
    first, second, day, start = RULES[lang]
    page = f"# Salidas\n\n{first}\n{second}\n\n{day}\n{TRIPS[lang]}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-23", start)]


def test_a_comma_line_without_unless_under_it_is_no_rule() -> None:
    page = (
        "# Salidas\n\nNos vemos en el pantalán a las 8:30 h,\ny luego comemos juntos en el club.\n\n"
        "SÁBADO 23 DE ENERO\n  · Isla de Tabarca. Dos inmersiones.\n"
    )
    got = parse(page, as_of=AS_OF, lang="es").meetings
    assert [m.date for m in got] == ["2027-01-23"] and got[0].start_time is None


@pytest.mark.parametrize(
    ("lang", "note", "trip"),
    [
        ("es", "Recuerda que la cuota anual de 2027 (85 €) se pasa al cobro el 1 de febrero.",
         "SÁBADO 23 DE ENERO, 10:00, Santa Pola"),
        ("en", "Annual dues will be collected on 1 February.", "Saturday 23 January, 10am, Harbour"),
        ("fr", "La cotisation annuelle sera prélevée le 1er février.", "samedi 23 janvier, 10 h, Port"),
    ],
)  # fmt: skip
def test_a_payment_taken_on_a_day_is_no_meeting(lang: str, note: str, trip: str) -> None:
    got = parse(f"# Club\n\n{note}\n\n{trip}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-23", "10:00")]
