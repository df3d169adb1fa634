"""Build the heldout72 corpus deterministically: every case file and labels.jsonl.

Run from anywhere:  python _build/build.py
"""
import json
import pathlib
import random
import shutil
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
OUT = HERE.parent

import case_tax, case_food, case_env  # noqa: E402

CASES = [case_tax, case_food, case_env]
for name in ["case_road", "case_safety", "case_price", "case_land", "case_agri"]:
    try:
        CASES.append(__import__(name))
    except ModuleNotFoundError:
        pass


def main():
    random.seed(105)
    tmp = pathlib.Path(tempfile.mkdtemp())
    labels = []
    for mod in CASES:
        for p in OUT.glob(mod.CASE_ID + "*"):
            shutil.rmtree(p) if p.is_dir() else p.unlink()
        try:
            lab = mod.build(OUT, tmp)
        except TypeError:
            lab = mod.build(OUT)
        labels.append(lab)
    shutil.rmtree(tmp)
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            lab = {k: v for k, v in lab.items() if not k.startswith("_")}
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    extra = {lab["case_id"]: lab.get("_extra", {}) for lab in labels}
    (HERE / "extra.json").write_text(json.dumps(extra, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
