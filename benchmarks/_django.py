"""Start Django for a benchmark script run directly: the project on the path, test settings,
and a SQLite file under var/ unless DATABASE_URL says otherwise."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup(sqlite_name: str) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "frontline.settings.test")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'var' / sqlite_name}")
    (ROOT / "var").mkdir(exist_ok=True)

    import django

    django.setup()
