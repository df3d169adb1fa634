"""Case D — 桐江市凤鸣街道办事处 (浙江, 赋权街道), 物业公司占用消防车通道 (单位), 2023. DOCX with real Word tables.

Defects put in: SUBJ-02 (现场检查笔录 names officer 方晓东 without 执法证号),
SERV-02 (送达回证 of the 事先告知书: recipient's signature empty, 直接送达, no 留置 witness or record).
"""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

from common import OUT, credit_code, id_number, cn_date, daxie

CASE_ID = "h28d_凤鸣街道占用消防车通道"
CC = credit_code("91330681MA2D5TW6" + "0")
LR_ID = id_number("33068119800709562")
AG_ID = id_number("33068119910214301")
AG = "桐江市凤鸣街道办事处"
PARTY = "桐江市安居物业服务有限公司"
ADDR = "桐江市凤鸣街道凤鸣路200号凤鸣花园物业服务中心"
NO = "桐凤街综执罚〔2023〕21号"
NOTICE_NO = "桐凤街综执告〔2023〕21号"
O1 = ("吕振华", "33108123017")
O2 = ("方晓东", "33108123052")
O3 = ("俞佳", "33108123064")


def heading(doc, text, size=16, space=True):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = True
    return p


def right(doc, text):
    p = doc.add_paragraph(text)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def para(doc, text):
    p = doc.add_paragraph(text)
    p.paragraph_format.first_line_indent = Pt(21) if text.startswith("　") is False and len(text) > 40 else None
    return p


def table(doc, rows, widths=(3.5, 12.5)):
    t = doc.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in rows:
        cells = t.add_row().cells
        if len(row) < len(widths):
            cells[1].merge(cells[-1])
        for i, v in enumerate(row):
            cells[i].text = v
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


DOCS = []  # (title, date, writer)


def d_lian(doc):
    heading(doc, AG, 14); heading(doc, "立案审批表", 18)
    right(doc, "案件编号：FMJD-2023-ZF-0107")
    table(doc, [["案件来源", "消防安全专项检查"], ["当事人", PARTY], ["统一社会信用代码", CC],
                ["法定代表人", "袁海燕"], ["地址", ADDR],
                ["案情简介", "2023年6月6日检查发现，凤鸣花园小区8幢至10幢之间的消防车通道上被施划停车位12个并安装升降地桩3处，车辆停放后通道净宽不足4米，妨碍消防车通行，系物业服务企业施划并收取停车费。涉嫌违反《中华人民共和国消防法》第二十八条。"],
                ["承办人", f"{O1[0]}（{O1[1]}）、{O3[0]}（{O3[1]}）"],
                ["承办人意见", "建议立案。吕振华　俞佳　2023年6月7日"],
                ["综合行政执法队意见", "同意。何建明　2023年6月7日"],
                ["街道负责人审批", "同意立案。街道办事处主任 蒋国平　2023年6月7日"]])
DOCS.append(("立案审批表", "2023.06.07", d_lian))


def d_xc(doc):
    heading(doc, "现场检查笔录", 18)
    table(doc, [["检查时间", "2023年6月6日15时10分至15时55分"], ["检查地点", "凤鸣花园小区8幢至10幢之间道路"],
                ["被检查单位", PARTY], ["现场负责人", f"童俊（项目经理）　身份证号{AG_ID}"],
                ["执法人员", f"{O1[0]}（执法证号：{O1[1]}）、{O2[0]}"], ["记录人", O2[0]]])
    para(doc, "　　执法人员出示了执法证件，告知被检查单位现场负责人有申请回避的权利，现场负责人表示不申请回避。")
    para(doc, "　　检查情况：小区8幢至10幢之间道路为小区消防车通道（路面标有黄色“消防车通道 禁止占用”字样），通道原宽6米。现场通道东侧施划白色停车位12个（每个宽2.5米、长5米），车位内停放小型汽车9辆，车位两端安装升降地桩3处（处于升起状态）。经测量，车辆停放后通道剩余净宽2.1米，小于4米，消防车无法通行。现场负责人称车位系物业公司于2023年3月施划，按月收取停车费。执法记录仪（FM-JLY-05）全程记录，拍照7张。")
    para(doc, "　　现场负责人意见：属实，车位是公司划的，我们马上整改。")
    para(doc, "被检查单位现场负责人签名：童俊　2023年6月6日")
    para(doc, "执法人员签名：吕振华　方晓东")
DOCS.append(("现场检查笔录", "2023.06.06", d_xc))


def d_xw(doc):
    heading(doc, "询问笔录", 18)
    table(doc, [["时间", "2023年6月9日9时30分至10时10分"], ["地点", "凤鸣街道综合行政执法队询问室"],
                ["询问人", f"{O1[0]}（执法证号：{O1[1]}）"], ["记录人", f"{O3[0]}（执法证号：{O3[1]}）"],
                ["被询问人", f"童俊，男，身份证号{AG_ID}，{PARTY}凤鸣花园项目经理（持法定代表人授权委托书）"]])
    for q, a in [
        ("我们是凤鸣街道办事处综合行政执法人员（出示证件），现就凤鸣花园消防车通道被占用一事向你调查。你有权申请回避，是否申请？", "不申请。"),
        ("8幢至10幢之间的停车位是谁施划的？什么时候？", "是我们物业公司今年3月划的，共12个，地桩也是我们装的。"),
        ("是否收费？", "按月收，每个车位每月150元，从4月开始收。"),
        ("你们是否知道那是消防车通道？", "知道，路面上有标志，当时是业主车位不够，想临时解决。"),
        ("现在整改情况如何？", "6月8日已经把车位线铲除，地桩拆掉了，车辆都挪走了，有照片。"),
    ]:
        para(doc, "问：" + q)
        para(doc, "答：" + a)
    para(doc, "以上笔录我已看过，与我说的一致。　童俊　2023年6月9日")
    para(doc, "询问人：吕振华　　记录人：俞佳")
DOCS.append(("询问笔录", "2023.06.09", d_xw))


def d_zj(doc):
    heading(doc, "案件调查终结报告", 18)
    table(doc, [["案由", f"{PARTY}占用消防车通道案"],
                ["违法事实", "当事人于2023年3月起在其服务的凤鸣花园小区8幢至10幢之间消防车通道上施划停车位12个、安装升降地桩3处并收取停车费，车辆停放后通道净宽仅2.1米，妨碍消防车通行。6月8日已自行整改。"],
                ["证据", "现场检查笔录、照片7张、执法记录仪视频、询问笔录、授权委托书、营业执照、整改照片、凤鸣花园消防车通道平面图"],
                ["定性及依据", "违反《中华人民共和国消防法》第二十八条，依据《中华人民共和国消防法》第六十条第一款第五项"],
                ["裁量", "占用时间约3个月，涉及12个车位，案发后主动整改，适用一般档下限。建议罚款6000元。"],
                ["承办人", "吕振华　俞佳　2023年6月16日"]])
DOCS.append(("案件调查终结报告", "2023.06.16", d_zj))


def d_gz(doc):
    heading(doc, AG, 14); heading(doc, "行政处罚事先告知书", 18); right(doc, NOTICE_NO)
    para(doc, f"{PARTY}：")
    para(doc, "　　经查，你单位自2023年3月起在凤鸣花园小区8幢至10幢之间的消防车通道上施划停车位12个、安装升降地桩3处，车辆停放后通道净宽仅2.1米，妨碍消防车通行。你单位的行为违反了《中华人民共和国消防法》第二十八条的规定。")
    para(doc, "　　依据《中华人民共和国消防法》第六十条第一款第五项的规定，本机关拟对你单位作出罚款人民币陆仟元（6000元）的行政处罚。")
    para(doc, "　　根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你单位可自收到本告知书之日起五个工作日内向本机关提出陈述、申辩或者要求举行听证，逾期视为放弃。")
    para(doc, "　　联系人：吕振华　联系电话：0571-6*******　地址：桐江市凤鸣街道文昌路12号")
    right(doc, AG + "（印章）"); right(doc, cn_date("2023-06-19"))
DOCS.append(("行政处罚事先告知书", "2023年6月19日", d_gz))


def d_sd1(doc):
    heading(doc, "送达回证", 18)
    table(doc, [["送达文书名称", "行政处罚事先告知书"], ["文号", NOTICE_NO], ["受送达人", PARTY], ["送达地点", ADDR],
                ["送达方式", "直接送达"], ["受送达人签名（盖章）", ""], ["签收日期", "2023年6月19日"],
                ["送达人", "吕振华　俞佳"], ["备注", ""]])
DOCS.append(("送达回证", "2023.06.19", d_sd1))


def d_sp(doc):
    heading(doc, "行政处罚审批表", 18)
    table(doc, [["案由", f"{PARTY}占用消防车通道案"], ["陈述申辩及听证", "当事人在规定期限内未提出陈述、申辩，未要求听证"],
                ["拟处罚意见", "罚款6000元"],
                ["法制审核意见", "事实清楚，证据充分，适用法律正确，程序合法，裁量适当。同意。　法制审核员 潘雯（法律职业资格证A20173306******）2023年6月30日"],
                ["负责人意见", "同意。蒋国平　2023年7月3日"]])
DOCS.append(("行政处罚审批表", "2023.07.03", d_sp))


def d_jd(doc):
    heading(doc, AG, 14); heading(doc, "行政处罚决定书", 18); right(doc, NO)
    para(doc, f"当事人：{PARTY}")
    para(doc, f"统一社会信用代码：{CC}　　法定代表人：袁海燕")
    para(doc, "住所：桐江市凤鸣街道凤鸣路200号")
    para(doc, "　　2023年6月6日，本机关在消防安全专项检查中发现，当事人自2023年3月起在其提供物业服务的凤鸣花园小区8幢至10幢之间的消防车通道上施划停车位12个、安装升降地桩3处，并按月收取停车费，车辆停放后通道净宽仅2.1米，妨碍消防车通行。当事人已于2023年6月8日自行拆除地桩、铲除车位线。")
    para(doc, "　　上述事实有现场检查笔录、现场照片、执法记录仪视频资料、询问笔录、营业执照复印件、整改照片等证据证实。")
    para(doc, "　　本机关于2023年6月19日向当事人告知了拟作出行政处罚的事实、理由、依据及其享有的陈述、申辩和要求听证的权利，当事人在规定期限内未提出陈述、申辩，未要求听证。")
    para(doc, "　　本机关认为，当事人占用消防车通道，妨碍消防车通行，违反了《中华人民共和国消防法》第二十八条的规定。根据《浙江省人民政府关于公布乡镇（街道）综合行政执法事项的决定》，本机关依法以自己名义行使该项行政处罚权。鉴于当事人案发后主动整改，依据《中华人民共和国消防法》第六十条第一款第五项的规定，决定对当事人罚款人民币6000元（" + daxie(6000) + "）。")
    para(doc, "　　当事人应当自收到本决定书之日起十五日内通过浙江政务服务网统一公共支付平台缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。")
    para(doc, "　　如不服本决定，可在收到本决定书之日起六十日内向桐江市人民政府申请行政复议，或者在六个月内向桐江市人民法院提起行政诉讼。")
    right(doc, AG + "（印章）"); right(doc, cn_date("2023-07-03"))
DOCS.append(("行政处罚决定书", "2023年7月3日", d_jd))


def d_sd2(doc):
    heading(doc, "送达回证", 18)
    table(doc, [["送达文书名称", "行政处罚决定书"], ["文号", NO], ["受送达人", PARTY], ["送达地点", ADDR],
                ["送达方式", "直接送达"], ["受送达人签名（盖章）", "童俊（受托人）"], ["签收日期", "2023年7月4日"],
                ["送达人", "吕振华　俞佳"]])
DOCS.append(("送达回证", "2023.07.04", d_sd2))


def d_jk(doc):
    heading(doc, "浙江省政府非税收入统一票据（电子）", 14)
    table(doc, [["交款人", PARTY], ["项目名称", "罚没收入"], ["决定书文号", NO], ["金额", "6000.00元（" + daxie(6000) + "）"],
                ["开票日期", "2023-07-12"], ["收款单位", "桐江市财政局（票据监制章）"]])
DOCS.append(("缴款凭证", "2023.07.12", d_jk))


def d_ja(doc):
    heading(doc, "结案审批表", 18)
    table(doc, [["案由", f"{PARTY}占用消防车通道案"], ["处罚决定", f"{NO}，罚款6000元"],
                ["执行情况", "2023年7月12日缴纳罚款6000元；消防车通道已恢复畅通（2023年6月12日复查）"],
                ["信息公示", "2023年7月7日在浙江省行政执法监管（互联网+监管）平台公示"],
                ["承办人意见", "建议结案。吕振华　俞佳　2023年7月18日"], ["负责人意见", "同意结案。蒋国平　2023年7月20日"]])
DOCS.append(("结案审批表", "2023.07.20", d_ja))


def _page_field(paragraph):
    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = text
        run._r.append(el)


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = doc.sections[0]
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    heading(doc, "卷内目录", 18)
    rows = [["序号", "文件名称", "日期", "页号"]] + [[str(i), t, d, str(i)] for i, (t, d, _f) in enumerate(DOCS, 1)]
    table(doc, rows, widths=(1.5, 8, 3.5, 2))
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.footer.is_linked_to_previous = False
    pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), "1"); new._sectPr.append(pg)
    fp = new.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 "); _page_field(fp); fp.add_run(" 页")
    for i, (_t, _d, f) in enumerate(DOCS):
        if i:
            page_break(doc)
        f(doc)
    last = doc.add_section(WD_SECTION.NEW_PAGE)
    last.footer.is_linked_to_previous = False
    heading(doc, "备考表", 18)
    para(doc, f"本卷共{len(DOCS)}页（不含卷内目录、备考表），现场照片7张、执法记录仪视频1段存电子档案。")
    para(doc, "立卷人：俞佳　2023年7月24日")
    para(doc, "检查人：何建明　2023年7月25日")
    doc.save(OUT / f"{CASE_ID}.docx")


if __name__ == "__main__":
    build()
