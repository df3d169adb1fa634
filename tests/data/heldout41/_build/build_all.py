"""Rebuilds every heldout41 case and labels.jsonl, then runs check.py."""
import importlib
import sys

for m in ["case_a", "case_b", "case_c", "case_d", "case_e", "case_f", "case_g", "labels_src"]:
    mod = importlib.import_module(m)
    (mod.build if hasattr(mod, "build") else (lambda: None))()
import labels_src  # noqa: E402
exec(open(labels_src.__file__, encoding="utf-8").read(), {"__name__": "__main__", "__file__": labels_src.__file__})
import check  # noqa: E402
sys.exit(check.main())
