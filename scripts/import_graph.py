"""The app-level import graph, read from the code (grimp, which import-linter uses): for each
app, the apps it imports — at module level or inside a function — and the pairs of apps that
import each other. `--modules` lists every import that crosses from one app into another.

    .venv/bin/python scripts/import_graph.py [--modules]      (or: make layers)
"""

import sys
from itertools import combinations
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
# Bottom to top, as the layers contract in pyproject.toml declares them.
APPS = [
    "frontline",
    "tracking",
    "accounts",
    "courses",
    "quizzes",
    "certificates",
    "readiness",
    "organisations",
    "analytics",
    "home",
]


def main() -> None:
    sys.path.insert(0, str(ROOT))
    graph = grimp.build_graph(*APPS)
    print("app            imports")
    imports = {}
    for app in APPS:
        imports[app] = [
            other
            for other in APPS
            if other != app
            and graph.direct_import_exists(importer=app, imported=other, as_packages=True)
        ]
        print(f"{app:14} {', '.join(imports[app]) or '—'}")
    cycles = [(a, b) for a, b in combinations(APPS, 2) if b in imports[a] and a in imports[b]]
    upward = [(a, b) for a in APPS for b in imports[a] if APPS.index(b) > APPS.index(a)]
    print(f"\napps importing each other: {', '.join(f'{a}↔{b}' for a, b in cycles) or 'none'}")
    print(f"imports upwards (a lower app importing a higher one): {len(upward)}")
    for a, b in upward:
        print(f"  {a} → {b}")
    if "--modules" in sys.argv:
        print("\nimports across apps, module by module:")
        for module in sorted(graph.modules):
            for imported in sorted(graph.find_modules_directly_imported_by(module)):
                if imported.split(".")[0] != module.split(".")[0]:
                    print(f"  {module} → {imported}")


if __name__ == "__main__":
    main()
