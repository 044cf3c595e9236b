"""Every top-level window and dialog fits 1024×768 at 100 % and 1366×768 at 125 % (48 px left for
the taskbar), every button is on screen, and the Vietnamese window shows no English (Qt's own
buttons, context menus, file and print dialogs included). The windows are opened by
tests/fit_probe.py in a child process with a simulated screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SCREENS = {"1024x768@100%": (1024, 768, "1"), "1366x768@125%": (1366, 768, "1.25")}


def run_probe(tmp_path: Path, width: int, height: int, scale: str, *args: str) -> dict:
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{"name": "probe", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale,
               BAOCAO_TEST_KEYRING="1")
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    result = subprocess.run([sys.executable, "-m", "tests.fit_probe", *args], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_window_fits_and_speaks_vietnamese(tmp_path, screen):
    width, height, scale = SCREENS[screen]
    report = run_probe(tmp_path, width, height, scale, "--lang", "vi")
    assert report["unprobed"] == [], "dialogs without a fit check in tests/fit_probe.py"
    assert len(report["checked"]) >= 25
    assert report["problems"] == []
    assert report["english"] == []


def test_large_font_still_fits(tmp_path):
    """16 pt on the small screen: every window of the app still fits."""
    report = run_probe(tmp_path, 1366, 768, "1.25", "--lang", "vi", "--font", "16", "--only", "ui.")
    assert len(report["checked"]) >= 20
    assert report["problems"] == []


def test_the_probe_catches_a_window_too_wide_and_squeezed_buttons(tmp_path):
    report = run_probe(tmp_path, 1024, 768, "1", "--selftest", "--only", "nothing-else")
    problems = "\n".join(report["problems"])
    assert "selftest: too wide: window" in problems and "larger than the usable screen" in problems
    assert "selftest: buttons cut off: button \"Nút 11\" squeezed" in problems


def test_english_window_fits_too(tmp_path):
    report = run_probe(tmp_path, 1366, 768, "1.25", "--lang", "en", "--only", "ui.")
    assert len(report["checked"]) >= 20
    assert report["problems"] == []
