"""Write the decisions15 corpus: 24 invented 行政处罚 decisions and labels.jsonl.

Run from anywhere: python3 build.py. Output goes to the folder above this script.
Everything here is invented (parties, people, 文号, amounts); agencies use real place names.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from codes import make_cc, make_id, make_regno, org_check  # noqa: E402
from cases_a import CASES_A  # noqa: E402
from cases_b import CASES_B  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def org(body8):
    return body8 + "-" + org_check(body8)


def mask(full, style):
    """Mask a 身份证号 the way agencies publish it."""
    if style == "a":
        return full[:4] + "*" * 10 + full[14:]
    if style == "b":
        return full[:6] + "********" + full[14:]
    if style == "c":
        return full[:3] + "*" * 11 + full[14:]
    return full[:6] + "*" * 12


CODES = {
    "CC01": make_cc("92", "330105", "MA2KD7P4"),
    "CC03G": make_cc("11", "330502", "00260000"),
    "CC05A": make_cc("91", "370102", "MA3C8F2N"),
    "CC05B": make_cc("92", "370102", "MA3DLX07"),
    "CC05C": make_cc("91", "370102", "26418835"),
    "CC05G": make_cc("11", "370102", "MB152037"),
    "CC06": make_cc("91", "320509", "MA1NX4TQ"),
    "CC07": make_cc("91", "440605", "MA4UJ2R8"),
    "REG09": make_regno("34152200001234"),
    "ORG09": org("68497325"),
    "CC10": make_cc("91", "610113", "MA6W5K3B"),
    "CC11": make_cc("92", "370783", "MA3NH6L2"),
    "CC14": make_cc("91", "440106", "MA59C2QK"),
    "CC15": make_cc("91", "120116", "MA07FPB3"),
    "CC16": make_cc("91", "330302", "MA2HU5D1"),
    "CC18": make_cc("92", "511623", "MA6B8K4C"),
    "CC19": make_cc("91", "320583", "MA1P7RW6"),
    "CC20": make_cc("91", "530102", "MA6K3FX9"),
    "CC22": make_cc("91", "410105", "MA9F2C6E"),
    "CC22G": make_cc("11", "410105", "MB1D4427"),
    "REG23": make_regno("13100000004567"),
    "ORG23": org("76983204"),
    "CC24A": make_cc("91", "420500", "MA49K7E5"),
    "CC24B": make_cc("91", "420582", "79326115"),
    "CC24C": make_cc("92", "420502", "MA4B1NQ8"),
    "CC13": make_cc("92", "430203", "MA4T6WJ1"),
    "ID01": mask(make_id("330105", "19780312", "231"), "a"),
    "ID02": mask(make_id("510104", "19900721", "457"), "b"),
    "ID03": mask(make_id("330502", "19691102", "318"), "a"),
    "ID04": mask(make_id("110105", "19860519", "772"), "c"),
    "ID05": mask(make_id("370102", "19810226", "165"), "d"),
    "ID07": mask(make_id("440682", "19750930", "051"), "b"),
    "ID08": mask(make_id("130602", "19920108", "219"), "a"),
    "ID10": mask(make_id("610103", "19800214", "033"), "b"),
    "ID11": mask(make_id("370783", "19830625", "442"), "a"),
    "ID12": mask(make_id("450103", "19651209", "136"), "c"),
    "ID17": mask(make_id("350783", "19710416", "519"), "b"),
    "ID18": mask(make_id("511623", "19881003", "628"), "a"),
    "ID21": mask(make_id("411526", "19760822", "335"), "b"),
}


def render(case):
    text = case["text"].format(**CODES)
    label = json.loads(json.dumps(case["label"]).replace("{{", "{").replace("}}", "}"))
    if isinstance(label.get("credit_code"), str) and label["credit_code"].startswith("$"):
        label["credit_code"] = CODES[label["credit_code"][1:]]
    head = (
        f"source: {case['source']}\n"
        f"domain: {case['domain']}\n"
        f"doc_type: {label['doc_type']}\n"
        "---\n"
    )
    return head + text.strip("\n") + "\n", label


KEYS = [
    "file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
    "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
    "notes", "defects_observed",
]


def main():
    cases = CASES_A + CASES_B
    assert len(cases) == 24, len(cases)
    labels = []
    for case in cases:
        body, label = render(case)
        label["file"] = case["file"]
        ordered = {k: label.get(k) for k in KEYS}
        for extra in ("procedure",):
            if extra in label:
                ordered[extra] = label[extra]
        if ordered["defects_observed"] is None:
            ordered["defects_observed"] = []
        with open(os.path.join(OUT, case["file"]), "w", encoding="utf-8") as fh:
            fh.write(body)
        labels.append(ordered)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} files and labels.jsonl")


if __name__ == "__main__":
    main()
