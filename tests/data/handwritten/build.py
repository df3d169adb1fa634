"""Write the hand-written case files (hw01–hw16) as UTF-8 .txt, one whole case file each.

Page breaks are form feeds; the 卷内目录 is generated from the real page positions.
"""
import pathlib
import build_a, build_b, build_c, build_d

HERE = pathlib.Path(__file__).parent
for mod in (build_a, build_b, build_c, build_d):
    for name, text in mod.FILES.items():
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        print(name, len(text))
