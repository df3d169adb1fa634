"""Write ../labels.jsonl from the LABEL record each case module carries (one JSON object per case)."""

from __future__ import annotations

import json

from build import HERE, case_modules


def main() -> None:
    lines = []
    for mod in case_modules():
        label = dict(mod.LABEL)
        label["codes"] = sorted(label["codes"])
        lines.append(json.dumps(label, ensure_ascii=False))
    (HERE.parent / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} labels")


if __name__ == "__main__":
    main()
