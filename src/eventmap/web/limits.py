"""The visitor page's online lookup budget: one per process, shared by every session.

Limits come from the settings (``visitor_lookups_per_session``, ``visitor_lookups_global``,
``visitor_lookup_window``); see :class:`eventmap.core.visitor.LookupBudget` and the README's
"Security" section for why (the public Nominatim allows one request per second per application).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

import streamlit as st

from eventmap import config
from eventmap.core.visitor import LookupBudget

_SESSION_KEY = "_visitor_session"
_lock = threading.Lock()
_budget: tuple[tuple[int, int, float], LookupBudget] | None = None


def visitor_budget() -> LookupBudget:
    """The process's budget; a new one when the settings changed (tests, a reload)."""
    global _budget
    cfg = config.settings()
    limits = (
        cfg.visitor_lookups_per_session,
        cfg.visitor_lookups_global,
        cfg.visitor_lookup_window,
    )
    with _lock:
        if _budget is None or _budget[0] != limits:
            _budget = (limits, LookupBudget(*limits))
        return _budget[1]


def reset_visitor_budget() -> None:
    """Forget every count (tests)."""
    global _budget
    with _lock:
        _budget = None


def lookup_gate() -> Callable[[], None]:
    """``before_online`` for this session's lookups: counts one against its and the global budget."""
    session = st.session_state.setdefault(_SESSION_KEY, uuid.uuid4().hex)
    return visitor_budget().gate(session)
