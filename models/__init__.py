"""Outlines, reports, the store and the bundle format. Never imports Qt."""
