"""hw9_02 — 税务 未按期纳税申报 简易程序 (个人/个体工商户), GB18030 text, 2024. Clean.

Tricky but fine: 当场处罚 after 2024-01-01 tells 复议前置 and names the 上一级税务机关 (税务 is vertically led);
200 元 = the 简易程序 ceiling for a natural person; 首违不罚 already used in 2023, so a fine is proper.
"""
from __future__ import annotations

import datetime as dt

from common import OUT, ar_date, catalogue_rows, cn_date, dot_date, idno, page_ranges, paginate, render_text, uscc

CASE_ID = "hw9_02_逾期申报简易"
AG = "国家税务总局冀北市桑源区税务局"
UP = "国家税务总局冀北市税务局"
NAME = "蒋文华"
IDN = idno("13070219790315261")
CC = uscc("92130702MA0G4R7T1")
D = dict(order=dt.date(2024, 4, 23), order_srv=dt.date(2024, 4, 23), declared=dt.date(2024, 5, 6),
         decision=dt.date(2024, 5, 8), paid=dt.date(2024, 5, 8))
O1, O2 = ("刘建军", "13070200148"), ("王晓彤", "13070200163")
GAI = "冀北桑税责〔2024〕1187号"
JUE = "冀北桑税简罚〔2024〕0326号"


def docs() -> list:
    d = D
    return [
        ("责令限期改正通知书", [
            ("c", AG), ("h", "责令限期改正通知书"), ("r", GAI),
            ("p", f"{NAME}（纳税人识别号：{CC}）："),
            ("p", "你未按照规定期限办理2024年第一季度增值税及附加税费纳税申报（申报期限截止2024年4月18日），违反了《中华人民共和国税收征收管理法》第二十五条第一款的规定。根据《中华人民共和国税收征收管理法》第六十二条的规定，限你于2024年4月30日前到本局办税服务厅或通过电子税务局办理申报。"),
            ("p", "如对本通知不服，可自收到本通知之日起六十日内依法向国家税务总局冀北市税务局申请行政复议。"),
            ("r", f"{AG}（章）"), ("r", cn_date(d["order"])),
        ]),
        ("税务文书送达回证（责令限期改正通知书）", [
            ("h", "税务文书送达回证"),
            ("t", [
                ["送达文书名称", f"责令限期改正通知书（{GAI}）"],
                ["受送达人", NAME],
                ["送达地点", "桑源区槐荫街36号（文华五金店）"],
                ["送达方式", "直接送达"],
                ["受送达人签名", f"{NAME}  {dot_date(d['order_srv'])}"],
                ["送达人", f"{O1[0]}、{O2[0]}"],
                ["填发税务机关", f"{AG}（章）"],
            ]),
        ]),
        ("税务行政处罚决定书（简易）", [
            ("c", AG), ("h", "税务行政处罚决定书（简易）"), ("r", JUE),
            ("t", [
                ["被处罚人名称", f"{NAME}（个体工商户，无字号）", "纳税人识别号", CC],
                ["身份证件号码", IDN, "经营地址", "冀北市桑源区槐荫街36号"],
                ["违法事实", "你未按照规定期限办理2024年第一季度（所属期2024年1月1日至3月31日）增值税及附加税费纳税申报，申报期限截止2024年4月18日，经本局于2024年4月23日责令限期改正后，于2024年5月6日才办理申报。你曾于2023年7月因未按期申报适用首违不罚，本次不属于首次违法。"],
                ["处罚依据", "你的行为违反了《中华人民共和国税收征收管理法》第二十五条第一款的规定，依据《中华人民共和国税收征收管理法》第六十二条的规定，对你处以罚款人民币贰佰元整（¥200.00）。"],
                ["告知情况", "执法人员已当场告知你拟作出行政处罚的事实、理由和依据，以及你依法享有的陈述、申辩权利。你表示无异议，不陈述、不申辩。"],
                ["缴纳方式及期限", "请于收到本决定书之日起十五日内，通过电子税务局、银行端或到本局办税服务厅以POS机刷卡方式缴纳罚款（罚缴分离，由银行收讫）。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"],
                ["救济途径", f"如对本决定不服，应当自收到本决定书之日起六十日内先向{UP}申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼。"],
            ]),
            ("p", f"执法人员：{O1[0]}（执法证号：{O1[1]}）  {O2[0]}（执法证号：{O2[1]}）"),
            ("p", f"处罚地点：{AG}第一办税服务厅        处罚时间：2024年5月8日10时20分"),
            ("p", f"被处罚人签收：（签名）{NAME}  2024年5月8日"),
            ("r", f"{AG}（印章）"), ("r", ar_date(d["decision"])),
            ("p", "本决定书一式两联，第一联交被处罚人，第二联由税务机关存档，并报本局法制股备案。"),
        ]),
        ("电子缴税付款凭证", [
            ("h", "电子缴税付款凭证"),
            ("t", [
                ["转账日期", dot_date(d["paid"]), "凭证字号", "2024050842118376"],
                ["纳税人全称及纳税人识别号", f"{NAME} {CC}", "", ""],
                ["征收机关名称", AG, "收款国库（银行）名称", "国家金库冀北市桑源区支库"],
                ["税（费）种名称", "罚没收入（税务罚款）", "实缴金额", "¥200.00"],
                ["金额合计（大写）", "贰佰元整", "", ""],
            ]),
            ("r", "（银行业务专用章）"),
        ]),
        ("当场处罚备案登记", [
            ("h", "简易程序行政处罚备案登记表"),
            ("t", [
                ["决定书文号", JUE],
                ["被处罚人", NAME],
                ["处罚内容", "罚款200元"],
                ["执行情况", f"已于{ar_date(d['paid'])}缴清"],
                ["备案日期", dot_date(dt.date(2024, 5, 10))],
                ["法制股审核", "已备案。（签名）赵卫东  2024.5.10"],
            ]),
        ]),
    ]


def build() -> None:
    paged = paginate(docs(), per_page=42)
    ranges = page_ranges(paged)
    n = ranges[-1][2]
    cat = [("h", "卷内文件目录"), ("p", f"案卷题名：{NAME}未按期申报纳税简易处罚案    保管期限：30年"),
           ("t", [["序号", "文件名称", "页号"]] + catalogue_rows(ranges))]
    parts = [render_text(cat, "box")]
    i = 0
    for _, pages in paged:
        for p in pages:
            i += 1
            parts.append(render_text(p, "colon") + "\n\n" + " " * 76 + f"{i}/{n}")
    text = "\n\n\n".join(parts) + "\n"
    (OUT / f"{CASE_ID}.txt").write_bytes(text.encode("gb18030"))


LABEL = {
    "case_id": CASE_ID,
    "codes": [],
    "notes": "干净案卷（简易程序）。罚款200元等于个人简易程序上限，不超限；2024年当场处罚决定书告知复议前置且复议机关为上一级税务机关（税务垂直领导，行政复议法2023第二十七条），正确；"
             "首违不罚已于2023年适用过，本次处罚有理由说明；两名执法人员均有证号；当场交付并签收；罚缴分离以银行凭证为据；无立案与事先告知书属简易程序正常情形（当场口头告知并记载）。",
    "encoding": "gb18030",
    "fields": {
        "agency": AG,
        "party": {"name": NAME, "kind": "个人", "credit_code": CC, "id_number": IDN},
        "penalty": {"fine_yuan": 200, "procedure": "简易"},
        "dates": {"filing": None, "notice": None, "decision": D["decision"].isoformat(),
                  "decision_served": D["decision"].isoformat()},
        "citations": [
            {"law": "中华人民共和国税收征收管理法", "article": 25, "paragraph": 1, "item": None, "role": "violated"},
            {"law": "中华人民共和国税收征收管理法", "article": 62, "paragraph": None, "item": None, "role": "penalty"},
        ],
    },
}

if __name__ == "__main__":
    build()


def extra_checks() -> list:
    from common import idno_ok, uscc_ok

    return [("ID valid", idno_ok(IDN)), ("USCC valid", uscc_ok(CC)), ("简易 fine ≤200 for a person", True),
            ("paid same day as decision", D["paid"] == D["decision"])]


OUTPUTS = [f"{CASE_ID}.txt"]
