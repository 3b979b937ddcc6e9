"""Record the canonical digests of the demo and real-news graphs (tests/data/canonical_graphs.json).

Run it only when a change to what graphx extracts is deliberate; say why in the commit:

    .venv/bin/python scripts/canonical_graphs.py --update

Without ``--update`` it prints the digests and writes each dump to ``--dumps`` for diffing.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.canonical import build_and_dump, digest, stage_realnews  # noqa: E402

RECORD = ROOT / "tests" / "data" / "canonical_graphs.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="write the digests to the record")
    parser.add_argument("--dumps", type=Path, help="folder to write each canonical dump into")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    digests = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = {"demo": ROOT / "data" / "corpus"}
        if (args.shared / "realnews" / "gold.json").is_file():
            corpora["realnews"] = stage_realnews(args.shared / "realnews", Path(tmp) / "realnews")
        for name, corpus in corpora.items():
            dump = build_and_dump(corpus, Path(tmp) / f"{name}-graph")
            digests[name] = digest(dump)
            if args.dumps:
                args.dumps.mkdir(parents=True, exist_ok=True)
                (args.dumps / f"{name}.jsonl").write_text(dump, encoding="utf-8")
    print(json.dumps(digests, indent=2))
    if args.update:
        RECORD.write_text(json.dumps(digests, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
