"""The app icon: the shipped PNG at start-up, the drawn icon when the PNG is missing."""

from __future__ import annotations

from ui import icons


def test_app_icon_is_the_shipped_png(qapp):
    icons.app_icon.cache_clear()
    icon = icons.app_icon()
    assert not icon.isNull()
    assert icon.pixmap(32, 32).width() == 32
    assert icons.app_icon() is icon  # built once per process


def test_drawn_icon_when_png_missing(qapp, monkeypatch, tmp_path):
    import resources

    monkeypatch.setattr(resources, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    icons.app_icon.cache_clear()
    try:
        icon = icons.app_icon()
        assert sorted(s.width() for s in icon.availableSizes()) == list(icons.SIZES)
        assert icons.draw_icon(16).toImage().pixelColor(8, 2).name() == icons.RED.name()
    finally:
        icons.app_icon.cache_clear()
