"""A chat app's page, saved or copied, puts each message's header on lines of its own: the
avatar's initials over the time it was sent and the sender's name (Telegram Desktop's HTML
export), a date and time over the sender (Messenger), the sender and a stamp on one line
(Discord's "Ana — Today at 18:42"), under a day's divider ("14 November 2026"). A header is
never a meeting, and the chat's replies that only mention a meeting's date ("is the 5th one
confirmed?") are not meetings either. Written from holdout9's two Telegram exports; the rows
are variants of the pattern in other apps and languages, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# (the language, the day's divider, the announcement, the reply that mentions its date)
_WORDS = {
    "en": ("14 November 2026", "Public meeting Sat 5 December, 2pm, Union Hall, 12 Main St",
           "Is the 5 December one confirmed?"),
    "de": ("14. November 2026", "Treffen am Samstag, 5. Dezember, 14 Uhr, Volkshaus, Lagergasse 9",
           "Ist das am 5. Dezember schon fix?"),
    "fr": ("14 novembre 2026", "Réunion publique samedi 5 décembre à 14 h, Bourse du Travail",
           "Le 5 décembre, c'est confirmé ?"),
    "es": ("14 de noviembre de 2026", "Reunión el sábado 5 de diciembre, 14:00 h, Ateneo Popular",
           "¿Lo del 5 de diciembre está confirmado?"),
}  # fmt: skip
_TODAY = {"en": "Today at", "de": "Heute um", "fr": "Aujourd’hui à", "es": "Hoy a las"}


def _telegram(lang: str) -> str:
    """Telegram Desktop's export as text: initials, time, name, message; a joined message has
    the time only."""
    divider, said, asked = _WORDS[lang]
    return (
        f"Lagos group\n\n{divider}\n\nTA\n\n18:42\n\nTunde Adebayo (admin)\n\n{said}\n\n"
        f"CE\n\n19:07\n\nChioma Eze\n\n{asked}\n\n19:09\n\nOk 👍🏾\n\n"
        f"TA\n\n19:30\n\nTunde Adebayo (admin)\n\nYes.\n"
    )


def _messenger(lang: str) -> str:
    """Messenger: the date and time over the sender, then the message."""
    _, said, asked = _WORDS[lang]
    return (
        f"14/11/2026, 18:42\nTunde Adebayo\n{said}\n\n"
        f"14/11/2026, 19:07\nChioma Eze\n{asked}\n\n"
        f"15/11/2026, 09:13\nTunde Adebayo\nYes.\n"
    )


def _discord(lang: str) -> str:
    """Discord: the sender, a dash, then the day and time."""
    _, said, asked = _WORDS[lang]
    return (
        f"Tunde Adebayo — 14/11/2026 18:42\n{said}\n"
        f"Chioma Eze — {_TODAY[lang]} 19:07\n{asked}\n"
        f"Tunde Adebayo — {_TODAY[lang]} 19:30\nYes.\n"
    )


def _telegram_html(lang: str) -> str:
    """Telegram Desktop's HTML export (messages.html), as it writes it."""
    divider, said, asked = _WORDS[lang]

    def message(initials: str, time: str, name: str, text: str) -> str:
        pic = f'<div class="userpic"><div class="initials">{initials}</div></div>'
        return (
            f'<div class="message default clearfix">\n<div class="pull_left userpic_wrap">{pic}'
            f'</div>\n<div class="body">\n<div class="pull_right date details" '
            f'title="14.11.2026 {time}:10 UTC+01:00">\n{time}\n</div>\n'
            f'<div class="from_name">\n{name}\n</div>\n<div class="text">\n{text}\n</div>\n'
            "</div>\n</div>\n"
        )

    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Exported Data</title></head>'
        '<body>\n<div class="page_wrap">\n<div class="page_header"><div class="text bold">Group'
        '</div></div>\n<div class="history">\n'
        f'<div class="message service">\n<div class="body details">\n{divider}\n</div>\n</div>\n'
        + message("TA", "18:42", "Tunde Adebayo", said)
        + message("CE", "19:07", "Chioma Eze", asked)
        + message("TA", "19:30", "Tunde Adebayo", "Yes.")
        + "</div></div></body></html>"
    )


LAYOUTS = {"telegram": _telegram, "messenger": _messenger, "discord": _discord,
           "telegram-html": _telegram_html}  # fmt: skip
HEADERS = {"telegram": 4, "messenger": 3, "discord": 3, "telegram-html": 3}


@pytest.mark.parametrize("lang", sorted(_WORDS))
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_message_header_is_no_meeting(layout, lang):
    listing = parse(LAYOUTS[layout](lang), as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-05", "14:00")]
    assert sum("chat message" in w.reason for w in listing.warnings) == HEADERS[layout]
    assert not any("Tunde" in (m.place or "") + (m.venue or "") for m in listing.meetings)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_header_day_anchors_the_year_without_as_of(layout):
    listing = parse(LAYOUTS[layout]("en"), today=date(2030, 6, 1))
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-05", "14:00")]


# Programmes shaped like headers: a town, a dash, a date and time; a date heading over a lone
# time and a place, again and again. Their meetings stay.
# fmt: off
@pytest.mark.parametrize("page,expected", [
    ("Termine\n\nGRAZ – Do., 3.12., 18:30\nVolkshaus Graz\n"
     "INNSBRUCK – Fr., 11.12., 19:00\nUniversität Innsbruck, SOWI\n",
     [("2026-12-03", "18:30"), ("2026-12-11", "19:00")]),
    ("Termine\n\nSamstag, 5. Dezember\n18:40\nVolkshaus Graz\n\n"
     "Samstag, 12. Dezember\n19:10\nVolkshaus Graz\n\nSamstag, 19. Dezember\n19:10\nCafé Meier\n",
     [("2026-12-05", "18:40"), ("2026-12-12", "19:10"), ("2026-12-19", "19:10")]),
    ("Meetings\n\nSaturday 5 December\nJo Smith — 18:42\nUnion Hall\n\n"
     "Saturday 12 December\nJo Smith — 18:47\nUnion Hall\n",
     [("2026-12-05", "18:42"), ("2026-12-12", "18:47")]),
])
# fmt: on
def test_a_programme_shaped_like_headers_keeps_its_meetings(page, expected):
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == expected


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_cli_parse_reads_the_announcement_only(tmp_path, layout):
    suffix = ".html" if layout.endswith("html") else ".txt"
    path = tmp_path / f"chat{suffix}"
    path.write_text(LAYOUTS[layout]("de"), encoding="utf-8")
    ms = cli_meetings(path, "--as-of", "2026-11-20", "--lang", "de")
    assert [(m["date"], m["start_time"]) for m in ms] == [("2026-12-05", "14:00")]
