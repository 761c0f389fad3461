"""The decoder's warning on a page's bytes reaches the CLI's output, whichever command reads the
file (parse, import, by address too); ``--lang`` reads FILEs in a language on import, nearest,
tour, export and campaigns, and an imported page keeps its language in the store."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from listing_server import Page

from eventmap import store
from eventmap.cli import main
from eventmap.core.dataset import load_store_dataset
from eventmap.store import open_store

# UTF-8 ("Café") with one stray Windows-1252 byte (an en dash, 0x96) on line 5.
STRAY = (
    "Upcoming Meetings\n\nCafé Society Hall, UC Berkeley\nMonday, April 8, 2019, 7 pm\n".encode()
    + b"Room 101 \x96 Moffitt Library\n"
)
NOTE = "1 byte(s) were not UTF-8 and were read as Windows-1252"
# "3/7/19" is 7 March read month-first (English, detected) and 3 July read day-first (French).
SLASHED = "Upcoming Meetings\n\nThe Tour\n\nUC Berkeley\n3/7/19, 7 pm\nMoffitt Library\n"


@pytest.fixture(autouse=True)
def env(tmp_path, seed_text, monkeypatch):
    folder = tmp_path / "data"
    (folder / "listings").mkdir(parents=True)
    (folder / "listings" / "upcoming-meetings.txt").write_text(seed_text, encoding="utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(folder))
    monkeypatch.setenv("EVENTMAP_DB", f"sqlite:///{tmp_path / 'eventmap.db'}")
    monkeypatch.setenv("EVENTMAP_GEOCODER", "offline")
    monkeypatch.setenv("EVENTMAP_USER_AGENT", "eventmap-tests (organizer@example.org)")
    yield folder
    store.dispose_engines()


@pytest.fixture
def stray(tmp_path):
    path = tmp_path / "stray.txt"
    path.write_bytes(STRAY)
    return path


@pytest.fixture
def slashed(tmp_path):
    path = tmp_path / "slashed.txt"
    path.write_text(SLASHED, encoding="utf-8")
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# The decoder's warning -------------------------------------------------------------------------
def test_parse_file_keeps_the_decoders_warning(stray, capsys):
    code, out, err = run(capsys, "parse", str(stray))
    assert code == 0
    data = json.loads(out)
    assert data["warnings"][0]["line"] == 5 and NOTE in data["warnings"][0]["reason"]
    assert f"warning: line 5: {NOTE}" in err
    assert "Room 101 – Moffitt" in json.dumps(data["meetings"][0], ensure_ascii=False)


def test_parse_stdin_keeps_the_decoders_warning():
    r = subprocess.run(
        [sys.executable, "-m", "eventmap", "parse", "-"],
        input=STRAY, capture_output=True, timeout=120,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert NOTE in json.loads(r.stdout)["warnings"][0]["reason"]
    assert f"warning: line 5: {NOTE}" in r.stderr.decode()


def test_geocode_keeps_the_decoders_warning(stray, capsys):
    code, _, err = run(capsys, "geocode", str(stray))
    assert code == 0 and f"warning: line 5: {NOTE}" in err


def test_import_file_keeps_the_decoders_warning(stray, capsys):
    code, _, err = run(capsys, "import", str(stray), "--new-source")
    assert code == 0
    assert f"warning: line 5: {NOTE}" in err
    version = open_store().history()[0]
    assert version.warnings >= 1  # counted with the version, like the parser's own


def test_import_by_address_keeps_the_decoders_warning(listing_site, capsys):
    listing_site.pages["/stray.txt"] = Page(STRAY, content_type="text/plain; charset=utf-8")
    code, _, err = run(capsys, "import", listing_site.url("/stray.txt"), "--dry-run")
    assert code == 0
    assert f"warning: line 5: {NOTE}" in err


# --lang -----------------------------------------------------------------------------------------
def test_import_with_lang_is_remembered_by_the_store(slashed, capsys):
    code, out, err = run(capsys, "import", str(slashed), "--lang", "fr", "--format", "json")
    assert code == 0, err
    assert [m["date"] for m in json.loads(out)["added"]] == ["2019-07-03"]
    (src,) = [s for s in open_store().current_sources() if s.name == "slashed.txt"]
    assert src.lang == "fr"
    # The dashboard and the CLI read the stored page again in French.
    frame = load_store_dataset().frame
    berkeley = frame[frame["campaign"].astype(str) == "The Tour"]
    assert [d.date().isoformat() for d in berkeley["date"]] == ["2019-07-03"]
    # The same page again, in the same language: nothing new; in another: a new version.
    code, _, err = run(capsys, "import", str(slashed), "--lang", "fr")
    assert "identical" in err
    code, out, err = run(capsys, "import", str(slashed), "--lang", "en", "--format", "json")
    assert code == 0 and "Saved" in err
    assert [c["after"]["date"] for c in json.loads(out)["changed"]] == ["2019-03-07"]


@pytest.mark.parametrize(
    "again",
    [
        [],  # the same file name
        ["--dry-run"],
        ["--name", "slashed.txt"],
    ],
)
def test_import_without_lang_reads_a_new_version_in_the_stored_lang(
    slashed, tmp_path, capsys, again
):
    code, _, err = run(capsys, "import", str(slashed), "--lang", "fr")
    assert code == 0, err
    newer = tmp_path / "slashed.txt"
    newer.write_text(SLASHED + "\nUC Davis\n4/7/19, 7 pm\nShields Library\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(newer), *again, "--format", "json")
    assert code == 0, err
    added = [m["date"] for m in json.loads(out)["added"]]
    assert added == ["2019-07-04"]  # day-first, as the French version was read
    if not again:
        assert open_store().source_lang("slashed.txt") == "fr"


def test_a_matched_page_under_another_file_name_inherits_the_lang(tmp_path, capsys):
    # "14/3/19" reads one way only, so the page matches its stored source whatever the language
    page = SLASHED.replace("3/7/19", "14/3/19")
    first, other = tmp_path / "first.txt", tmp_path / "renamed.txt"
    first.write_text(page, encoding="utf-8")
    other.write_text(page, encoding="utf-8")
    code, _, err = run(capsys, "import", str(first), "--lang", "fr")
    assert code == 0, err
    code, out, err = run(capsys, "import", str(other), "--format", "json")
    assert code == 0, err
    assert "identical" in err  # matched to first.txt and read in French: the same version
    assert open_store().source_lang("first.txt") == "fr"


def test_source_lang_of_a_detected_or_unknown_source_is_none(slashed, capsys):
    run(capsys, "import", str(slashed))
    assert open_store().source_lang("slashed.txt") is None
    assert open_store().source_lang("no such source") is None


def test_import_without_lang_detects(slashed, capsys):
    code, out, _ = run(capsys, "import", str(slashed), "--format", "json", "--dry-run")
    assert code == 0
    assert [m["date"] for m in json.loads(out)["added"]] == ["2019-03-07"]


def test_export_tour_nearest_campaigns_read_files_in_lang(slashed, tmp_path, capsys):
    out_file = tmp_path / "out.json"
    code, _, err = run(capsys, "export", str(slashed), "--lang", "fr", "-f", "json",
                       "-o", str(out_file))  # fmt: skip
    assert code == 0, err
    data = json.loads(out_file.read_text(encoding="utf-8"))
    rows = data["meetings"] if isinstance(data, dict) else data
    assert [r["date"][:10] for r in rows] == ["2019-07-03"]
    code, out, _ = run(capsys, "tour", str(slashed), "--lang", "fr", "--format", "json")
    assert code == 0 and "2019-07-03" in out and "2019-03-07" not in out
    code, out, _ = run(capsys, "tour", str(slashed), "--format", "json")
    assert code == 0 and "2019-03-07" in out
    code, out, _ = run(capsys, "nearest", "Berkeley, CA", str(slashed), "--lang", "fr",
                       "--include-past", "--format", "json")  # fmt: skip
    assert code == 0 and "2019-07-03" in out
    code, out, _ = run(capsys, "campaigns", str(slashed), "--lang", "fr", "--format", "json")
    assert code == 0 and "2019-07-03" in out


def test_lang_without_files_is_a_usage_error(capsys):
    code, _, err = run(capsys, "tour", "--lang", "de")
    assert code == 2
    assert "--lang applies to FILEs" in err


def test_unknown_lang_is_refused(slashed, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["import", str(slashed), "--lang", "xx"])
    assert exc.value.code == 2
