"""Map and chart builders: they return ``pydeck.Deck`` and ``altair.Chart`` objects and draw nothing."""
