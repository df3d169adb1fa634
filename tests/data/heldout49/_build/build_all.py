"""Rebuild every case, labels.jsonl, then run check.py."""
import importlib
import sys

CASES = ["case01_tianhe_ouda", "case02_siming_dubo", "case03_futian_wuzheng", "case04_gulou_zhangbu",
         "case05_fengze_shenbao", "case06_zhangzhou_jiujia", "case07_haizhu_zaosheng"]

if __name__ == "__main__":
    for m in CASES:
        importlib.import_module(m).build()
    importlib.import_module("labels_src").main()
    sys.exit(importlib.import_module("check").main())
