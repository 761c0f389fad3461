"""Events a page states as data: schema.org ``Event`` in JSON-LD or microdata, and the
microformats h-event and hCalendar.

Event plugins, ticket sites and group platforms put each event in the page's markup as well as in
its text ("@type": "Event", "startDate": "2027-03-05T19:30:00+01:00", "location": {"@type":
"Place", ...}). What they state there is exact where the text is not: the date with its year, the
start time, the venue and its address, whether it was cancelled or moved online. A page built by
script may state its events only there. :func:`page_events` reads them into
:class:`StructuredEvent`, which the parser pairs with the meetings read from the text.

Only what is read is kept: names and places are plain text (entities decoded, white space folded,
cut at a length), never markup. Reading is bounded: at most ``_MAX_NODES`` JSON values and
``_MAX_EVENTS`` events per page.
"""

from __future__ import annotations

import html
import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

JSONLD = "JSON-LD"
MICRODATA = "microdata"

# schema.org's Event types that do not end in "Event" ("MusicEvent", "SocialEvent" … do).
_EVENT_TYPES = frozenset({"Festival", "Hackathon", "CourseInstance", "EventSeries"})
_STATUS = {
    "eventcancelled": "cancelled",
    "eventpostponed": "postponed",
    "eventrescheduled": "scheduled",
    "eventscheduled": "scheduled",
    "eventmovedonline": "scheduled",
}
_ONLINE_MODES = ("onlineeventattendancemode", "mixedeventattendancemode")
_ONLINE_NAMES = frozenset(
    {"online", "zoom", "virtual", "webinar", "en ligne", "en línea", "en linea", "livestream"}
)
_MAX_NODES = 20000  # JSON values walked per page
_MAX_EVENTS = 2000
_MAX_TEXT = 300  # characters kept of a name or a place
# An ISO 8601 date, maybe with a time and an offset: "2027-03-05", "2027-03-05T19:30",
# "2027-03-05T19:30:00.000+01:00", "2027-03-05 19:30Z".
_ISO = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)"
    r"(?:[T ](\d\d):(\d\d)(?::\d\d(?:[.,]\d{1,9})?)?\s?(Z|[+-]\d\d(?::?\d\d)?)?)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Stamp:
    """A date-time as a page's data states it: the day and wall-clock time where the event is,
    with the zone or offset it was stated in."""

    day: date
    time: str | None = None  # HH:MM
    zone: str | None = None  # "UTC+01:00", "UTC" or a zone's name ("Europe/Berlin")
    utc: bool = False  # stated in UTC ("Z"): not the time on the clocks where the event is


@dataclass(frozen=True)
class StructuredEvent:
    """One event as a page's data states it."""

    origin: str  # JSONLD, MICRODATA or "iCalendar"
    line: int  # where in the source it is stated
    start: Stamp
    end: Stamp | None = None
    name: str | None = None
    status: str = "scheduled"  # scheduled | cancelled | postponed
    online: bool = False
    place: str | None = None  # the venue's name
    street: str | None = None
    town: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    location: str | None = None  # a place stated only as one line of text, to be read as one
    address: str | None = None  # a venue's address stated as one line of text
    url: str | None = None
    series: str | None = None  # the event it is part of ("superEvent", a calendar's name)


def text_value(value: object) -> str | None:
    """A name or place from a page's data as plain text: entities decoded, tags and white space
    folded to single spaces, cut at ``_MAX_TEXT``; None when empty or not text."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str):
        return None
    text = html.unescape(value[: _MAX_TEXT * 4])
    text = " ".join(_TAGS.sub(" ", text).split())
    return text[:_MAX_TEXT] or None


_TAGS = re.compile(r"</?[A-Za-z][^<>]{0,200}+>")  # markup in a CMS's names ("<b>", "</p>")


def parse_stamp(value: object) -> Stamp | None:
    """An ISO 8601 date or date-time as schema.org writes ``startDate``; None when it is not one."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str):
        return None
    m = _ISO.match(value.strip()[:64])
    if m is None:
        return None
    try:
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    if m.group(4) is None:
        return Stamp(day)
    hour, minute = int(m.group(4)), int(m.group(5))
    if hour > 23 or minute > 59 or hour == minute == 0:
        return Stamp(day)  # midnight: how calendars and event plugins write an all-day event
    offset = (m.group(6) or "").upper()
    if offset == "Z" or offset.lstrip("+-").replace(":", "").strip("0") == "":
        zone = "UTC" if offset else None
        return Stamp(day, f"{hour:02d}:{minute:02d}", zone, utc=offset == "Z")
    digits = offset[1:].replace(":", "")
    zone = f"UTC{offset[0]}{digits[:2]}:{digits[2:4] or '00'}"
    return Stamp(day, f"{hour:02d}:{minute:02d}", zone)


_TYPE_SEP = re.compile(r"[/:#]")  # "http://schema.org/MusicEvent", "schema:Event"


def _type_names(obj: dict) -> list[str]:
    kind = obj.get("@type") or obj.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    # "http://schema.org/MusicEvent", "schema:Event" -> the type's own name
    return [_TYPE_SEP.split(k)[-1] for k in kinds if isinstance(k, str)]


def is_event(obj: dict) -> bool:
    """Whether a JSON-LD object (or a microdata item read as one) is a schema.org Event."""
    return any(k.endswith("Event") or k in _EVENT_TYPES for k in _type_names(obj))


def _last_word(value: object) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), "")
    return _TYPE_SEP.split(value)[-1].lower() if isinstance(value, str) else ""


@dataclass
class _Where:
    place: str | None = None
    street: str | None = None
    town: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    location: str | None = None
    address: str | None = None
    online: bool = False


def _read_address(where: _Where, address: object) -> None:
    if isinstance(address, str):
        where.address = where.address or text_value(address)
        return
    if not isinstance(address, dict):
        return
    where.street = where.street or text_value(address.get("streetAddress"))
    where.town = where.town or text_value(address.get("addressLocality"))
    where.region = where.region or text_value(address.get("addressRegion"))
    where.postal_code = where.postal_code or text_value(address.get("postalCode"))
    country = address.get("addressCountry")
    if isinstance(country, dict):
        country = country.get("name")
    where.country = where.country or text_value(country)


def _read_location(where: _Where, location: object, depth: int = 0) -> None:
    if isinstance(location, list):
        if depth == 0:  # a list of places (a hall and its stream); not lists in lists
            for item in location[:5]:
                _read_location(where, item, depth + 1)
        return
    if isinstance(location, str):
        name = text_value(location)
        if name and name.casefold() in _ONLINE_NAMES:
            where.online = True
        elif name and not name.startswith(("http://", "https://")):
            where.location = where.location or name
        return
    if not isinstance(location, dict) or depth > 2:
        return
    kinds = _type_names(location)
    if "VirtualLocation" in kinds:
        where.online = True
        return
    if "PostalAddress" in kinds:
        _read_address(where, location)
        return
    name = text_value(location.get("name"))
    if name and name.casefold() in _ONLINE_NAMES:
        where.online = True
        name = None
    if name and where.place is None:
        where.place = name
    _read_address(where, location.get("address"))
    if isinstance(location.get("containedInPlace"), dict) and where.place is None:
        _read_location(where, location["containedInPlace"], depth + 1)


def read_event(
    obj: dict, origin: str, line: int, series: str | None = None, *, base: str | None = None,
    ids: dict[str, dict] | None = None,
) -> StructuredEvent | None:  # fmt: skip
    """A schema.org Event object (JSON-LD, or microdata read as JSON-LD) as a StructuredEvent;
    None when it states no start date that can be read. ``base``: the page's address, against
    which a relative ``url`` is read; ``ids``: the graph's nodes, for references to them."""
    start = parse_stamp(obj.get("startDate"))
    if start is None:
        return None
    end = parse_stamp(obj.get("endDate"))
    where = _Where()
    ids = ids or {}
    location = _resolve(obj.get("location"), ids)
    if isinstance(location, dict):
        location = {**location, "address": _resolve(location.get("address"), ids)}
    _read_location(where, location)
    status = _STATUS.get(_last_word(obj.get("eventStatus")), "scheduled")
    online = (
        where.online
        or _last_word(obj.get("eventStatus")) == "eventmovedonline"
        or _last_word(obj.get("eventAttendanceMode")) in _ONLINE_MODES
    )
    url = obj.get("url")
    if isinstance(url, str) and base and not url.startswith(("http://", "https://")):
        url = urljoin(base, url.strip())  # "/events/42" on the page it came from
    url = url if isinstance(url, str) and url.startswith(("http://", "https://")) else None
    parent = _resolve(obj.get("superEvent"), ids)
    if isinstance(parent, list):
        parent = parent[0] if parent else None
    own_series = text_value(parent.get("name")) if isinstance(parent, dict) else None
    return StructuredEvent(
        origin=origin,
        line=line,
        start=start,
        end=end if end is not None and end.day >= start.day else None,
        name=text_value(obj.get("name")),
        status=status,
        online=online,
        place=where.place,
        street=where.street,
        town=where.town,
        region=where.region,
        postal_code=where.postal_code,
        country=where.country,
        location=where.location,
        address=where.address,
        url=url,
        series=own_series or series,
    )


class _Budget:
    def __init__(self) -> None:
        self.nodes = _MAX_NODES

    def spend(self) -> bool:
        self.nodes -= 1
        return self.nodes >= 0


def _collect(
    data: object, origin: str, line: int, out: list[StructuredEvent], unread: list[str],
    budget: _Budget, series: str | None = None, *, base: str | None = None,
    ids: dict[str, dict] | None = None,
) -> None:  # fmt: skip
    """Every Event in a JSON value, wherever it is nested (``@graph``, an ``ItemList``'s items,
    a page's ``mainEntity``), and the ``subEvent``s of each (with the event as their series)."""
    stack: list[tuple[object, str | None]] = [(data, series)]
    while stack and len(out) < _MAX_EVENTS:
        value, within = stack.pop()
        if not budget.spend():
            return
        if isinstance(value, list):
            stack.extend((v, within) for v in reversed(value))
            continue
        if not isinstance(value, dict):
            continue
        if not is_event(value):
            stack.extend(
                (v, within) for v in reversed(list(value.values())) if isinstance(v, (dict, list))
            )
            continue
        subs = _resolve(value.get("subEvent") or value.get("subEvents"), ids or {})
        if not _has_event(subs):
            subs = None  # sub-events given only by their addresses: the event is a meeting itself
        name = text_value(value.get("name"))
        event = read_event(value, origin, line, within, base=base, ids=ids)
        if subs:
            # a festival or a series and its events: each event of it is a meeting of the series
            stack.append((subs, name or within))
            continue
        if event is not None:
            out.append(event)
        elif name:
            unread.append(name)


def _has_event(value: object) -> bool:
    """Whether a ``subEvent`` value holds an event stated in full (not only its address)."""
    items = value if isinstance(value, list) else [value]
    return any(isinstance(v, dict) and is_event(v) for v in items[:_MAX_EVENTS])


def _line_at(newlines: list[int], offset: int) -> int:
    return bisect_right(newlines, offset) + 1


def jsonld_events(
    tree: LexborHTMLParser, source: str, newlines: list[int], base: str | None = None
) -> tuple[list[StructuredEvent], list[str]]:
    """The Events a page's JSON-LD scripts state, and the names of those with no readable start."""
    out: list[StructuredEvent] = []
    unread: list[str] = []
    budget = _Budget()
    at = 0
    for script in tree.css("script"):
        kind = (script.attributes.get("type") or "").split(";")[0].strip().lower()
        if kind != "application/ld+json":
            continue
        found = source.find("ld+json", at)
        at = found + 1 if found >= 0 else at
        line = _line_at(newlines, found) if found >= 0 else 1
        try:
            data = json.loads(_json_text(script.text(deep=True) or ""), strict=False)
        except (ValueError, RecursionError):
            continue
        _collect(data, JSONLD, line, out, unread, budget, base=base, ids=_ids(data, budget))
    return out, unread


_WRAPPERS = ("<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>")


def _json_text(raw: str) -> str:
    """A script's JSON without the comment or CDATA wrapper old pages put around it; raw
    line breaks inside its strings are allowed (``strict=False``), as CMSs write them."""
    text = raw.strip()
    for wrapper in _WRAPPERS:
        if text.startswith(wrapper):
            text = text[len(wrapper) :].lstrip()
        if text.endswith(wrapper):
            text = text[: -len(wrapper)].rstrip()
    return text or "null"


def _ids(data: object, budget: _Budget) -> dict[str, dict]:
    """The nodes of a JSON-LD graph by their ``@id``, for the references to them
    (``"location": {"@id": "https://example.org/#venue"}``)."""
    out: dict[str, dict] = {}
    stack = [data]
    while stack and budget.spend():
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, dict):
            key = value.get("@id")
            if isinstance(key, str) and len(value) > 1 and key not in out:
                out[key] = value
            stack.extend(v for v in value.values() if isinstance(v, (dict, list)))
    return out


def _resolve(value: object, ids: dict[str, dict]) -> object:
    """A reference to a node (a dict holding only its ``@id``) as the node itself."""
    if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("@id"), str):
        return ids.get(value["@id"], value)
    if isinstance(value, list):
        return [_resolve(v, ids) for v in value[:5]]
    return value


_MAX_ITEM_DEPTH = 4  # items inside items read as items (an Event's Place's PostalAddress)


def _microdata_value(node: LexborNode, depth: int = 0) -> object:
    attrs = node.attributes
    if "itemscope" in attrs:
        if depth >= _MAX_ITEM_DEPTH:  # deeper items are no part of an event: their text
            return node.text(deep=True) or ""
        return _microdata_item(node, depth + 1)
    for key in ("content", "datetime"):
        if attrs.get(key):
            return attrs[key]
    if node.tag in ("a", "link", "area") and attrs.get("href"):
        return attrs["href"]
    if node.tag == "meta":
        return attrs.get("content") or ""
    return node.text(deep=True) or ""


def _owner(node: LexborNode, item: LexborNode) -> bool:
    """Whether ``node``'s nearest item scope is ``item`` (not an item nested inside it)."""
    parent = node.parent
    while parent is not None and parent.mem_id != item.mem_id:
        if "itemscope" in parent.attributes:
            return False
        parent = parent.parent
    return parent is not None


_MAX_PROPS = 200  # itemprops read per item


def _microdata_item(item: LexborNode, depth: int = 0) -> dict:
    """A microdata item as the JSON-LD object it stands for: its type and its properties."""
    obj: dict[str, object] = {"@type": (item.attributes.get("itemtype") or "").split()}
    for node in item.css("[itemprop]")[:_MAX_PROPS]:
        if not _owner(node, item):
            continue
        for prop in (node.attributes.get("itemprop") or "").split():
            if prop not in obj:
                obj[prop] = _microdata_value(node, depth)
    return obj


def _item_types(node: LexborNode) -> dict:
    return {"@type": (node.attributes.get("itemtype") or "").split()}


_TREE_TOP = frozenset({"html", "#document", "-document", "-undef"})


def _parent_event(item: LexborNode) -> LexborNode | None:
    """The Event item ``item`` is nested in, if any."""
    parent = item.parent
    # up to <html>: selectolax 0.3.21 (the floor) crashes reading the document node's attributes
    while parent is not None and parent.tag not in _TREE_TOP:
        if "itemscope" in parent.attributes and is_event(_item_types(parent)):
            return parent
        parent = parent.parent
    return None


def microdata_events(
    tree: LexborHTMLParser, source: str, newlines: list[int], base: str | None = None
) -> list[StructuredEvent]:
    """The Events a page states as microdata (``itemscope itemtype="https://schema.org/Event"``).
    An event with ``subEvent``s stands for its series: its sub-events are the meetings."""
    out: list[StructuredEvent] = []
    series_names: dict[int, str | None] = {}
    at = 0
    for item in tree.css("[itemscope][itemtype]"):
        if len(out) >= _MAX_EVENTS:
            break
        itemtype = item.attributes.get("itemtype") or ""
        found = source.find(itemtype, at) if itemtype else -1
        at = found + 1 if found >= 0 else at
        if not is_event(_item_types(item)):
            continue
        if "superEvent" in (item.attributes.get("itemprop") or "").split():
            continue  # the series an event is part of, stated inside it
        obj = _microdata_item(item)
        if isinstance(obj.get("subEvent"), dict):
            continue  # its sub-events are items of their own
        parent = _parent_event(item)
        series = None
        if parent is not None:  # its series' name, read once for all its sub-events
            if parent.mem_id not in series_names:
                series_names[parent.mem_id] = text_value(_microdata_item(parent).get("name"))
            series = series_names[parent.mem_id]
        line = _line_at(newlines, found) if found >= 0 else 1
        event = read_event(obj, MICRODATA, line, series, base=base)
        if event is not None:
            out.append(event)
    return out


# Microformats: h-event (microformats2) and hCalendar's vevent (the first version) -------------
MICROFORMATS = "microformats"
_MF_EVENT = ("h-event", "vevent")
_MF_MAX_NODES = 400  # elements looked through per event


def _classes(node: LexborNode) -> list[str]:
    return (node.attributes.get("class") or "").split()


def _is_root(classes: list[str]) -> bool:
    """A microformat of its own (an h-card in an event, an adr): its properties are its own."""
    return any(c.startswith("h-") or c in ("vevent", "vcard", "adr") for c in classes)


def _mf_props(root: LexborNode) -> dict[str, LexborNode]:
    """Each property class of an item and the first element that carries it, not looking into
    items nested inside it (whose element carries the property, as a whole)."""
    out: dict[str, LexborNode] = {}
    stack = list(reversed(list(root.iter())))
    seen = 0
    while stack and seen < _MF_MAX_NODES:
        node = stack.pop()
        seen += 1
        classes = _classes(node)
        for c in classes:
            out.setdefault(c, node)
        if not _is_root(classes):
            stack.extend(reversed(list(node.iter())))
    return out


def _mf_text(node: LexborNode) -> str:
    attrs = node.attributes
    if node.tag == "abbr" and attrs.get("title"):
        return attrs["title"] or ""
    if node.tag in ("img", "area") and attrs.get("alt"):
        return attrs["alt"] or ""
    if node.tag == "data" and attrs.get("value"):
        return attrs["value"] or ""
    return node.text(deep=True) or ""


def _mf_datetime(node: LexborNode) -> str:
    attrs = node.attributes
    for key in ("datetime", "title", "value", "content"):
        if attrs.get(key):
            return attrs[key] or ""
    parts = [_mf_text(v) for v in node.css(".value")[:3]]  # the value-class pattern
    if parts:
        return " ".join(p.strip() for p in parts)
    return node.text(deep=True) or ""


def _mf_url(node: LexborNode) -> str:
    return node.attributes.get("href") or node.attributes.get("src") or ""


def _mf_place(node: LexborNode) -> object:
    """A location property: text, or a nested h-card / h-adr / vcard / adr as a Place."""
    if not _is_root(_classes(node)):
        return _mf_text(node)
    props = _mf_props(node)
    adr = props.get("adr") or props.get("p-adr") or node

    def first(*names: str, within: LexborNode = node) -> str | None:
        found = _mf_props(within) if within is not node else props
        return next((_mf_text(found[n]) for n in names if n in found), None)

    return {
        "@type": "Place",
        "name": first("p-name", "fn", "org", "p-org"),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": first("p-street-address", "street-address", within=adr),
            "addressLocality": first("p-locality", "locality", within=adr),
            "addressRegion": first("p-region", "region", within=adr),
            "postalCode": first("p-postal-code", "postal-code", within=adr),
            "addressCountry": first("p-country-name", "country-name", within=adr),
        },
    }


def microformat_events(
    tree: LexborHTMLParser, source: str, newlines: list[int], base: str | None = None
) -> list[StructuredEvent]:
    """The events a page marks up as microformats: h-event (``dt-start``, ``p-name``,
    ``p-location``, ``u-url``) or hCalendar (``dtstart``, ``summary``, ``location``, ``url``)."""
    out: list[StructuredEvent] = []
    at = 0
    for item in tree.css(".h-event, .vevent"):
        if len(out) >= _MAX_EVENTS:
            break
        found = source.find("event", at)
        at = found + 1 if found >= 0 else at
        props = _mf_props(item)
        obj: dict[str, object] = {"@type": "Event"}
        for key, names in (
            ("startDate", ("dt-start", "dtstart")),
            ("endDate", ("dt-end", "dtend")),
        ):
            node = next((props[n] for n in names if n in props), None)
            if node is not None:
                obj[key] = _mf_datetime(node)
        name = next((props[n] for n in ("p-name", "summary") if n in props), None)
        if name is not None:
            obj["name"] = _mf_text(name)
        where = next((props[n] for n in ("p-location", "location") if n in props), None)
        if where is not None:
            obj["location"] = _mf_place(where)
        link = next((props[n] for n in ("u-url", "url") if n in props), None)
        if link is not None:
            obj["url"] = _mf_url(link)
        line = _line_at(newlines, found) if found >= 0 else 1
        event = read_event(obj, MICROFORMATS, line, base=base)
        if event is not None:
            out.append(event)
    return out


def page_events(
    tree: LexborHTMLParser, source: str, newlines: list[int], base: str | None = None
) -> tuple[list[StructuredEvent], list[str]]:
    """The events a page states as data (JSON-LD first, then microdata and microformats not
    stated already), and the names of events stated with no start date that can be read."""
    events, unread = jsonld_events(tree, source, newlines, base)
    seen = {(e.start, e.name) for e in events}
    for e in [
        *microdata_events(tree, source, newlines, base),
        *microformat_events(tree, source, newlines, base),
    ]:
        if (e.start, e.name) not in seen:
            seen.add((e.start, e.name))
            events.append(e)
    return events, unread
