"""Build the heldout69 corpus: every case file/folder and labels.jsonl, deterministically.

Run from anywhere:  python3 _build/build.py
Needs: reportlab, python-docx, pillow, pypdf, numpy, chinese_calendar, lxml; CJK fonts
(Noto CJK, WenQuanYi Zen Hei)."""
import json
import pathlib
import shutil
import sys

sys.dont_write_bytecode = True

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import c1_jiujiang_price_2013 as c1  # noqa: E402
import c2_cangzhou_env_2016 as c2  # noqa: E402
import c3_foshan_safety_2022 as c3  # noqa: E402
import c4_mianyang_transport_2020 as c4  # noqa: E402
import c5_huzhou_food_2021 as c5  # noqa: E402
import c6_wuxi_planning_2023 as c6  # noqa: E402
import c7_changsha_promo_2024 as c7  # noqa: E402
import c8_jinan_tax_2025 as c8  # noqa: E402

CASES = [c1, c2, c3, c4, c5, c6, c7, c8]


def main():
    labels = []
    for m in CASES:
        for p in OUT.glob(m.CASE_ID + "*"):
            if p.is_dir():
                shutil.rmtree(p)
            else:
                p.unlink()
        info = m.render(OUT)
        lab = m.label(info)
        assert lab["case_id"] == m.CASE_ID
        labels.append(lab)
        print(m.CASE_ID, "ok", file=sys.stderr)
    with open(OUT / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
