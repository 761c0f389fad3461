"""A new app server's first home page: read from the located-dataset cache, the store unopened."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from located_fixtures import settle

from eventmap.core import located_cache
from eventmap.core.dataset import load_store_dataset

ROOT = Path(__file__).resolve().parents[2]

# A new process runs the home page once (AppTest: the real script) and reports what it showed
# and which of the slow-to-import modules it loaded (the database's, and Altair: the timeline is a
# plain Vega-Lite spec, so the whole page comes without Altair's import).
HOME_PAGE = """
import json, sys
from streamlit.testing.v1 import AppTest
import os
from eventmap import config
from eventmap.core import located_cache
# What this process finds before the page runs, for the message when the store gets opened.
url = config.settings().db_url
noted = json.loads(located_cache._current_path(url).read_text())
before = {
    "stamp": located_cache.store_stamp(url),
    "entry": str(located_cache.current_entry(url)),
    "wanted": located_cache.entry_path(located_cache.dataset_key(url, noted["data_key"], None)).name,
    "cache": sorted(os.listdir(config.settings().cache_path)),
}
at = AppTest.from_file("app.py", default_timeout=120).run()
at.run()  # what the browser asks for once it has drawn the map (web.first_view)
print(json.dumps({
    "exception": [str(e.value) for e in at.exception],
    "meetings": [m.value for m in at.metric if m.label == "Meetings"],
    "maps": len(at.get("deck_gl_json_chart")),
    "rooms": sorted({str(r) for r in at.dataframe[-1].value["Room"] if "Room 10" in str(r)}),
    "loaded": [m for m in ("sqlalchemy", "alembic", "altair") if m in sys.modules],
    "before": before,
}))
"""


def home_page(env: dict[str, str]) -> dict:
    full = {**os.environ, **env, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", HOME_PAGE],
        cwd=ROOT,
        env=full,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_new_servers_first_home_page_does_not_open_the_store(located_env) -> None:
    load_store_dataset()  # an earlier process built the dataset ...
    settle(located_env)
    load_store_dataset()  # ... and one read it back, once the database had settled
    page = home_page(located_env)
    assert page["exception"] == []
    assert page["meetings"] == ["14"] and page["maps"] == 1
    assert page["rooms"] == ["Room 101"]
    # It failed now and then under load, unexplained; the message says what the new process saw
    # (its stamps, the cache entry it wanted, the cache folder) against what this one noted.
    noted = located_cache._current_path(located_env["EVENTMAP_DB"]).read_text(encoding="utf-8")
    assert page["loaded"] == [], f"child saw {page['before']}, noted {noted}"


def test_after_a_change_to_the_store_the_home_page_reads_the_store(located_env) -> None:
    from eventmap.store import open_store

    load_store_dataset()
    settle(located_env)
    load_store_dataset()
    store = open_store()
    text = store.current_sources()[0].text
    marker = "Room 101"
    assert marker in text
    store.import_listing("upcoming-meetings.txt", text.replace(marker, "Room 102"))
    page = home_page(located_env)
    assert page["exception"] == []
    assert page["meetings"] == ["14"] and page["maps"] == 1
    assert page["rooms"] == ["Room 102"]
    assert "sqlalchemy" in page["loaded"]  # the change was seen, so the store was opened
