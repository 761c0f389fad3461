"""The entry point: the navigation over the pages in ``app_pages/`` (the home page, "Map &
timeline", is ``app_pages/0_Map_and_timeline.py``).

The folder is not ``pages/``: Streamlit runs a ``pages/`` script by itself, without this file's
``st.navigation``, when the first visit after the server starts is a link to that page, and
that visitor's menu then calls the home page "app".
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

HERE = Path(__file__).parent
HOME, *OTHERS = [p.relative_to(HERE).as_posix() for p in sorted((HERE / "app_pages").glob("*.py"))]
PAGES = [st.Page(HOME, title="Map & timeline", default=True), *map(st.Page, OTHERS)]
st.navigation(PAGES).run()
