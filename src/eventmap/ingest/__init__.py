"""Reading listings: bytes, text or HTML in; ``Listing(campaigns, meetings, warnings)`` out.

May import only ``eventmap.errors``, ``eventmap.config`` and ``eventmap.model``.
"""
