"""List Qt's own strings the app shows that resources/translations/qtbase_vi.ts does not translate.

Qt ships no Vietnamese translation of its own widgets (standard buttons, text-field menus, file and
print dialogs). The app ships one with the strings it shows. Run this after adding a dialog:

    python scripts/qtbase_strings.py

It opens every window and dialog (tests/fit_probe.py) with a translator that notes each string Qt
asks for, keeps Qt's (contexts of Qt classes), and prints those missing from qtbase_vi.ts; add
them there (context, source, Vietnamese) and the app builds the .qm like its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "qtbase_vi.ts"
# Names, not words: key names in shortcuts ("Ctrl"), paper sizes, MIME type names, layout direction.
SKIP = {"QShortcut", "QPageSize", "QMimeType", "QGuiApplication", "QProgressBar"}


def translated() -> set[tuple[str, str]]:
    root = ET.parse(TS).getroot()
    return {(ctx.findtext("name") or "", msg.findtext("source") or "")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def recorded() -> set[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seen.json"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BAOCAO_TEST_KEYRING="1")
        subprocess.run([sys.executable, "-m", "tests.fit_probe", "--record", str(out)], cwd=ROOT, env=env,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rows = json.loads(out.read_text(encoding="utf-8"))
    return {(ctx, src) for ctx, src, _comment in rows
            if ctx.startswith("Q") and ctx[1:2].isupper() and ctx not in SKIP}


def main() -> int:
    missing = sorted(recorded() - translated())
    for ctx, src in missing:
        print(f"{ctx}\t{src!r}")
    print(f"{len(missing)} Qt strings shown without a Vietnamese translation", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
