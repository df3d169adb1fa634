"""hd13_04: 市场监管 未明码标价 首违不罚（不予行政处罚）. Defects EVID-01 (询问笔录未记载出示证件/告知回避), SERV-02 + DOC-04 (决定书送达回证无受送达人签名). DOCX."""
import datetime as dt
from common import *

CASE = "hd13_04_明码标价首违不罚"
AG = "株洲市荷塘区市场监督管理局"
PARTY = "株洲悦尚百货有限公司"
CC = credit_code("91430202MA4RC8N5P")
LR = "罗春兰"
LR_ID = id_number("43020219880923102")
O1, O1C = "易志刚", "43020021106"
O2, O2C = "谭慧", "43020021127"
D = dict(inspect=dt.date(2022, 10, 11), filing=dt.date(2022, 10, 12), ask=dt.date(2022, 10, 14),
         report=dt.date(2022, 10, 24), notice=dt.date(2022, 10, 26), decision=dt.date(2022, 11, 7),
         served=dt.date(2022, 11, 8), closing=dt.date(2022, 11, 15))
NOTICE_NO = "株荷市监不罚告〔2022〕6号"
DEC_NO = "株荷市监不罚〔2022〕6号"

# each document: list of blocks: ("c", text) centred title, ("r", text) right, ("p", text), ("t", rows)
docs = [
    ("立案审批表", [("c", "株洲市荷塘区市场监督管理局"), ("c", "立案（不予立案）审批表"), ("r", "株荷市监立〔2022〕88号"),
                ("t", [["案件来源", "日常监督检查", "登记时间", "2022年10月11日"],
                       ["当事人", PARTY, "统一社会信用代码", CC],
                       ["法定代表人", LR, "联系电话", "0731-2866****"],
                       ["住所", "株洲市荷塘区新华东路316号", "", ""],
                       ["案情摘要", "2022年10月11日检查发现当事人超市生鲜区12种商品未标明价格，涉嫌违反明码标价规定。", "", ""],
                       ["承办人意见", f"建议立案。{O1}（{O1C}）  {O2}（{O2C}）  2022.10.12", "", ""],
                       ["审核人意见", "同意立案。审核人：钟立新  2022.10.12", "", ""],
                       ["批准人意见", "同意。批准人：彭卫华  2022.10.12", "", ""]])]),
    ("现场检查笔录", [("c", "现场检查笔录"),
                ("p", f"检查时间：2022年10月11日15时30分至16时10分    检查地点：株洲市荷塘区新华东路316号{PARTY}超市"),
                ("p", f"检查人员：{O1}（执法证号：{O1C}）、{O2}（执法证号：{O2C}）  当事人现场负责人：门店店长 黄莉"),
                ("p", "执法人员向店长黄莉出示执法证件，告知其有申请回避的权利，黄莉表示不申请回避。检查全程执法记录仪录像。"),
                ("p", "检查情况：超市生鲜区货架上苹果（红富士）、香蕉、砂糖橘、车厘子、西兰花、西红柿、土豆、胡萝卜、鸡蛋（散装）、猪五花肉、鲜牛肉、鲈鱼共12种商品未放置价签，收银时按系统价格结算。现场示意图：入口向左为生鲜区，上述商品位于第1至第3排货架及鲜肉柜台。"),
                ("p", "当场责令立即补标价签，16时05分当事人已补齐。"),
                ("p", "以上笔录我看过，情况属实。  当事人签名：黄莉  2022年10月11日"),
                ("p", f"检查人员签名：{O1}  {O2}")]),
    ("询问笔录", [("c", "询问笔录"), ("r", "第1页 共1页"),
              ("p", "询问时间：2022年10月14日10时00分至10时35分    询问地点：荷塘区市场监管局新华所"),
              ("p", f"询问人：{O1}（执法证号：{O1C}）  记录人：{O2}（执法证号：{O2C}）"),
              ("p", f"被询问人：{LR}  性别：女  身份证号：{LR_ID}  职务：{PARTY}法定代表人"),
              ("p", "问：你公司生鲜区12种商品为什么没有标价？"),
              ("p", "答：10月10日晚上换新货架，价签还没来得及打印，系统里都有价格，收银按系统价收的，没有多收。"),
              ("p", "问：以前有没有因为明码标价被处罚过？"),
              ("p", "答：没有，这是第一次。第二天你们检查时当场就补齐了。"),
              ("p", "问：这两天销售这12种商品有没有价格投诉？"),
              ("p", "答：没有，收银小票可以查。"),
              ("p", "以上笔录我看过，与我说的相符。"),
              ("p", f"被询问人签名：{LR}  2022年10月14日        询问人签名：{O1}  记录人签名：{O2}")]),
    ("案件调查终结报告", [("c", "案件调查终结报告"),
                  ("p", f"当事人{PARTY}于2022年10月10日至11日，在其超市生鲜区销售苹果等12种商品未标明价格，违反了《中华人民共和国价格法》第十三条第一款、《明码标价和禁止价格欺诈规定》第五条的规定。经核查收银记录，未发现价外加价，没有违法所得。当事人系初次违法，检查当日即改正，未造成危害后果，属于《湖南省市场监管领域轻微违法行为不予处罚清单》第15项“经营者未按规定明码标价，首次被发现且在责令改正期限内改正”的情形。"),
                  ("p", "建议：依据《中华人民共和国行政处罚法》第三十三条第一款，不予行政处罚。"),
                  ("p", f"承办人：{O1}  {O2}    2022年10月24日")]),
    ("不予行政处罚告知书", [("p", AG), ("c", "不予行政处罚告知书"), ("r", NOTICE_NO),
                   ("p", f"{PARTY}："),
                   ("p", "经调查，你公司于2022年10月10日至11日在生鲜区销售12种商品未标明价格，违反了《中华人民共和国价格法》第十三条第一款的规定。鉴于你公司系初次违法，危害后果轻微并及时改正，本局拟依据《中华人民共和国行政处罚法》第三十三条第一款的规定，对你公司不予行政处罚。"),
                   ("p", "你公司如有陈述、申辩意见，可在收到本告知书之日起五个工作日内提出。"),
                   ("r", f"{AG}（印章）"), ("r", "2022年10月26日")]),
    ("送达回证", [("c", "送 达 回 证"),
              ("t", [["送达文书名称及文号", f"不予行政处罚告知书 {NOTICE_NO}"], ["受送达人", PARTY],
                     ["送达地点", "株洲市荷塘区新华东路316号"], ["送达方式", "直接送达"],
                     ["受送达人签名及日期", f"{LR}  2022.10.26"], ["送达人", f"{O1}  {O2}"]])]),
    ("不予行政处罚决定书", [("p", AG), ("c", "不予行政处罚决定书"), ("r", DEC_NO),
                   ("p", f"当事人：{PARTY}"), ("p", f"统一社会信用代码：{CC}"),
                   ("p", f"住所：株洲市荷塘区新华东路316号    法定代表人：{LR}"),
                   ("p", "2022年10月11日，本局执法人员检查发现，当事人于2022年10月10日至11日在其超市生鲜区销售苹果、香蕉等12种商品未标明价格。经查，当事人按系统价格结算，未发现多收价款，没有违法所得；检查当日即补齐价签。上述事实有现场检查笔录、询问笔录、收银记录、现场照片等证据证明。"),
                   ("p", "本局认为，当事人的行为违反了《中华人民共和国价格法》第十三条第一款和《明码标价和禁止价格欺诈规定》第五条的规定，依照《中华人民共和国价格法》第四十二条应予处罚。鉴于当事人系初次违法，危害后果轻微并及时改正，符合《湖南省市场监管领域轻微违法行为不予处罚清单》第15项，依据《中华人民共和国行政处罚法》第三十三条第一款，决定对当事人不予行政处罚。本局已对当事人进行批评教育。"),
                   ("p", "当事人在法定期限内未提出陈述申辩意见。"),
                   ("p", "如不服本决定，可以在收到本决定书之日起六十日内向株洲市荷塘区人民政府申请行政复议，也可以在六个月内向株洲市荷塘区人民法院提起行政诉讼。"),
                   ("r", f"{AG}（印章）"), ("r", "2022年11月7日")]),
    ("送达回证", [("c", "送 达 回 证"),
              ("t", [["送达文书名称及文号", f"不予行政处罚决定书 {DEC_NO}"], ["受送达人", PARTY],
                     ["送达地点", "株洲市荷塘区新华东路316号"], ["送达方式", "直接送达"],
                     ["受送达人签名及日期", "          2022.11.8"], ["送达人", f"{O1}  {O2}"],
                     ["备注", ""]])]),
    ("结案审批表", [("c", "结 案 审 批 表"),
               ("t", [["案件名称", f"{PARTY}未按规定明码标价案"], ["处理结果", f"{DEC_NO}：不予行政处罚"],
                      ["执行情况", "当事人已改正，无需执行"],
                      ["承办人意见", f"建议结案。{O1} {O2}  2022.11.15"], ["审核人意见", "同意。钟立新  2022.11.15"],
                      ["批准人意见", "同意结案。彭卫华  2022.11.15"]])]),
]


def build():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    # cover + catalogue (one document per page)
    doc.add_paragraph("卷 内 目 录").alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, ["序号", "文件名称", "页次"]):
        c.text = s
    for i, (title, _) in enumerate(docs, 1):
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = str(i), title, str(i + 1)
    for title, blocks in docs:
        doc.add_page_break()
        for kind, val in blocks:
            if kind == "c":
                p = doc.add_paragraph()
                run = p.add_run(val)
                run.bold = True
                run.font.size = Pt(16)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind == "r":
                doc.add_paragraph(val).alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif kind == "p":
                doc.add_paragraph(val)
            else:
                ncol = len(val[0])
                tb = doc.add_table(rows=0, cols=ncol)
                tb.style = "Table Grid"
                for row in val:
                    cells = tb.add_row().cells
                    if ncol == 4 and row[2] == "" and row[3] == "":
                        m = cells[1].merge(cells[3])
                        cells[0].text = row[0]
                        m.text = row[1]
                    else:
                        for c, s in zip(cells, row):
                            c.text = s
    doc.save(f"{OUT}/{CASE}.docx")


LABEL = {
    "case_id": CASE, "codes": ["DOC-04", "EVID-01", "SERV-02"], "encoding": None,
    "notes": f"EVID-01：2022年10月14日对{LR}的询问笔录既未记载执法人员出示执法证件/表明身份，也未告知申请回避的权利（现场检查笔录中有，询问笔录中没有）。SERV-02：不予行政处罚决定书{DEC_NO}的送达回证（直接送达，2022.11.8）受送达人签名栏空白，无留置送达见证；同一空白签名栏同时满足DOC-04“送达回证受送达人签名缺失”的触发条件，故两码并标。其余：首违不罚，决定为不予行政处罚，罚款0；有不予处罚告知书（10月26日送达，五个工作日期满11月2日）后于11月7日决定；卷内目录每份文书一页，页次相符。",
    "fields": {"agency": AG,
               "party": {"name": PARTY, "kind": "单位", "credit_code": CC, "id_number": None},
               "penalty": {"fine_yuan": 0, "procedure": "普通"},
               "dates": {"filing": D["filing"].isoformat(), "notice": D["notice"].isoformat(),
                         "decision": D["decision"].isoformat(), "decision_served": D["served"].isoformat()},
               "citations": [
                   {"law": "中华人民共和国价格法", "article": 13, "paragraph": 1, "item": None, "role": "violated"},
                   {"law": "明码标价和禁止价格欺诈规定", "article": 5, "paragraph": None, "item": None, "role": "violated"},
                   {"law": "中华人民共和国价格法", "article": 42, "paragraph": None, "item": None, "role": "penalty"},
                   {"law": "中华人民共和国行政处罚法", "article": 33, "paragraph": 1, "item": None, "role": "penalty"}]},
    "checks": {"procedure": "普通", "filing": D["filing"], "notice_served": D["notice"], "plead_workdays": 5,
               "decision": D["decision"], "served": D["served"], "ids": [("credit", CC), ("id", LR_ID)]},
}

if __name__ == "__main__":
    build()
