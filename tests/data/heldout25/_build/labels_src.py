"""Writes ../labels.jsonl from the hand-kept labels below (one entry per case)."""
import json
import os

from common import OUT, id_number, credit_code

L = []


def case(case_id, codes, notes, encoding, agency, party, fine, procedure, dates, citations):
    L.append({"case_id": case_id, "codes": sorted(codes), "notes": notes, "encoding": encoding,
              "fields": {"agency": agency, "party": party,
                         "penalty": {"fine_yuan": fine, "procedure": procedure},
                         "dates": dates, "citations": citations}})


def cit(law, article, paragraph=None, item=None, role="violated"):
    return {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}


DQ = "中华人民共和国大气污染防治法"

case("w27_03_ctjd_lutian_shaokao", ["PROC-10"],
     "扫描件（4页+目录）。PROC-10：当场行政处罚决定书（澄综执当罚〔2024〕0317号）适用简易程序对个人吴建伟罚款500元（超过个人200元上限），"
     "并当场没收烧烤炉具（警告、罚款以外的处罚种类）。其余要素齐全：两名执法人员及证号、复议前置告知（2024年后）、缴款回单、备案表。",
     "binary/pdf-scanned", "临江市钱湾区澄塘街道办事处",
     {"name": "吴建伟", "kind": "个人", "credit_code": None, "id_number": id_number("34032119900815351")},
     500, "简易",
     {"filing": None, "notice": None, "decision": "2024-07-12", "decision_served": "2024-07-12"},
     [cit(DQ, 81, 3, None, "violated"), cit(DQ, 118, 3, None, "penalty")])

import c2_mingma as _c2
case(_c2.CASE_ID, ["DOC-06", "SERV-02"],
     "UTF-8文本，换页符分页。首违不罚案，出具不予行政处罚决定书（罚款0）。DOC-06：询问笔录（第3页）所载顾春梅身份证号第15、16位互换，"
     "与立案审批表、决定书不一致且校验位不符。SERV-02：不予行政处罚决定书的送达回证（第10页）签收时间空白、受送达人签收栏空白（电子送达无回执记录）。"
     "告知书送达2022-06-16，五个工作日陈述申辩期至6-23届满，决定6-27作出，不属于PROC-05。引用《行政处罚法》第三十三条属程序性依据，不标注。",
     "utf-8", _c2.AG,
     {"name": _c2.SHOP, "kind": "个人", "credit_code": _c2.CC, "id_number": _c2.PID},
     0, "普通",
     {"filing": "2022-06-09", "notice": "2022-06-16", "decision": "2022-06-27", "decision_served": None},
     [cit("中华人民共和国价格法", 13, 1, None, "violated"), cit("明码标价和禁止价格欺诈规定", 5, 1, None, "violated"),
      cit("中华人民共和国价格法", 42, None, None, "penalty")])

if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in L:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(L), "labels")
