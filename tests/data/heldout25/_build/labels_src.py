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

if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in L:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(L), "labels")
