"""Build decisions21: writes the 24 text files, labels.jsonl, _build/manifest.json and README.md.

Deterministic, standard library only. Run from anywhere:  python3 _build/build.py
"""
import json
import sys as _s
_s.dont_write_bytecode = True
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs1  # noqa: E402
import docs2  # noqa: E402
from readme import render_readme  # noqa: E402

LABEL_KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
              "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
              "notes", "defects_observed"]


def all_docs():
    return docs1.DOCS + docs2.DOCS


def _num(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def label_record(d):
    lab = d["label"]
    rec = {"file": d["file"], "doc_type": d["doc_type"]}
    for k in LABEL_KEYS[2:]:
        v = lab[k]
        if k in ("fine_yuan", "confiscation_yuan") and v is not None:
            v = _num(v)
        rec[k] = v
    for k, v in lab.items():          # optional extra keys, after the standard ones
        if k not in rec:
            rec[k] = v
    return rec


def file_text(d):
    head = f"source: {d['source']}\ndomain: {d['domain']}\ndoc_type: {d['doc_type']}\n---\n"
    return head + d["text"]


def build(out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    docs = all_docs()
    for d in docs:
        (out / d["file"]).write_text(file_text(d), encoding="utf-8", newline="\n")
    with open(out / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(label_record(d), ensure_ascii=False) + "\n")
    manifest = [{"file": d["file"], "domain": d["domain"], "province": d["province"], "year": d["year"],
                 "imitates": d["imitates"], "hard": d["hard"]} for d in docs]
    (out / "_build").mkdir(exist_ok=True)
    (out / "_build" / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8", newline="\n")
    (out / "README.md").write_text(render_readme(docs), encoding="utf-8", newline="\n")
    return [d["file"] for d in docs]


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else HERE.parent
    names = build(target)
    print(f"wrote {len(names)} files, labels.jsonl, README.md, _build/manifest.json")
