"""The list of case modules, in corpus order."""
import importlib

MODULES = [
    "case_zj_jiaxing_scjg_2022",
    "case_js_suzhou_sthj_2023",
    "case_sd_weifang_yjgl_2019",
    "case_gd_dongguan_jtys_2024",
    "case_hb_wuhan_xf_2021",
    "case_sc_leshan_wh_2020",
    "case_hn_changde_zj_2018",
    "case_ha_luoyang_cg_2025",
]


def load(only=None):
    mods = []
    for name in MODULES:
        if only and name not in only:
            continue
        try:
            mods.append(importlib.import_module(name))
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
    return mods
