"""``eventmap campaigns``: figures and campaigns with shape, name source and counts."""

from __future__ import annotations

import json
from pathlib import Path

from app_fixtures import make_env
from seed_fixtures import APRIL, march_campaign

from eventmap.cli import main
from eventmap.core import campaigns
from eventmap.core.dataset import load_store_dataset
from eventmap.store import open_store


def _json(capsys, *args: str) -> dict:
    assert main(["campaigns", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_bundled_page(capsys, seed_path: Path) -> None:
    doc = _json(capsys, str(seed_path))
    rows = {c["name"]: c for c in doc["campaigns"]}
    assert list(rows) == [APRIL, march_campaign()]
    april, march = rows[APRIL], rows[march_campaign()]
    assert (april["shape"], april["name_source"], april["meetings"]) == ("tour", "heading", 6)
    assert (march["shape"], march["name_source"], march["meetings"]) == ("local", "blurb", 8)
    assert (march["dated"], march["located"]) == (7, 8)
    figs = doc["figures"]
    assert (figs["tours"], figs["not_tours"], figs["meetings"]) == (1, 1, 14)
    assert figs["timing"] == "Past meetings · latest 18 Apr 2019"
    assert main(["campaigns", str(seed_path)]) == 0
    out = capsys.readouterr().out
    assert "Tour distance counts 1 tour" in out and "name_source" in out


def test_the_store_with_an_organizer_name(capsys, tmp_path, monkeypatch) -> None:
    make_env(tmp_path, monkeypatch)
    store = open_store()
    store.current_sources()
    listing = load_store_dataset().parsed_listing()
    ident = next(i for i in campaigns.identities(listing) if i.title == march_campaign())
    store.set_campaign_fix(ident.record(name="Free Chelsea Manning"))
    rows = {c["name"]: c for c in _json(capsys)["campaigns"]}
    assert rows["Free Chelsea Manning"]["name_source"] == "organizer"
    assert rows["Free Chelsea Manning"]["title"] == march_campaign()
