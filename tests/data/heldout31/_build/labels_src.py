"""Write ../labels.jsonl from the LABEL dict of every case module."""
import json
import importlib

from common import OUT

CASES = ["case01", "case02", "case03", "case04", "case05", "case06", "case07"]


def main():
    rows = []
    for name in CASES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        rows.append(json.dumps(mod.LABEL, ensure_ascii=False))
    (OUT / "labels.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
