"""Facts check.py needs beyond labels.jsonl: when the 事先告知书 was served, the 陈述申辩 period it
states (counted here in working days, the stricter reading for the 2017 law's 三日), and whether the
party waived it in writing."""
from common import add_workdays

_RAW = {
    "hz01_宁岗县卫健委_非医师行医_2019": ("2019-05-08", 3, True),
    "hz03_松岭市卫健委_职业健康检查_听证_2022": ("2022-04-22", 5, False),
    "hz04_榆川市医保局_虚构诊疗项目骗保_2024": ("2024-06-20", 5, False),
    "hz05_鹤原县卫健局_医疗废物_加处罚款_2020": ("2020-09-25", 3, False),
    "hz06_汝安县卫健委_口腔诊所消毒_不予处罚_2025": ("2025-04-03", 5, False),
    "hz07_固城县卫计局_使用非卫生技术人员_扫描件_2018": ("2018-07-02", 3, False),
}

EXTRA = {k: {"notice_served": s, "period_end": add_workdays(s, n).isoformat(), "waived": w}
         for k, (s, n, w) in _RAW.items()}
