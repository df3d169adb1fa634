"""Case C: 国家税务总局泗县税务局 — 单位 逾期申报 (2019, 2017 行政处罚法). DOCX with Word tables. 加处罚款 over cap; decision before 陈述申辩 period ended."""
from common import OUT, credit_code, ar_date, cn_date, dot_date
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

CASE_ID = "hd46_c_sixian_shuiwu_yuqi_2019"
PARTY = "泗县鑫源建材贸易有限公司"
CC = credit_code("91341324MA2TQ8K56")
ADDR = "安徽省宿州市泗县泗城镇汴河大道东段128号"
AG = "国家税务总局泗县税务局"
NO_NOTICE = "泗税告〔2019〕56号"
NO_DEC = "泗税罚〔2019〕56号"
NO_JC = "泗税加〔2019〕9号"
D = dict(filing="2019-03-11", ask="2019-03-13", report="2019-03-20", notice="2019-03-22", decision="2019-03-25",
         served="2019-03-26", due="2019-04-10", paid="2019-05-30", jc="2019-05-30", close="2019-06-03")
O1, O2 = ("朱海峰", "13413240215"), ("许婷婷", "13413240228")

DOCS = [
    ("立案审批表", [
        ("agency", AG), ("title", "税务行政处罚立案审批表"),
        ("table", [["纳税人名称", PARTY], ["统一社会信用代码", CC], ["地址", ADDR],
                   ["案件来源", "■征管系统监控 □举报 □其他"],
                   ["案由", "未按照规定期限办理2018年第四季度企业所得税纳税申报"],
                   ["承办人", f"{O1[0]}（执法证号：{O1[1]}）、{O2[0]}（执法证号：{O2[1]}）"],
                   ["承办意见", f"建议立案。{O1[0]} {O2[0]} {dot_date(D['filing'])}"],
                   ["负责人审批", f"同意。 吴振东（签名） {dot_date(D['filing'])}"]]),
    ]),
    ("询问笔录", [
        ("title", "询 问 笔 录"),
        ("p", f"时间：{ar_date(D['ask'])}14时30分至15时10分　地点：泗县税务局第一税务分局"),
        ("p", f"询问人：{O1[0]}（执法证号：{O1[1]}）、{O2[0]}（执法证号：{O2[1]}）　记录人：{O2[0]}"),
        ("p", f"被询问人：殷小红，女，{PARTY}财务负责人（持法定代表人授权委托书）"),
        ("p", "问：我们是国家税务总局泗县税务局的执法人员，已向你出示税务检查证。你有申请回避的权利，是否申请回避？"),
        ("p", "答：看到了，不申请回避。"),
        ("p", "问：你公司2018年第四季度企业所得税应在何时申报？实际何时申报？"),
        ("p", "答：应在2019年1月15日前申报，我们会计离职没人交接，一直拖到2月27日才申报的。"),
        ("p", "问：以上记录是否属实？"),
        ("p", "答：属实。"),
        ("p", "以上笔录我已看过，与我说的相符。"),
        ("p", f"被询问人：殷小红（手写）　{ar_date(D['ask'])}　　询问人：{O1[0]}　{O2[0]}"),
    ]),
    ("税务行政处罚事项告知书", [
        ("agency", AG), ("title", "税务行政处罚事项告知书"), ("right", NO_NOTICE),
        ("p", f"{PARTY}："),
        ("p", "　　你单位未按照规定的期限办理2018年第四季度企业所得税纳税申报（应于2019年1月15日前申报，实际于2019年2月27日申报），"
              "违反了《中华人民共和国税收征收管理法》第二十五条第一款的规定。依据《中华人民共和国税收征收管理法》第六十二条的规定，"
              "拟对你单位处罚款1500元。"),
        ("p", "　　根据《中华人民共和国行政处罚法》第三十一条、第三十二条的规定，你单位有陈述、申辩的权利。请在收到本告知书之日起"
              "五个工作日内向本局提出陈述、申辩意见，逾期不提出的，视为放弃陈述、申辩权利。"),
        ("right", f"{AG}（印章）"), ("right", cn_date(D["notice"])),
    ]),
    ("事项告知书送达回证", [
        ("title", "税务文书送达回证"),
        ("table", [["送达文书名称", f"税务行政处罚事项告知书（{NO_NOTICE}）"], ["受送达人", PARTY],
                   ["送达地点", ADDR], ["送达方式", "☑直接送达 □留置送达 □邮寄送达 □电子送达"],
                   ["受送达人签名或盖章", f"殷小红（代收，附授权委托书） {ar_date(D['notice'])}"],
                   ["送达人", f"{O1[0]} {O2[0]}"], ["送达时间", ar_date(D["notice"])]]),
    ]),
    ("税务行政处罚决定书", [
        ("agency", AG), ("title", "税务行政处罚决定书"), ("right", NO_DEC),
        ("p", f"纳税人名称：{PARTY}　　统一社会信用代码：{CC}"),
        ("p", f"地址：{ADDR}"),
        ("p", "　　经查，你单位2018年第四季度企业所得税应于2019年1月15日前申报，实际于2019年2月27日申报，逾期43天。"
              "以上事实有金税三期征管系统申报记录、询问笔录等证据证明。"),
        ("p", "　　你单位的行为违反了《中华人民共和国税收征收管理法》第二十五条第一款的规定。鉴于逾期时间较长，依据《中华人民共和国"
              "税收征收管理法》第六十二条的规定，决定对你单位处罚款1500元（壹仟伍佰元整）。"),
        ("p", "　　限你单位自收到本决定书之日起15日内到国家税务总局泗县税务局办税服务厅或通过电子税务局缴纳入库。到期不缴纳罚款，"
              "依照《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。"),
        ("p", "　　如对本决定不服，可以自收到本决定书之日起六十日内依法向国家税务总局宿州市税务局申请行政复议，或者自收到本决定书之日起"
              "六个月内依法向人民法院起诉。"),
        ("right", f"{AG}（印章）"), ("right", cn_date(D["decision"])),
    ]),
    ("决定书送达回证", [
        ("title", "税务文书送达回证"),
        ("table", [["送达文书名称", f"税务行政处罚决定书（{NO_DEC}）"], ["受送达人", PARTY],
                   ["送达地点", ADDR], ["送达方式", "☑直接送达 □留置送达 □邮寄送达 □电子送达"],
                   ["受送达人签名或盖章", f"殷小红（代收） {ar_date(D['served'])}"],
                   ["送达人", f"{O1[0]} {O2[0]}"], ["送达时间", ar_date(D["served"])]]),
    ]),
    ("加处罚款决定书", [
        ("agency", AG), ("title", "加处罚款决定书"), ("right", NO_JC),
        ("p", f"{PARTY}："),
        ("p", f"　　本局{ar_date(D['decision'])}作出的《税务行政处罚决定书》（{NO_DEC}）已于{ar_date(D['served'])}送达你单位，"
              f"你单位应于{ar_date(D['due'])}前缴纳罚款1500元，至{ar_date(D['paid'])}方缴纳，逾期50日。依据《中华人民共和国行政处罚法》"
              "第五十一条第（一）项的规定，每日按罚款数额的3%加处罚款：1500元×3%×50日=2250元。"),
        ("p", "　　请于收到本决定之日起缴纳加处罚款2250元。"),
        ("right", f"{AG}（印章）"), ("right", cn_date(D["jc"])),
    ]),
    ("缴款凭证", [
        ("title", "中华人民共和国税收缴款书（银行经收专用）"),
        ("table", [["缴款单位", PARTY], ["统一社会信用代码", CC], ["预算科目", "罚没收入—税务部门罚没收入"],
                   ["罚款", "1500.00"], ["加处罚款", "2250.00"], ["合计（小写）", "3750.00"],
                   ["合计（大写）", "叁仟柒佰伍拾元整"], ["缴款日期", dot_date(D["paid"])]]),
    ]),
    ("结案报告", [
        ("title", "结 案 报 告"),
        ("p", f"当事人：{PARTY}　处罚决定：{NO_DEC}，罚款1500元；加处罚款2250元（{NO_JC}）。"),
        ("p", f"执行情况：已于{ar_date(D['paid'])}缴纳3750元。建议结案。承办人：{O1[0]} {O2[0]} {ar_date(D['close'])}"),
        ("p", f"审批：同意结案。吴振东（签名） {ar_date(D['close'])}"),
    ]),
]


def _para(doc, text, align=None, size=11, bold=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if align is not None:
        p.alignment = align
    return p


def _table(doc, rows):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v


def build():
    doc = Document()
    total = len(DOCS) + 1
    ranges = [("卷内目录", 1, 1)] + [(t, i + 2, i + 2) for i, (t, _) in enumerate(DOCS)]
    _para(doc, "卷 内 目 录", WD_ALIGN_PARAGRAPH.CENTER, 16, True)
    _table(doc, [["序号", "文件名称", "页号"]] + [[str(i), t, str(a)] for i, (t, a, b) in enumerate(ranges, 1)])
    _para(doc, f"1/{total}", WD_ALIGN_PARAGRAPH.CENTER, 9)
    for page, (title, items) in enumerate(DOCS, 2):
        doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        for kind, v in items:
            if kind == "agency":
                _para(doc, v, WD_ALIGN_PARAGRAPH.CENTER, 14, True)
            elif kind == "title":
                _para(doc, v, WD_ALIGN_PARAGRAPH.CENTER, 16, True)
            elif kind == "right":
                _para(doc, v, WD_ALIGN_PARAGRAPH.RIGHT)
            elif kind == "table":
                _table(doc, v)
            else:
                _para(doc, v)
        _para(doc, f"{page}/{total}", WD_ALIGN_PARAGRAPH.CENTER, 9)
    doc.save(os.path.join(OUT, CASE_ID + ".docx"))
    return ranges


LABEL = {
    "case_id": CASE_ID,
    "codes": ["EXEC-02", "PROC-05"],
    "notes": "PROC-05：事项告知书2019年3月22日当场送达，给予五个工作日陈述申辩期（至3月29日），决定书却于3月25日作出，当事人未书面放弃。"
             "EXEC-02：加处罚款决定书按3%×50日计算加处罚款2250元，超过罚款本数1500元（加处罚款不得超出罚款数额）；缴款书合计3750元与之一致。"
             "2019年案件适用2017年行政处罚法条文号（第三十一条、第三十二条、第五十一条），不属错误。",
    "encoding": "docx",
    "fields": {
        "agency": AG,
        "party": {"name": PARTY, "kind": "单位", "credit_code": CC, "id_number": None},
        "penalty": {"fine_yuan": 1500, "procedure": "普通"},
        "dates": {"filing": D["filing"], "notice": D["notice"], "decision": D["decision"], "decision_served": D["served"]},
        "citations": [
            {"law": "中华人民共和国税收征收管理法", "article": 25, "paragraph": 1, "item": None, "role": "violated"},
            {"law": "中华人民共和国税收征收管理法", "article": 62, "paragraph": None, "item": None, "role": "penalty"},
        ],
    },
}

if __name__ == "__main__":
    print(build())
