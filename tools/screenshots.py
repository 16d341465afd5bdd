"""Screenshots of every view of a built output folder, with headless Chromium, for docs/.

Usage: python tools/screenshots.py graphs docs/screenshots/seeds
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

VIEWS = (
    "overview.html",
    "index.html",
    "topics.html",
    "people.html",
    "directives.html",
    "relays.html",
    "topics-time.html",
    "places.html",
)


def main() -> None:
    out, target = Path(sys.argv[1]), Path(sys.argv[2])
    browser = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
    if browser is None:
        sys.exit("no Chromium on this machine (apt-get install chromium)")
    target.mkdir(parents=True, exist_ok=True)
    for view in VIEWS:
        shot = target / view.replace(".html", ".png")
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(
                [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                 "--virtual-time-budget=15000", f"--user-data-dir={profile}", "--window-size=1400,1000",
                 f"--screenshot={shot}", (out / view).resolve().as_uri()],
                check=True, capture_output=True, timeout=180,
            )  # fmt: skip
        print(f"wrote {shot}")


if __name__ == "__main__":
    main()
