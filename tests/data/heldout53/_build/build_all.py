"""Rebuild every case file and labels.jsonl."""
import case01, case02, case03, case04, case05, case06, case07, labels_src
for m in (case01, case02, case03, case04, case05, case06, case07):
    m.build()
labels_src.main()
