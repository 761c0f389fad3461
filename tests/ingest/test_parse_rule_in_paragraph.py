"""A blog post's programme: a paragraph that looks back at the last session by its date ("After
our lively session on Tuesday 17 November (…), here is the programme until spring") and then
states the rule of the list in a sentence of its own ("Unless stated otherwise, all sessions
start at 7.30pm"), then one line per session without a time, then the post's comments, which
name sessions of the list by their dates ("On 8 December at the Crown, do we need to book?").
The paragraph is no meeting of 17 November: its sentence of the rule gives every session of the
list its time (an entry's own time stays), and a comment on a listed session is no meeting of its
own. A date whose own sentence after it gives its time stays a meeting. (holdout34's café philo
in Nantes, after its blind score: seven sessions had no time, the paragraph and a comment were
meetings.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)

# (paragraph, entries (date words, rest), comments heading, comment stamps and texts)
PAGES = {
    "en": ("After our lively session on Tuesday 17 November (more than forty came!), here is the "
           "programme until spring. Unless stated otherwise, all sessions start at 7.30pm and end "
           "around 9pm. Entry is free.",
           [("Tuesday 8 December", "“Can we be free without others?”, at the Crown Tavern, 12 High Street."),
            ("Tuesday 12 January", "“Should we distrust our desires?”, at the Crown Tavern."),
            ("Saturday 16 January, 3pm", "children's session at the Central Library, 4 Mill Road."),
            ("Tuesday 26 January", "“Is the truth always good to tell?”, at the Friends Meeting House, 8 Quay Street.")],
           "3 thoughts on “Winter programme”",
           [("Mark B. 29 November 2026 at 10:47", "On 8 December at the Crown, do we need to book?"),
            ("Helen 29 November 2026 at 18:05", "No need to book, just come a little early!"),
            ("Sophie L. 2 December 2026 at 8:31", "Shame about 26 January, I am away that week.")]),
    "de": ("Nach dem schönen Abend am Dienstag, 17. November (über vierzig Gäste!) hier das Programm "
           "bis zum Frühjahr. Sofern nicht anders angegeben, beginnen alle Abende um 19.30 Uhr und "
           "enden gegen 21 Uhr. Eintritt frei.",
           [("Dienstag, 8. Dezember", "„Kann man ohne die anderen frei sein?“, im Café Kafka, Hauptstraße 12."),
            ("Dienstag, 12. Januar", "„Sollen wir unseren Wünschen misstrauen?“, im Café Kafka."),
            ("Samstag, 16. Januar, 15 Uhr", "Philosophieren mit Kindern in der Stadtbibliothek, Mühlweg 4."),
            ("Dienstag, 26. Januar", "„Ist die Wahrheit immer gut zu sagen?“, im Haus der Begegnung, Kaistraße 8.")],
           "3 Gedanken zu „Winterprogramm“",
           [("Markus B. 29. November 2026 um 10:47", "Am 8. Dezember im Café Kafka, muss man reservieren?"),
            ("Helene 29. November 2026 um 18:05", "Nein, einfach etwas früher kommen!"),
            ("Sophie L. 2. Dezember 2026 um 8:31", "Schade um den 26. Januar, da bin ich verreist.")]),
    "fr": ("Après la belle séance du mardi 17 novembre (plus de quarante participants !), voici le "
           "programme jusqu'au printemps. Sauf mention contraire, toutes les séances commencent à "
           "19 h 30 et se terminent vers 21 h. Entrée libre.",
           [("Mardi 8 décembre", "« Peut-on être libre sans les autres ? », au Pol'n, 11 rue des Olivettes."),
            ("Mardi 12 janvier", "« Faut-il se méfier de ses désirs ? », au Pol'n."),
            ("Samedi 16 janvier, 15 h", "café philo des enfants à la médiathèque Jacques Demy, 24 quai de la Fosse."),
            ("Mardi 26 janvier", "« La vérité est-elle toujours bonne à dire ? », chez nos amis de Cosmopolis, 18 rue Scribe.")],
           "3 réflexions sur « Programme de l'hiver »",
           [("Marc B. 29 novembre 2026 à 10 h 47", "Le 8 décembre au Pol'n, il faut réserver ?"),
            ("Hélène 29 novembre 2026 à 18 h 05", "Non, pas de réservation, venez juste un peu en avance !"),
            ("Sophie L. 2 décembre 2026 à 8 h 31", "Dommage pour le 26 janvier, je serai absente.")]),
    "es": ("Tras la estupenda sesión del martes 17 de noviembre (¡más de cuarenta personas!), aquí va "
           "el programa hasta la primavera. Salvo indicación contraria, todas las sesiones empiezan a "
           "las 19:30 y terminan hacia las 21:00. Entrada libre.",
           [("Martes 8 de diciembre", "«¿Se puede ser libre sin los demás?», en el Café Central, calle Mayor 12."),
            ("Martes 12 de enero", "«¿Hay que desconfiar de los deseos?», en el Café Central."),
            ("Sábado 16 de enero, 17:00", "sesión para niños en la Biblioteca Municipal, calle del Molino 4."),
            ("Martes 26 de enero", "«¿Es siempre bueno decir la verdad?», en el Ateneo Popular, calle del Muelle 8.")],
           "3 comentarios",
           [("Marcos B. 29 de noviembre de 2026 a las 10:47", "¿El 8 de diciembre en el Café Central hay que reservar?"),
            ("Elena 29 de noviembre de 2026 a las 18:05", "No hace falta, ¡venid un poco antes!"),
            ("Sofía L. 2 de diciembre de 2026 a las 8:31", "Qué pena lo del 26 de enero, estaré fuera.")]),
}  # fmt: skip
OWN_TIME = {"en": "15:00", "de": "15:00", "fr": "15:00", "es": "17:00"}


def _page(lang: str, comments: bool = True) -> str:
    paragraph, entries, heading, said = PAGES[lang]
    lines = ["# Café philo", "", paragraph, ""]
    lines += [f"- {day} — {rest}" for day, rest in entries]
    if comments:
        lines += ["", heading, ""]
        for stamp, text in said:
            lines += [stamp, "", text, ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("lang", list(PAGES))
def test_the_paragraphs_rule_times_the_list_and_its_date_is_no_meeting(lang: str) -> None:
    got = parse(_page(lang, comments=False), as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-08", "19:30"), ("2027-01-12", "19:30"), ("2027-01-16", OWN_TIME[lang]),
        ("2027-01-26", "19:30"),
    ]  # fmt: skip


@pytest.mark.parametrize("lang", list(PAGES))
def test_a_comment_on_a_listed_session_is_no_meeting(lang: str) -> None:
    listing = parse(_page(lang), as_of=AS_OF)
    assert [m.date for m in listing.meetings] == [
        "2026-12-08", "2027-01-12", "2027-01-16", "2027-01-26",
    ]  # fmt: skip
    _, entries, _, said = PAGES[lang]
    first = listing.meetings[0]
    assert said[0][1] not in (first.title or "") + (first.venue or "")
    warned = " ".join(w.text for w in listing.warnings)
    assert said[0][1] in warned and said[2][1] in warned  # never dropped in silence


# A date in prose whose own next sentence gives its time: a meeting, rule words or not nearby.
NEXT_SENTENCE = {
    "en": "Our next session is on Tuesday 8 December. It starts at 7.30pm at the Crown Tavern, 12 High Street.",
    "de": "Unser nächster Abend ist am Dienstag, 8. Dezember. Er beginnt um 19.30 Uhr im Café Kafka, Hauptstraße 12.",
    "fr": "Notre prochaine séance aura lieu le mardi 8 décembre. Elle commence à 19 h 30 au Pol'n, 11 rue des Olivettes.",
    "es": "Nuestra próxima sesión es el martes 8 de diciembre. Empieza a las 19:30 en el Café Central, calle Mayor 12.",
}  # fmt: skip


@pytest.mark.parametrize("lang", list(NEXT_SENTENCE))
def test_a_dates_own_next_sentence_still_gives_its_time(lang: str) -> None:
    got = parse(f"# Café philo\n\n{NEXT_SENTENCE[lang]}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [("2026-12-08", "19:30")]
