"""Every widget lives here; the only package (with the GUI entry point) that imports Qt."""
