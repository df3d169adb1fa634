"""hw9_05 — 街道综合行政执法 餐饮油烟超标排放 减轻处罚 (个人), DOCX with Word tables, 2022.

Planted: PROC-05 (告知书 served 2022-06-08 gives 五个工作日 to 陈述申辩; with 端午 2022-06-03 not in the window the
period ends 2022-06-15, but the decision is dated 2022-06-13 and there is no waiver),
DOC-06 (决定书 writes the party's 身份证号 with two digits transposed — fails the GB 11643 check and differs
from the other documents).
"""
from __future__ import annotations

import datetime as dt

from common import OUT, add_workdays, ar_date, cn_date, dot_date, idno, idno_ok

CASE_ID = "hw9_05_油烟减轻处罚"
AG = "淮川市临河区柳湾街道办事处"
NAME = "许明辉"
IDN = idno("34010419810723215")
BAD = IDN[:14] + IDN[15] + IDN[14] + IDN[16:]  # transposed 15th/16th digits
SHOP = "临河区老灶台烧烤店"
CC = None
D = dict(insp=dt.date(2022, 5, 18), filing=dt.date(2022, 5, 20), report=dt.date(2022, 5, 24), ask=dt.date(2022, 5, 25),
         order=dt.date(2022, 5, 26), retest=dt.date(2022, 6, 1), end=dt.date(2022, 6, 6), notice=dt.date(2022, 6, 8),
         decision=dt.date(2022, 6, 13), served=dt.date(2022, 6, 14), paid=dt.date(2022, 6, 20), close=dt.date(2022, 6, 24))
O1, O2 = ("汪海涛", "皖执3401042019087"), ("程丽", "皖执3401042019093")
GAO = "柳街执罚告〔2022〕015号"
JUE = "柳街执罚决〔2022〕015号"
ADDR = "淮川市临河区柳湾路66号"
VIOL = "违反了《中华人民共和国大气污染防治法》第八十一条第一款的规定"


def docs() -> list:
    d = D
    return [
        ("立案审批表", [
            ("c", AG), ("h", "立案审批表"), ("r", "柳街执立〔2022〕015号"),
            ("t", [
                ["案件来源", "12345热线投诉转办（工单号2205170388）"],
                ["当事人", f"{NAME}（个体工商户{SHOP}经营者）"],
                ["身份证号", IDN], ["经营地址", ADDR],
                ["案情摘要", "2022年5月18日检查发现，当事人经营的烧烤店排放油烟未经净化设施处理，经采样监测油烟排放浓度超标，涉嫌违反《中华人民共和国大气污染防治法》第八十一条第一款。"],
                ["承办人意见", f"建议立案。{O1[0]}、{O2[0]}  2022年5月20日"],
                ["负责人意见", "同意立案。（签名）方志诚  2022年5月20日"],
            ]),
        ]),
        ("现场检查笔录", [
            ("h", "现场检查（勘验）笔录"),
            ("t", [
                ["检查时间", "2022年5月18日19时10分至19时50分", "检查地点", ADDR],
                ["执法人员", f"{O1[0]}（{O1[1]}）", "执法人员", f"{O2[0]}（{O2[1]}）"],
                ["当事人", NAME, "身份证号", IDN],
            ]),
            ("p", "执法人员向当事人出示执法证件，说明来意，告知其有申请回避的权利。经检查：该店后厨设炭烤炉2台、炒灶1台，排烟管道直接通往后墙外，未安装油烟净化设施。淮川市华清环境检测有限公司现场对排放口采样3次。"),
            ("p", "当事人意见：属实，马上装净化器。（签名）许明辉"),
            ("p", f"执法人员签名：{O1[0]}  {O2[0]}    2022年5月18日"),
        ]),
        ("检测报告（摘要）", [
            ("c", "淮川市华清环境检测有限公司"), ("h", "检测报告"), ("r", "华清检字（2022）第0517号"),
            ("t", [
                ["委托单位", AG], ["受检单位", SHOP], ["采样日期", "2022年5月18日"],
                ["检测结果", "饮食业油烟排放浓度（折算）3.6 mg/m³，标准限值2.0 mg/m³（GB 18483-2001），超标0.8倍。"],
                ["签发日期", "2022年5月24日"],
            ]),
            ("r", "（检验检测专用章）"),
        ]),
        ("询问笔录", [
            ("h", "询问笔录"),
            ("p", "询问时间：2022年5月25日9时00分至9时40分  询问地点：柳湾街道综合行政执法队办公室"),
            ("p", f"询问人：{O1[0]}（执法证号{O1[1]}） 记录人：{O2[0]}（执法证号{O2[1]}）"),
            ("p", f"被询问人：{NAME}  性别：男  身份证号：{IDN}  住址：{ADDR}"),
            ("p", "问：我们是柳湾街道办事处综合行政执法人员，已出示执法证件，你是否申请回避？答：不申请。"),
            ("p", "问：你的店什么时候开始营业？有没有安装油烟净化设施？答：去年10月开业，一直没有装净化器。"),
            ("p", "问：检测报告显示你店油烟排放浓度3.6 mg/m³，超过标准，你有什么意见？答：没有意见，我已经订了净化器，这几天就装。"),
            ("p", "以上笔录我看过，记录属实。（签名）许明辉  2022.5.25"),
        ]),
        ("责令改正通知书", [
            ("c", AG), ("h", "责令（限期）改正通知书"), ("r", "柳街执改〔2022〕015号"),
            ("p", f"{NAME}："),
            ("p", f"你经营的{SHOP}未安装油烟净化设施，超过排放标准排放油烟，{VIOL}。现责令你于2022年6月5日前安装油烟净化设施并保持正常使用，使油烟达标排放。"),
            ("r", f"{AG}（印章）"), ("r", cn_date(d["order"])),
            ("p", "当事人签收：许明辉  2022.5.26"),
        ]),
        ("复查记录", [
            ("h", "复查记录"),
            ("p", f"2022年6月1日，执法人员{O1[0]}（{O1[1]}）、{O2[0]}（{O2[1]}）出示证件后对{SHOP}复查：当事人已于5月30日自行安装静电式油烟净化器一台并正常运行，经淮川市华清环境检测有限公司复测，油烟排放浓度1.1 mg/m³，达标。当事人签名：许明辉  执法人员：{O1[0]} {O2[0]}"),
        ]),
        ("案件调查终结报告", [
            ("c", AG), ("h", "案件调查终结报告"),
            ("p", f"当事人{NAME}经营的{SHOP}自2021年10月开业至2022年5月30日未安装油烟净化设施，2022年5月18日经采样监测油烟排放浓度3.6 mg/m³，超过GB 18483-2001标准限值。当事人的行为{VIOL}，依据第一百一十八条第一款应处五千元以上五万元以下罚款。"),
            ("p", "当事人在责令改正期限前主动安装净化设施，复测达标，属《中华人民共和国行政处罚法》第三十二条第（一）项主动减轻违法行为危害后果的情形，应当依法减轻处罚，建议罚款人民币2000元。"),
            ("p", f"承办人：{O1[0]}、{O2[0]}  2022年6月6日    负责人意见：同意。方志诚  2022年6月6日"),
        ]),
        ("行政处罚事先告知书", [
            ("c", AG), ("h", "行政处罚事先告知书"), ("r", GAO),
            ("p", f"{NAME}："),
            ("p", f"经查，你经营的{SHOP}未安装油烟净化设施，超过排放标准排放油烟（2022年5月18日监测浓度3.6 mg/m³），{VIOL}。鉴于你已主动安装净化设施并达标排放，依据《中华人民共和国大气污染防治法》第一百一十八条第一款、《中华人民共和国行政处罚法》第三十二条第（一）项的规定，本机关拟对你减轻处罚，处罚款人民币贰仟元整。"),
            ("p", "依据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你可以在收到本告知书之日起五个工作日内提出陈述、申辩。逾期未提出的，视为放弃此权利。"),
            ("r", f"{AG}（公章）"), ("r", cn_date(d["notice"])),
        ]),
        ("送达回证（告知书）", [
            ("h", "送达回证"),
            ("t", [
                ["送达文书", f"行政处罚事先告知书（{GAO}）"], ["受送达人", NAME],
                ["送达地点", ADDR], ["送达方式", "直接送达"],
                ["收件人签名", f"许明辉  {dot_date(d['notice'])}"], ["送达人", f"{O1[0]}、{O2[0]}"],
            ]),
        ]),
        ("行政处罚决定书", [
            ("c", AG), ("h", "行政处罚决定书"), ("r", JUE),
            ("p", f"当事人：{NAME}，男，公民身份号码{BAD}，个体工商户{SHOP}经营者，经营地址{ADDR}。"),
            ("p", f"经查，你经营的{SHOP}自2021年10月开业起未安装油烟净化设施，2022年5月18日经淮川市华清环境检测有限公司采样监测，油烟排放浓度3.6 mg/m³，超过《饮食业油烟排放标准》（GB 18483-2001）2.0 mg/m³的限值。以上事实有现场检查笔录、检测报告、询问笔录、复查记录及照片等证据证明。"),
            ("p", f"你的行为{VIOL}。你于责令改正期限内主动安装油烟净化设施，经复测达标排放，具有《中华人民共和国行政处罚法》第三十二条第（一）项规定的情形。依据《中华人民共和国大气污染防治法》第一百一十八条第一款的规定，本机关决定对你减轻处罚，处罚款人民币贰仟元整（¥2000.00）。"),
            ("p", "请自收到本决定书之日起十五日内到临河区农村商业银行各网点缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"),
            ("p", "如不服本决定，可以在收到本决定书之日起六十日内向淮川市临河区人民政府申请行政复议，或者在六个月内向临河区人民法院提起行政诉讼。"),
            ("r", f"{AG}（公章）"), ("r", cn_date(d["decision"])),
        ]),
        ("送达回证（决定书）", [
            ("h", "送达回证"),
            ("t", [
                ["送达文书", f"行政处罚决定书（{JUE}）"], ["受送达人", NAME],
                ["送达地点", ADDR], ["送达方式", "直接送达"],
                ["收件人签名", f"许明辉  {dot_date(d['served'])}"], ["送达人", f"{O1[0]}、{O2[0]}"],
            ]),
        ]),
        ("缴款凭证及结案审批表", [
            ("h", "安徽省非税收入一般缴款书"),
            ("t", [["缴款人", NAME, "金额", "2000.00（贰仟元整）"], ["执收单位", AG, "缴款日期", dot_date(d["paid"])]]),
            ("h", "结案审批表"),
            ("t", [["处罚决定", f"{JUE}，罚款2000元"], ["执行情况", "已于2022年6月20日全额缴纳"],
                   ["承办人意见", f"建议结案。{O1[0]} {O2[0]} 2022.6.24"], ["审批意见", "同意。方志诚 2022.6.24"]]),
        ]),
    ]


def build() -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = dt.datetime(2022, 6, 24, 9, 0, 0)
    cp.modified = dt.datetime(2022, 6, 24, 9, 0, 0)
    cp.revision = 1
    items = docs()
    # 卷内文件目录 (no page column: this volume is bound by 件)
    doc.add_paragraph("卷内文件目录").alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["件号", "文件名称", "备注"]):
        c.text = v
    for i, (title, _) in enumerate(items, 1):
        row = t.add_row().cells
        row[0].text, row[1].text, row[2].text = str(i), title, ""
    for title, blocks in items:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for kind, val in blocks:
            if kind == "h":
                p = doc.add_paragraph()
                r = p.add_run(" ".join(val) if len(val) <= 10 else val)
                r.bold = True
                r.font.size = Pt(18)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind == "c":
                p = doc.add_paragraph(val)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind == "r":
                p = doc.add_paragraph(val)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif kind == "p":
                p = doc.add_paragraph(val)
                p.paragraph_format.first_line_indent = Pt(22)
            elif kind == "t":
                ncol = max(len(r) for r in val)
                tb = doc.add_table(rows=0, cols=ncol)
                tb.style = "Table Grid"
                for r in val:
                    cells = tb.add_row().cells
                    if len(r) < ncol:
                        cells[1].merge(cells[ncol - 1])
                    for c, v in zip(cells, r):
                        c.text = v
    doc.save(OUT / f"{CASE_ID}.docx")


def extra_checks() -> list:
    return [
        ("correct ID valid, decision ID invalid", idno_ok(IDN) and not idno_ok(BAD)),
        ("陈述申辩 period (5 wd from 6-08) ends 6-15", add_workdays(D["notice"], 5) == dt.date(2022, 6, 15)),
        ("decision before period end (PROC-05)", D["decision"] < add_workdays(D["notice"], 5)),
        ("fine 2000 below 5000 minimum with 减轻 ground", 2000 < 5000),
    ]


OUTPUTS = [f"{CASE_ID}.docx"]

LABEL = {
    "case_id": CASE_ID,
    "codes": ["DOC-06", "PROC-05"],
    "notes": f"PROC-05：事先告知书（{GAO}）2022年6月8日直接送达，告知五个工作日内陈述申辩，期限至2022年6月15日届满，决定书落款2022年6月13日，当事人未书面放弃。"
             f"DOC-06：决定书中当事人公民身份号码写作{BAD}（第15、16位颠倒，校验位不符），与立案审批表、现场笔录、询问笔录中的{IDN}不一致。"
             "其他：罚款2000元低于第一百一十八条第一款最低额5000元，但决定书写明行政处罚法第三十二条第（一）项减轻情节（主动安装净化器复测达标），不属LAW-05；街道办事处经赋权以自身名义作出决定；个人2000元不属听证范围。",
    "encoding": None,
    "fields": {
        "agency": AG,
        "party": {"name": NAME, "kind": "个人", "credit_code": None, "id_number": IDN},
        "penalty": {"fine_yuan": 2000, "procedure": "普通"},
        "dates": {"filing": D["filing"].isoformat(), "notice": D["notice"].isoformat(),
                  "decision": D["decision"].isoformat(), "decision_served": D["served"].isoformat()},
        "citations": [
            {"law": "中华人民共和国大气污染防治法", "article": 81, "paragraph": 1, "item": None, "role": "violated"},
            {"law": "中华人民共和国大气污染防治法", "article": 118, "paragraph": 1, "item": None, "role": "penalty"},
        ],
    },
}

if __name__ == "__main__":
    build()
