"""Rebuild every case of the heldout25 corpus and labels.jsonl."""
import importlib

MODULES = ["c1_youyan", "c2_mingma", "c3_shaokao", "c4_yingyun", "c5_weijian", "c6_xiaofang", "c7_guoqi"]

if __name__ == "__main__":
    for m in MODULES:
        print(importlib.import_module(m).build())
    import runpy
    runpy.run_module("labels_src", run_name="__main__")
