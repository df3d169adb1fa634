"""Write the 24 documents and labels.jsonl deterministically. Run: python3 _build/build.py"""
import json
import os
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import docs_a  # noqa: E402
import docs_b  # noqa: E402


def main():
    labels = []
    for fn in docs_a.DOCS + docs_b.DOCS:
        (source, domain, doc_type), text, lab = fn()
        header = f"source: {source}\ndomain: {domain}\ndoc_type: {doc_type}\n---\n"
        with open(os.path.join(OUT, lab["file"]), "w", encoding="utf-8", newline="\n") as f:
            f.write(header + text)
        labels.append(lab)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} documents and labels.jsonl to {os.path.basename(OUT)}/")


if __name__ == "__main__":
    main()
