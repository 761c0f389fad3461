"""Page setup, Markdown-safe text, the meetings table and the meeting card."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import urlparse

import pandas as pd
import streamlit as st

from eventmap.core.filters import (
    campus_label,
)
from eventmap.core.frame import LABELS, STATUS_LABELS, status_labels
from eventmap.core.tzhint import hint_zone, row_conflict
from eventmap.views import maps

if TYPE_CHECKING:
    pass


PAGE_ICON = "🗺️"


def page_setup(title: str, icon: str | None = PAGE_ICON) -> None:
    """Set the browser title, the wide layout and the tab's icon. Call first on every page.

    ``icon=None`` leaves the icon for :func:`page_icon`, called later in the script run.
    """
    st.set_page_config(page_title=f"{title} · eventmap", page_icon=icon, layout="wide")


def page_icon(icon: str = PAGE_ICON) -> None:
    """Set the tab's icon. Checking that an emoji is one loads Streamlit's emoji table (0.1 to
    0.3 s in a new server process), so the home page does this after sending its map."""
    st.set_page_config(page_icon=icon)


def map_credits(sources: Iterable[object]) -> None:
    """Credit the basemap and whoever located what the map shows (e.g. Nominatim: OSM)."""
    from eventmap.geo.credits import attribution

    base = "Basemap © CARTO, © OpenStreetMap contributors"  # also credits Nominatim's OSM data
    seen = {str(s) for s in sources if s is not None and not pd.isna(s)}
    extra = sorted({a for s in seen if (a := attribution(s)) and a.lstrip("© ") not in base})
    st.caption(" · ".join([base, *extra]))


def map_fit_width() -> int:
    """The width to fit map views for: a phone's when the browser says it is one."""
    agent = st.context.headers.get("User-Agent", "") if st.context.headers else ""
    return maps.FIT_WIDTH if "Mobi" in agent else maps.DESKTOP_FIT_WIDTH


_MD_SPECIAL = set("\\`*_{}[]()<>#+-.!|~$:&=")
# Runs that GitHub-flavoured Markdown would turn into a link by themselves (autolink literals:
# ``https://...``, ``www....``, ``someone@host``). Backslash escapes do not stop these, so such
# a run is shown as inline code instead: literal, never a link.
_LINKLIKE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S*|\S*[wW]{3}\.\S*|\S+@\S+")


def _code_span(text: str) -> str:
    """``text`` as a Markdown code span: its fence is longer than any backtick run inside."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _escape_run(text: str) -> str:
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in text)


def md_escape(text: object) -> str:
    """The one way to put untrusted text (a listing, an upload, a URL, a visitor) into Markdown.

    Streamlit renders ``st.markdown``, ``st.caption``, ``st.info``/``warning``/``error``/
    ``success``, headers, labels and help texts as Markdown. The result shows ``text`` literally:
    every Markdown, HTML, LaTeX and Streamlit directive character is backslash-escaped (so no
    link, image, tag, colour or icon syntax survives), and runs that would be autolinked by
    themselves (bare URLs, ``www.`` names, e-mail addresses) become inline code.
    """
    text = str(text)
    out, last = [], 0
    for m in _LINKLIKE.finditer(text):
        out.append(_escape_run(text[last : m.start()]))
        out.append(_code_span(m.group()))
        last = m.end()
    out.append(_escape_run(text[last:]))
    return "".join(out)


# Meetings: table and detail card --------------------------------------------------------------
TABLE_COLUMNS = [
    "campaign",
    "status",
    "online",
    "kind",
    "campus",
    "venue",
    "room",
    "address",
    "city",
    "state",
    "date",
    "start_time",
    "timezone",
    "precision",
    "links",
]
TABLE_LIMIT = 5_000


def readable(df: pd.DataFrame) -> pd.DataFrame:
    """The meetings with the table's columns under readable names (campus falls back to place).

    Statuses and location precisions read as words, and a missing text shows as an empty cell
    (Streamlit shows a missing value as a grey "None").
    """
    out = df.assign(campus=campus_label(df))[TABLE_COLUMNS].copy()
    out["date"] = out["date"].dt.date
    out["status"] = status_labels(out["status"])
    out["precision"] = out["precision"].astype("object").map(lambda p: PRECISION_WORDS.get(p, p))
    text = [c for c in TABLE_COLUMNS if c not in ("date", "online")]
    out[text] = out[text].astype("object").where(out[text].notna(), "")
    return out.rename(columns=LABELS)


def blank_missing_text(df: pd.DataFrame) -> pd.DataFrame:
    """A copy for display whose missing values in text columns are empty strings, not "None"."""
    out = df.copy()
    text = [
        c
        for c in out.columns
        if not (
            pd.api.types.is_numeric_dtype(out[c]) or pd.api.types.is_datetime64_any_dtype(out[c])
        )
    ]  # a timestamp column stays typed: "" among timestamps would not convert to Arrow
    out[text] = out[text].astype("object").where(out[text].notna(), "")
    return out


PRECISION_WORDS = {
    "address": "address",
    "venue": "venue",
    "campus": "campus",
    "postal_code": "ZIP (approximate)",
    "city": "city (approximate)",
}


def meetings_table(df: pd.DataFrame, *, limit: int = TABLE_LIMIT, key: str | None = None) -> None:
    """``st.dataframe`` of the meetings; very long lists show their first ``limit`` rows."""
    if len(df) > limit:
        st.caption(
            f"Showing the first {limit:,} of {len(df):,} meetings; narrow the filters or use "
            "the export for all of them."
        )
        df = df.iloc[:limit]
    st.dataframe(
        readable(df),
        hide_index=True,
        key=key,
        column_config={
            LABELS["date"]: st.column_config.DateColumn(format="YYYY-MM-DD"),
            LABELS["online"]: st.column_config.CheckboxColumn(),
        },
    )


def _safe_links(links: object) -> list[str]:
    out = []
    for url in str(links or "").split():
        parsed = urlparse(url)
        if parsed.scheme in ("http", "https") and parsed.netloc:
            out.append(url)
    return out


def _when(row: pd.Series) -> str:
    if pd.isna(row["date"]):
        return "Date not announced yet (pending)"
    day = f"{row['date']:%A %d %B %Y}"
    if row["time_tba"] or not row["start_time"]:
        return f"{day}, time to be announced"
    end = f"–{row['end_time']}" if row["end_time"] else ""
    tz = row["timezone"]
    if tz and not pd.isna(row["start"]):
        abbrev = row["start"].tz_convert(tz).tzname()
        return f"{day}, {row['start_time']}{end} {abbrev} ({tz}){_zone_source(row)}"
    if row.get("tz_hint"):
        return f"{day}, {row['start_time']}{end} {row['tz_hint']} (as the page gives it)"
    return f"{day}, {row['start_time']}{end} local time (time zone unknown)"


def _zone_source(row: pd.Series) -> str:
    """ ", from the page's note 'EST'" when the zone came from the page, not the place."""
    hint = row.get("tz_hint")
    if hint and pd.isna(row["lat"]) and hint_zone(hint) == row["timezone"]:
        return f", from the page's note “{hint}”"
    return ""


PRECISION_TEXT = {
    "address": "street address",
    "venue": "the venue",
    "campus": "the campus",
    "postal_code": "ZIP code centre only (approximate)",
    "city": "city centre only (approximate)",
}


def meeting_card(row: pd.Series) -> None:
    """One meeting's details. Every listing value is escaped: it shows as text, never markup."""
    with st.container(border=True):
        title = campus_label(row.to_frame().T).iloc[0] or "Meeting"
        st.markdown(f"#### {md_escape(title)}")
        if row["campaign"] is not None and not pd.isna(row["campaign"]):
            st.caption(md_escape(row["campaign"]))
        where = " · ".join(md_escape(v) for v in (row["venue"], row["room"]) if v)
        lines = [
            f"**Where:** {where or 'location to be announced'}",
            f"**Address:** {md_escape(row['address']) if row['address'] else 'not given'}",
            f"**When:** {md_escape(_when(row))}",
            f"**Status:** {md_escape(STATUS_LABELS.get(str(row['status']), row['status']))}",
        ]
        if row.get("online"):
            lines.append("**Online:** yes" + (" (and at the place above)" if where else ""))
        conflict = row_conflict(row["tz_hint"], row["timezone"], row["date"], row["start_time"])
        if conflict:
            lines.append(f"**Time zone:** ⚠️ {md_escape(conflict)}")
        if row["speaker"]:
            lines.append(f"**Speaker:** {md_escape(row['speaker'])}")
        precision = row["precision"]
        if precision is None or pd.isna(precision):
            lines.append("**Located:** not located")
        else:
            source = md_escape(row["geocode_source"] or "")
            lines.append(
                f"**Located to:** {md_escape(PRECISION_TEXT.get(str(precision), precision))}"
                + (f" (source: {source})" if source else "")
            )
        st.markdown("  \n".join(lines))
        for url in _safe_links(row["links"]):
            st.link_button(f"Open {urlparse(url).netloc}", url)


# A tour's or a plan's legs, as Tour logistics and Plan a tour show them.
LEG_COLUMNS = {
    "from": "From",
    "to": "To",
    "from_date": st.column_config.DateColumn("From date", format="YYYY-MM-DD"),
    "to_date": st.column_config.DateColumn("To date", format="YYYY-MM-DD"),
    "days": st.column_config.NumberColumn("Days between", format="%d"),
    "distance_km": st.column_config.NumberColumn("Distance (km)", format="%.0f"),
    "mode": "Mode",
    "est_hours": st.column_config.NumberColumn("Est. hours", format="%.1f"),
}
