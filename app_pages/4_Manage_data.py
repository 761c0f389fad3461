"""Manage data (organizers): import a new version of a page (pasted, uploaded, or fetched from its
address) with a reviewed diff, check an address for a new version, undo, fix a location, name a
campaign and set its shape."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from eventmap import web
from eventmap.core import admin, campaigns, shapes
from eventmap.core.frame import LABELS
from eventmap.errors import ConfigurationError, EventmapError, SignInLocked, StoreError
from eventmap.ingest.asof import describe as describe_as_of
from eventmap.ingest.diff import meeting_label
from eventmap.ingest.fetch import Fetched, fetch, source_name_for
from eventmap.ingest.parse import parse
from eventmap.ingest.text import Decoded, page_text, page_warning
from eventmap.ingest.when import LANGUAGES
from eventmap.model import SHAPES
from eventmap.store import ImportResult, open_store
from eventmap.store.refresh import fetch_again

web.page_setup("Manage data", "🗂️")
st.title("Manage data")
st.caption(
    "Load a new version of the Upcoming Meetings page (paste it, upload it, or give its address), "
    "review exactly what changed, save it as a new version (earlier versions stay), undo the "
    "last import, fix wrong locations, and name campaigns and set their shapes."
)

# When and what first: on a phone only the first few columns are in view.
PREVIEW_COLUMNS = ["date", "start_time", "status", "title", "campus", "venue", "room", "city"]
PREVIEW_COLUMNS += ["address", "place", "campaign", "kind", "end_date", "tz_hint", "online"]
PREVIEW_COLUMNS += ["source_line"]
VERSION_LABELS = {
    "version": "Version",
    "name": "Source",
    "state": "State",
    "imported_at": "Imported (UTC)",
    "dates read": "Dates read",
    "meetings": "Meetings",
    "warnings": "Warnings",
    "address": "Address",
}
WARNING_LABELS = {
    "line": "Line",
    "reason": "Warning",
    "text": "Text of the line",
    "meeting_line": "About the meeting on line",
}
NEW_SOURCE = "New source…"
FROM_ADDRESS = "From the page's address"
IMPORT_MODES = ["Paste text", "Upload a file", FROM_ADDRESS]
LANGUAGE_NAMES = {None: "Detect from the page", "en": "English", "de": "German", "fr": "French"}
LANGUAGE_NAMES["es"] = "Spanish"


def meetings_frame(meetings, warnings=()) -> pd.DataFrame:
    """The meetings as the preview shows them; with ``warnings``, a column "To check" with what
    the parser was unsure of about each one (its time, its place, its year), so the organizer
    reviews those before saving."""
    about: dict[int, list[str]] = {}
    for w in warnings:
        if w.meeting_line is not None:
            about.setdefault(w.meeting_line, []).append(w.reason)
    rows = [{c: getattr(m, c) for c in PREVIEW_COLUMNS} for m in meetings]
    columns = list(PREVIEW_COLUMNS)
    if warnings:
        for row, m in zip(rows, meetings, strict=True):
            row["to_check"] = "; ".join(dict.fromkeys(about.get(m.source_line, [])))
        columns.insert(4, "to_check")  # beside its date, time, status and title
    table = pd.DataFrame(rows, columns=columns).rename(columns={**LABELS, "to_check": "To check"})
    return web.blank_missing_text(table)


def show_history(store) -> None:
    st.subheader("Versions")
    versions = store.history()
    if not versions:
        st.write("Nothing imported yet.")
        return
    table = pd.DataFrame([v.to_dict() for v in versions])
    table["state"] = [v.state for v in versions]
    table["dates read"] = [v.as_of_text for v in versions]
    table["address"] = [v.source_url for v in versions]
    columns = ["version", "name", "state", "imported_at", "dates read", "meetings", "warnings"]
    table["imported_at"] = table["imported_at"].str.slice(0, 19).str.replace("T", " ")
    shown = table[[*columns, "address"]].rename(columns=VERSION_LABELS)
    st.dataframe(web.blank_missing_text(shown), hide_index=True)


def show_overrides(store) -> None:
    found = store.override_records()
    if found:
        st.dataframe(
            pd.DataFrame(
                [
                    {"kind": o.kind, "text": o.label, "lat": o.lat, "lon": o.lon}
                    | {"note": o.note, "updated": o.updated_at[:19]}
                    for o in found
                ]
            ),
            hide_index=True,
        )
    else:
        st.caption("No location overrides yet.")


INFERRED = "inferred"
NAME_SOURCES = {
    "heading": "its heading",
    "blurb": "its blurb (no heading)",
    "page": "the page title",
    "organizer": "an organizer",
}


def campaign_table(infos: list[campaigns.CampaignInfo]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "Campaign": c.name,
                "Name from": NAME_SOURCES.get(c.name_source, c.name_source),
                "Shape": c.shape,
                "Shape from": c.shape_source,
                "Why": c.reason,
                "Meetings": c.meetings,
            }
            for c in infos
        ]
    )


def show_campaigns(store, *, editable: bool) -> None:
    """Each campaign's name and shape; signed in, an organizer can rename it and set its shape."""
    st.header("Campaigns")
    st.caption(web.md_escape(" ".join(shapes.rule())))
    dataset = web.load_dataset()
    infos = dataset.campaigns
    if not infos:
        st.write("No campaigns with meetings in the current listing.")
        return
    st.dataframe(campaign_table(infos), hide_index=True, key="campaign_table")
    for c in infos:
        if c.name_source in ("blurb", "page"):
            st.caption(
                web.md_escape(
                    f"“{c.name}” has no heading on the page, so it is named after its "
                    f"{'blurb' if c.name_source == 'blurb' else 'page title'}. Give it a name below."
                )
            )
    flash = st.session_state.pop("campaign_flash", None)
    if flash:
        st.success(web.md_escape(flash))
    if not editable:
        return
    names = [c.name for c in infos]
    picked = st.selectbox("Campaign to fix", names, key="camp_pick")
    info = campaigns.find(infos, picked) or infos[0]
    ident = next(i for i in campaigns.identities(dataset.parsed_listing()) if i.key == info.key)
    name = st.text_input(
        "Name shown everywhere (blank: the page's title)",
        value=info.name,
        max_chars=120,
        key=f"camp_name_{info.key}",
        help=f"The page calls it: {web.md_escape(info.title)}",
    )
    options = [INFERRED, *SHAPES]
    shape = st.selectbox(
        "Shape",
        options,
        index=options.index(info.shape) if info.shape_source == "organizer" else 0,
        format_func=lambda s: "as inferred from the meetings" if s == INFERRED else s,
        key=f"camp_shape_{info.key}",
    )
    if st.button("Save campaign", key="camp_save", type="primary"):
        fix = ident.record(
            name=None if name.strip() == info.title else name,
            shape=None if shape == INFERRED else shape,
        )
        try:
            saved = store.set_campaign_fix(fix, replaces=info.fixed_by)
        except EventmapError as exc:
            st.error(f"Not saved: {web.md_escape(exc)}")
            return
        st.session_state["campaign_flash"] = (
            f"Saved: “{saved.name or info.title}” ({saved.shape or 'shape as inferred'})."
            if saved
            else f"“{info.title}” is back to the page's title and the inferred shape."
        )
        st.rerun()


def show_preview(result: ImportResult) -> None:
    counts = result.diff.counts()
    cols = st.columns(4)
    cols[0].metric("Meetings parsed", len(result.listing.meetings))
    cols[1].metric("Added", counts["added"])
    cols[2].metric("Removed", counts["removed"])
    cols[3].metric("Changed", counts["changed"])
    st.caption(
        "Dates without a year read "
        + web.md_escape(describe_as_of(result.listing.as_of, result.listing.as_of_origin))
    )
    if result.not_modified:
        st.info("The server says the page has not changed since the last import; nothing to save.")
    elif result.matched:
        st.info(
            f"This page repeats the meetings of '{web.md_escape(result.name)}', so it is compared "
            "with that source. Choose “New source…” to keep it apart."
        )
    elif result.previous_version is None:
        st.info(f"'{web.md_escape(result.name)}' is a new source: every meeting counts as added.")
    elif result.unchanged:
        st.info(f"This page is identical to version {result.previous_version}; nothing to save.")
    elif result.diff.empty:
        st.info("The page's text changed but its meetings did not.")

    if result.diff.changed:
        st.markdown("**Changed, field by field**")
        summary = [
            {"meeting": meeting_label(c.after), "what": ", ".join(c.summary())}
            for c in result.diff.changed
        ]
        st.dataframe(pd.DataFrame(summary), hide_index=True)
        st.dataframe(pd.DataFrame(result.diff.field_rows()), hide_index=True)
    if result.diff.added:
        st.markdown("**Added**")
        st.dataframe(meetings_frame(result.diff.added, result.listing.warnings), hide_index=True)
    if result.diff.removed:
        st.markdown("**Removed**")
        st.dataframe(meetings_frame(result.diff.removed), hide_index=True)

    with st.expander(f"Parser warnings ({len(result.listing.warnings)})"):
        if result.listing.warnings:
            table = pd.DataFrame([w.to_dict() for w in result.listing.warnings])
            table["meeting_line"] = [
                "" if v is None or pd.isna(v) else str(int(v)) for v in table["meeting_line"]
            ]  # a warning about no one meeting: an empty cell, not "None"
            st.dataframe(
                web.blank_missing_text(table.rename(columns=WARNING_LABELS)), hide_index=True
            )
        else:
            st.write("None.")
    with st.expander(f"All parsed meetings ({len(result.listing.meetings)})"):
        st.dataframe(
            meetings_frame(result.listing.meetings, result.listing.warnings), hide_index=True
        )


try:
    store = open_store()
    if store.is_empty():
        store.import_bundled()
except StoreError as exc:
    st.error(web.md_escape(web.store_problem(exc, "Could not open the listing store")))
    st.stop()

# Access ---------------------------------------------------------------------------------------
try:
    credential = web.organizer_credential()
except ConfigurationError as exc:
    st.error(web.md_escape(exc))
    st.stop()

if credential is None:
    st.info(admin.ENABLE_HELP)
    show_history(store)
    st.subheader("Location overrides")
    show_overrides(store)
    show_campaigns(store, editable=False)
    st.stop()

token = credential.token()
if not web.is_organizer():
    with st.form("sign_in", clear_on_submit=True):
        given = st.text_input("Organizer password", type="password", key="admin_password")
        submitted = st.form_submit_button("Sign in", key="sign_in_button")
    if submitted:
        # Throttled across sessions and servers (the count is in the database): see admin.sign_in.
        try:
            if admin.sign_in(store, credential, given):
                st.session_state["admin_token"] = token
                st.rerun()
            st.error(admin.WRONG_PASSWORD)
        except SignInLocked as exc:
            st.error(str(exc), icon=":material/lock_clock:")
        except StoreError as exc:
            st.error(web.md_escape(exc))
    st.stop()

if st.sidebar.button("Sign out", key="sign_out"):
    st.session_state.pop("admin_token", None)
    st.rerun()

# Import ---------------------------------------------------------------------------------------
st.header("Import a new version")
flash = st.session_state.pop("import_flash", None)
if flash:
    st.success(web.md_escape(flash))  # it names a source: listing text, shown literally


def code_span(url: str) -> str:
    """An address shown literally in Markdown: a code span, which is never a live link."""
    return "`" + url.replace("`", "%60") + "`"


def page_from_address() -> tuple[str | None, str, Fetched | None]:
    """The address field and its Fetch button: (text, suggested name, what was fetched)."""
    url = st.text_input("Page address (http:// or https://)", key="import_url")
    if st.button("Fetch", key="import_fetch", disabled=not url.strip()):
        try:
            st.session_state["fetched_page"] = fetch(url)
        except EventmapError as exc:
            st.session_state.pop("fetched_page", None)
            st.error(web.md_escape(f"Could not fetch the page: {exc}"))
    fetched: Fetched | None = st.session_state.get("fetched_page")
    if fetched is None or fetched.url != url.strip():
        return None, "", None
    st.caption(f"Fetched {code_span(fetched.final_url)} ({len(fetched.text or ''):,} characters).")
    name = store.source_for_address(fetched.url) or source_name_for(fetched.url)
    return fetched.text, name, fetched


def page_input(mode: str) -> tuple[str | Decoded | None, str, Fetched | None]:
    """The page to import, as the chosen mode gives it: (text, or an upload decoded with the
    decoder's note; suggested name; fetched)."""
    if mode == FROM_ADDRESS:
        return page_from_address()
    try:
        if mode == "Paste text":
            pasted = st.text_area("Page text", height=200, key="import_text")
            return (admin.check_pasted(pasted) if pasted.strip() else None), "", None
        upload = st.file_uploader(
            f"Page file (.txt or .html, a feed as .xml or a calendar as .ics; at most "
            f"{admin.MAX_UPLOAD_MB} MB)",
            # No ``type=``: Streamlit would raise on a wrong extension; read_upload says it.
            max_upload_size=admin.MAX_UPLOAD_MB,
            key="import_file",
        )
        if upload is None:
            return None, "", None
        return admin.read_upload_page(upload.name, upload.getvalue()), upload.name, None
    except EventmapError as exc:
        st.error(web.md_escape(str(exc)))
        return None, "", None


def preselect(text: str | None, suggested: str, options: list[str], lang: str | None) -> None:
    """Preselect the source a new page belongs to: the stored source it mostly repeats, else the
    one named like its file or address, else a new source. Once per page, and never over a
    choice the organizer made."""
    state = st.session_state
    current = state.get("import_source")
    chosen = current is not None and current != state.get("import_source_auto")
    page = (hash(text), suggested, lang)
    if text is not None and not chosen and state.get("import_source_for") != page:
        state["import_source_for"] = page
        found = store.matching_source(parse(text, lang=lang))
        value = found or (suggested if suggested in options else NEW_SOURCE)
    elif current is None or current not in options:
        value = options[0]
    else:
        return
    state["import_source"] = state["import_source_auto"] = value


def preview(
    name: str,
    page: str | Decoded,
    as_of: date | None,
    fetched: Fetched | None,
    lang: str | None = None,
) -> None:
    try:
        result = store.preview_import(name, page, as_of=as_of, fetched=fetched, lang=lang)
    except EventmapError as exc:
        st.session_state.pop("pending_import", None)
        st.error(web.md_escape(f"Could not read this page: {exc}"))
    else:
        st.session_state["pending_import"] = (name, page, as_of, result, fetched, lang)


mode = st.radio("Page", IMPORT_MODES, horizontal=True, key="import_mode")
page, suggested, fetched = page_input(mode)
text = None if page is None else page_text(page)
lang: str | None = st.selectbox(
    "Language of the page",
    [None, *LANGUAGES],
    format_func=lambda code: LANGUAGE_NAMES.get(code, code),
    key="import_lang",
    help="Month and weekday names are read in this language (and in English). By default a new "
    "version is read in the language its source's earlier version was imported in, else the one "
    "detected from the page's words; the saved version remembers a language chosen here.",
)
names = store.source_names()
options = [*names, NEW_SOURCE]
preselect(text, suggested, options, lang)
choice = st.selectbox("Save as a new version of", options, key="import_source")
name = choice
if choice == NEW_SOURCE:
    if (
        st.session_state.get("import_new_name_for") != suggested
        or "import_new_name" not in st.session_state  # dropped while the box was not shown
    ):
        # another file or address: its own name, not the last one's (a keyed input keeps its
        # value over a new default)
        st.session_state["import_new_name_for"] = suggested
        st.session_state["import_new_name"] = suggested
    name = st.text_input("New source name", key="import_new_name")
as_of: date | None = st.date_input(
    "Dates without a year are near (optional; else the page's own date)",
    value=None,
    key="import_as_of",
)
if st.button("Preview", key="import_preview", disabled=text is None, type="primary"):
    preview(name, page if page is not None else "", as_of, fetched, lang)
    st.session_state["pending_for"] = hash(text)
elif st.session_state.get("pending_for") not in (None, hash(text)):
    # the page given above is not the one previewed below: that preview is stale
    st.session_state.pop("pending_import", None)
    st.session_state.pop("pending_for", None)

remote = {r.name: r for r in store.remote_sources()}
if remote:
    st.subheader("Check an address for a new version")
    st.caption("Sources imported from an address can be fetched again; you review the diff first.")
    which = st.selectbox("Source", sorted(remote), key="refresh_source")
    st.caption(f"Address: {code_span(remote[which].url)}")
    if st.button("Check for a new version", key="refresh_check"):
        try:
            again = fetch_again(remote[which])
        except EventmapError as exc:
            st.session_state.pop("pending_import", None)
            st.error(web.md_escape(f"Could not check '{which}': {exc}"))
        else:
            if again.not_modified:
                st.session_state.pop("pending_import", None)
                st.info(f"'{web.md_escape(which)}' has not changed on the server; nothing to save.")
            else:
                preview(which, again.text or "", None, again)  # in the source's language
                st.session_state["pending_for"] = None  # not the page given above

pending = st.session_state.get("pending_import")
if pending:
    p_name, p_page, p_as_of, p_result, p_fetched, p_lang = pending
    st.subheader(f"Preview: {web.md_escape(p_result.name)}")
    note = page_warning(p_page) or (p_fetched.decode_warning if p_fetched else None)
    if note is not None:  # the decoder's warning on the page's bytes, where it can't be missed
        st.warning(web.md_escape(f"Line {note.line}: {note.reason}"), icon="⚠️")
    show_preview(p_result)
    left, right = st.columns(2)
    if left.button(
        "Confirm and save", key="import_confirm", type="primary", disabled=p_result.unchanged
    ):
        try:
            result = store.import_listing(
                p_result.name, p_page, as_of=p_as_of, fetched=p_fetched, lang=p_lang
            )
        except EventmapError as exc:
            st.error(web.md_escape(f"Nothing was saved: {exc}"))
        else:
            st.session_state.pop("pending_import", None)
            st.session_state.pop("fetched_page", None)
            st.session_state["import_flash"] = result.message()
            st.rerun()
    if right.button("Discard", key="import_discard"):
        st.session_state.pop("pending_import", None)
        st.rerun()


# Undo -----------------------------------------------------------------------------------------
def undo(version: int) -> None:
    """Undo exactly the version the page showed. A callback, so ``version`` is the one rendered
    with the button, not whatever is newest when the click's rerun starts."""
    try:
        undone = store.undo_last(expected=version)
    except EventmapError as exc:
        st.session_state["undo_error"] = str(exc)
    else:
        st.session_state["import_flash"] = f"Undid version {undone.version} of '{undone.name}'."


st.header("Undo the last import")
undo_error = st.session_state.pop("undo_error", None)
if undo_error:
    st.error(web.md_escape(undo_error))
live = [v for v in store.history() if not v.undone]
if live:
    last = live[0]
    st.write(
        f"The last import is version {last.version} of '{web.md_escape(last.name)}' "
        f"({last.meetings} meetings, {last.imported_at[:19]} UTC, dates read "
        f"{web.md_escape(last.as_of_text)}). "
        + (
            "Undoing it makes the version before it current again; it stays in the history."
            if any(v.name == last.name for v in live[1:])
            else "It is the source's only version: undoing it takes the source's meetings off "
            "the pages; it stays in the history."
        )
    )
    # A tick of its own for each version: the one given for the version just undone must not
    # stay ticked in the browser for the one before it.
    sure = st.checkbox(f"Yes, undo version {last.version}", key=f"undo_sure_{last.version}")
    st.button(
        "Undo last import",
        key="undo_button",
        disabled=not sure,
        on_click=undo,
        args=(last.version,),
    )
else:
    st.write("There is no import to undo.")

# Fix a location -------------------------------------------------------------------------------
st.header("Fix a location")
st.caption(
    "Type the campus, venue or address as the page writes it, and the right coordinates. "
    "For a venue, write `Campus / Venue` (e.g. `San Diego State University / Love Library`), "
    "or just the venue to match it on any campus. The fix applies everywhere at once and "
    "survives later imports."
)
with st.form("override_form"):
    kind = st.selectbox("Kind", ["campus", "venue", "address"], key="ovr_kind")
    key = st.text_input("Campus, venue or address", key="ovr_key")
    c1, c2 = st.columns(2)
    lat = c1.number_input(
        "Latitude", min_value=-90.0, max_value=90.0, value=None, format="%.6f", key="ovr_lat"
    )
    lon = c2.number_input(
        "Longitude", min_value=-180.0, max_value=180.0, value=None, format="%.6f", key="ovr_lon"
    )
    note = st.text_input("Note (optional)", key="ovr_note")
    save = st.form_submit_button("Save location", key="ovr_save")
if save:
    try:
        saved = store.set_override(kind, key, lat, lon, note)
    except EventmapError as exc:
        st.error(f"Not saved: {web.md_escape(exc)}")
    else:
        st.success(
            f"Saved: {saved.kind} '{web.md_escape(saved.label)}' is at "
            f"{saved.lat:.5f}, {saved.lon:.5f}."
        )
show_overrides(store)

show_campaigns(store, editable=True)

st.divider()
show_history(store)
