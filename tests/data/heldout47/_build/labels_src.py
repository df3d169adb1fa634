"""Writes ../labels.jsonl from the LABEL dict of every caseNN module."""
import importlib, json, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "case[0-9][0-9].py")))
with open(os.path.join(os.path.dirname(HERE), "labels.jsonl"), "w", encoding="utf-8") as f:
    for m in mods:
        lab = importlib.import_module(m).LABEL
        lab["codes"] = sorted(lab["codes"])
        f.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(mods), "labels")
