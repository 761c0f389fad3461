"""Organizer fixes of campaign names and shapes: stored, matched to their campaign across
re-imports and small edits, and applied everywhere the frame goes."""

from __future__ import annotations

import json

import pytest
from app_fixtures import make_env
from page_fixtures import page
from seed_fixtures import APRIL, SEED_NAME, march_campaign, seed_text

from eventmap.core import campaigns, figures, shapes, tour
from eventmap.core.dataset import load_store_dataset
from eventmap.errors import ValidationError
from eventmap.output import export, ics
from eventmap.store import open_store
from eventmap.views import maps

NEW_NAME = "Free Chelsea Manning"


@pytest.fixture
def store(tmp_path, monkeypatch):
    make_env(tmp_path, monkeypatch)
    handle = open_store()
    handle.current_sources()  # the bundled page, imported on first use
    return handle


def _info(dataset, name):
    found = campaigns.find(dataset.campaigns, name)
    assert found is not None, [c.name for c in dataset.campaigns]
    return found


def _rename_march(store, name=NEW_NAME, shape=None):
    # The March campaign as the page titles it (whatever it is shown as now).
    listing = load_store_dataset().parsed_listing()
    ident = next(i for i in campaigns.identities(listing) if i.title == march_campaign())
    return store.set_campaign_fix(ident.record(name=name, shape=shape))


def test_a_renamed_campaign_shows_its_new_name_everywhere(store):
    _rename_march(store)
    data = load_store_dataset()
    df = data.frame
    assert set(df["campaign"].astype(str)) == {APRIL, NEW_NAME}
    info = _info(data, NEW_NAME)
    assert (info.name_source, info.title) == ("organizer", march_campaign())
    assert info.shape == "local"  # the name changes, not the shape
    # Legend and filters read the frame's campaign column.
    assert NEW_NAME in maps.campaign_colors(maps.campaign_order(df))
    assert "Free Chelsea Manning" in maps.legend_html(maps.campaign_colors([NEW_NAME]))
    # Exports and calendars.
    assert NEW_NAME in export.to_csv(df, export.provenance(data)).decode("utf-8")
    march = df[df["campaign"] == NEW_NAME]
    assert f"X-WR-CALNAME:{NEW_NAME}" in ics.to_ics(march, calname=NEW_NAME).decode("utf-8")
    assert NEW_NAME in ics.to_ics(march).decode("utf-8")  # each event names its campaign


def test_the_fix_survives_a_reimport_of_the_same_page(store):
    _rename_march(store)
    # Undo the bundled version, re-import the same page as a new version.
    store.undo_last()
    assert load_store_dataset().no_current_listing
    store.import_listing(SEED_NAME, seed_text())
    data = load_store_dataset()
    df = data.frame
    assert NEW_NAME in set(df["campaign"].astype(str))
    # The export files and the calendar of the re-imported page carry the organizer's name,
    # and every export carries each meeting's campaign shape and why.
    csv = export.to_csv(df, export.provenance(data)).decode("utf-8")
    header = csv.splitlines()[0]
    assert NEW_NAME in csv and "campaign_shape" in header and "campaign_shape_reason" in header
    march = df[df["campaign"] == NEW_NAME]
    assert f"X-WR-CALNAME:{NEW_NAME}" in ics.to_ics(march, calname=NEW_NAME).decode("utf-8")
    doc = json.loads(export.to_json(df, export.provenance(data)))
    assert {m["campaign_shape"] for m in doc["meetings"]} == {"tour", "local"}


def test_the_fix_survives_small_changes_of_heading_and_blurb(store):
    _rename_march(store, shape="tour")
    text = (
        seed_text()
        .replace(
            "A federal judge ordered Chelsea Manning to prison Friday morning",
            "On Friday morning a federal judge sent Chelsea Manning to prison",
        )
        .replace("She is a heroic figure", "Chelsea is a heroic figure")
    )
    store.import_listing(SEED_NAME, text)
    data = load_store_dataset()
    info = _info(data, NEW_NAME)
    assert info.title.startswith("On Friday morning a federal judge")
    assert (info.shape, info.shape_source) == ("tour", "organizer")
    # The April tour keeps its own name and inferred shape.
    assert _info(data, APRIL).shape_source == "inferred"


def test_an_unrelated_campaign_does_not_inherit_a_fix(store):
    _rename_march(store)
    other = page(
        "Defend Public Education",
        ("UCLA", "Tuesday, March 12, 2030, 6PM", "Math Sciences 5148"),
    )
    store.import_listing("other.txt", other)
    data = load_store_dataset()
    assert _info(data, "Defend Public Education").name_source == "heading"
    assert [c.name for c in data.campaigns].count(NEW_NAME) == 1


def test_a_shape_fix_decides_paths_and_tour_distance(store):
    _rename_march(store, name="", shape="tour")
    df = load_store_dataset().frame
    shape, reason = shapes.shape_of(df, march_campaign())
    assert shape == "tour" and reason.startswith("set by an organizer; inferred local")
    figs = figures.headline(df)
    assert figs.tours == 2 and figs.tour_km == tour.total_distance_km(df)
    lines = [layer for layer in maps.tour_map(df).layers if layer.id == "tours"][0]
    legs = json.loads(lines.data.text)
    assert len({json.dumps(leg["c"]) for leg in legs}) == 2  # one colour per tour
    assert len(legs) == (7 - 1) + (6 - 1)  # March (forced to a tour) and April, one per leg


def test_clearing_a_fix_goes_back_to_the_page(store):
    _rename_march(store)
    key_before = store.data_key()
    assert _rename_march(store, name=" ", shape=None) is None
    assert store.campaign_fixes() == []
    assert store.data_key() != key_before
    assert march_campaign() in set(load_store_dataset().frame["campaign"].astype(str))


@pytest.mark.parametrize(
    ("name", "shape", "why"),
    [
        ("x" * 121, None, "too long"),
        ("Bad\x07name", None, "control characters"),
        ("Fine", "caravan", "shape must be one of tour, local, series, single"),
    ],
)
def test_a_bad_fix_is_refused(store, name, shape, why):
    with pytest.raises(ValidationError, match=why):
        _rename_march(store, name=name, shape=shape)
    assert store.campaign_fixes() == []


def test_a_renamed_campaign_never_takes_another_campaigns_name(store):
    _rename_march(store, name=APRIL)
    names = set(load_store_dataset().frame["campaign"].astype(str))
    assert names == {APRIL, f"{APRIL} (2)"}
