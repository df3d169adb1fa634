"""Write ../labels.jsonl from the case modules (one object per case, keys in contract order)."""
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from build import CASES


def main():
    out = []
    for name in CASES:
        m = importlib.import_module(name)
        c = m.build()
        lab = c["label"]
        f = lab["fields"]
        rec = {"case_id": c["case_id"], "codes": sorted(lab["codes"]), "encoding": lab["encoding"], "notes": lab["notes"],
               "fields": {"agency": f["agency"],
                          "party": {k: f["party"].get(k) for k in ("name", "kind", "credit_code", "id_number")},
                          "penalty": {"fine_yuan": f["penalty"]["fine_yuan"], "procedure": f["penalty"]["procedure"]},
                          "dates": {k: f["dates"].get(k) for k in ("filing", "notice", "decision", "decision_served")},
                          "citations": [{k: ci[k] for k in ("law", "article", "paragraph", "item", "role")}
                                        for ci in f["citations"]]}}
        out.append(rec)
    with open(os.path.join(lib.OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in out:
        print(r["case_id"], r["codes"])


if __name__ == "__main__":
    main()
