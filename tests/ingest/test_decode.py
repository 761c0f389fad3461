"""Bytes to text: BOMs, UTF-8, UTF-8 with a stray Windows-1252 byte, legacy code pages."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.errors import ListingError
from eventmap.ingest.parse import parse
from eventmap.ingest.text import decode_page

PAGE = "Réunions\n\nMontréal\njeudi 7 mars à 19 h\nUniversité de Montréal, salle B-2245\n"


# fmt: off
@pytest.mark.parametrize("data,encoding", [
    (PAGE.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + PAGE.encode("utf-8"), "utf-8-sig"),
    (PAGE.encode("utf-16"), "utf-16"),  # with its BOM
    (PAGE.encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16"),
    (PAGE.encode("utf-32"), "utf-32"),  # with its BOM (little-endian here)
    (b"\x00\x00\xfe\xff" + PAGE.encode("utf-32-be"), "utf-32"),
    (PAGE.encode("cp1252"), "cp1252"),
    (PAGE.encode("latin-1"), "cp1252"),
])
# fmt: on
def test_pages_decode_to_their_text(data, encoding):
    got = decode_page(data, limit=10_000)
    assert (got.text.lstrip("\ufeff"), got.encoding, got.note) == (PAGE, encoding, None)


def test_a_utf8_page_with_one_windows_1252_byte_keeps_its_utf8_and_warns():
    data = PAGE.encode("utf-8").replace(b"jeudi", b"\x93jeudi\x94", 1)  # cp1252 curly quotes
    got = decode_page(data, limit=10_000)
    assert got.encoding == "utf-8"
    assert got.text == PAGE.replace("jeudi", "“jeudi”", 1)  # the UTF-8 "é"s survive
    assert "2 byte(s) were not UTF-8" in got.note and got.note_line == 4
    listing = parse(data, as_of=date(2019, 2, 1))
    assert [w.line for w in listing.warnings if "not UTF-8" in w.reason] == [4]
    assert listing.meetings[0].date == "2019-03-07"


def test_a_cyrillic_page_in_windows_1251_is_read_by_the_detector():
    text = "Собрание в четверг 7 марта в 19:00, Москва, Дом культуры. " * 4
    got = decode_page(text.encode("cp1251"), limit=10_000)
    assert got.text == text and got.encoding == "cp1251"


@pytest.mark.parametrize("data", [bytes(range(256)) * 10, b"\x00" * 100])
def test_binary_files_are_refused(data):
    with pytest.raises(ListingError, match="binary"):
        decode_page(data, limit=10_000)
