"""The list of case modules, in corpus order."""

import importlib

MODULES = [
    "c03_yingji",
    "c01_shuiwu",
    "c04_weijian",
    "c02_wenlv",
    "c05_guifei",
    "c06_jiaotong",
    "c07_zhujian",
    "c08_jiage",
    "c09_nongye",
    "c10_xiangzhen",
    "c11_renshe",
    "c12_linye",
    "c13_tezhong",
    "c14_xiaofang",
]


def load() -> list:
    return [importlib.import_module(m) for m in MODULES]
