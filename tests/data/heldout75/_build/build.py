"""Build the heldout75 corpus (writer 113): every case plus labels.jsonl, deterministically."""
import hashlib
import importlib
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "cases"))
OUT = HERE.parent
CASES = ["c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08"]


def main(only=None):
    labels = []
    meta = {}
    for name in CASES:
        if only and name not in only:
            continue
        mod = importlib.import_module(name)
        lab = mod.build(OUT)
        meta[lab["case_id"]] = lab.pop("_meta")
        labels.append(lab)
    if not only:
        labels.sort(key=lambda x: x["case_id"])
        with open(OUT / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for lab in labels:
                f.write(json.dumps(lab, ensure_ascii=False) + "\n")
        with open(HERE / "meta.json", "w", encoding="utf-8", newline="\n") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1, sort_keys=True)
        manifest = {}
        for p in sorted(OUT.rglob("*")):
            rel = p.relative_to(OUT).as_posix()
            if p.is_file() and not rel.startswith("_build/") and rel != "README.md":
                manifest[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
        with open(HERE / "manifest.json", "w", encoding="utf-8", newline="\n") as f:
            json.dump(manifest, f, ensure_ascii=False, indent=1, sort_keys=True)
    return labels, meta


if __name__ == "__main__":
    main(sys.argv[1:] or None)
