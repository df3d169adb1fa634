"""Writes ../labels.jsonl from the hand-written label records below (one per case)."""
import json
import os

from common import OUT, idn, ucc

LAW = {
    "城乡规划法": "中华人民共和国城乡规划法",
}


def cit(law, art, para=None, item=None, role="violated"):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


LABELS = []

# ---- hx16_04 ----
LABELS.append({
    "case_id": "hx16_04_赛罕城管规划违建",
    "codes": ["ARCH-01", "PROC-05"],
    "notes": ("PROC-05：事先告知书（赛城执罚告字〔2019〕第0113号）2019年8月12日直接送达，告知三日内可陈述申辩、要求听证（期限至8月15日），"
              "但处罚决定审批表和决定书均为2019年8月13日，当事人未书面放弃；审批表却写“未提出陈述、申辩”。"
              "ARCH-01：卷内目录按询问笔录2页编制（4-5），实际询问笔录为第4-6页，其后各文件页号均比实际少1页，目录称“本卷共15页”，实际16页（页脚“共16页”）。"
              "其余：2019年案件适用2017年行政处罚法编号（第三十一、三十二、四十二条）正确；罚款为工程造价86000元的5%=4300元，处于法定幅度下限并说明了理由；"
              "现场检查先于立案属正常发现违法。"),
    "encoding": "utf-8",
    "fields": {
        "agency": "呼和浩特市赛罕区城市管理综合执法局",
        "party": {"name": "郭振林", "kind": "个人", "credit_code": None, "id_number": idn("15010519710412031")},
        "penalty": {"fine_yuan": 4300, "procedure": "普通"},
        "dates": {"filing": "2019-07-22", "notice": "2019-08-12", "decision": "2019-08-13", "decision_served": "2019-08-14"},
        "citations": [cit(LAW["城乡规划法"], 40, 1, None, "violated"), cit(LAW["城乡规划法"], 64, None, None, "penalty")],
    },
})

if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in LABELS:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
