"""Case h71-01: 文化旅游, 福建泉州丰泽 2023, one DOCX (sections, tables, text boxes, page-number footer)."""
import io
import os
import zlib

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from common import fmt_date, id_number, rmb_upper, uscc
from layout import seal_image

CASE = "h71-01"
AG = "泉州市丰泽区文化体育和旅游局"
PARTY = "泉州市丰泽区极速竞界网咖"
KEEPER = "郑丽萍"
KEEPER_ID = id_number("350503", "19890412", "268")
CODE = uscc("9", "2", "350503", "MA2YQ4D8")
ADDR = "福建省泉州市丰泽区东海街道东海大街1088号二楼"
LIC = "闽网文〔2019〕3105-062号"
O1, C1 = "陈志鹏", "35050319008"
O2, C2 = "林晓燕", "35050320014"
STAFF = "黄俊杰"
STAFF_ID = id_number("350521", "19970826", "015")
FINE = 5000
NO_GAO = "丰文旅罚告〔2023〕6号"
NO_JUE = "丰文旅罚〔2023〕6号"
DATES = dict(check="2023-03-03", filing="2023-03-06", ask1="2023-03-09", ask2="2023-03-10", report="2023-04-20",
             review="2023-04-25", notice="2023-05-08", notice_served="2023-05-09", plea="2023-05-11",
             recheck="2023-05-16", discuss="2023-05-22", decision="2023-06-19", decision_served="2023-06-30",
             payment="2023-07-10", closing="2023-07-14")
d = lambda s: fmt_date(s, "std")
fw = lambda s: fmt_date(s, "fw")


class B:
    """Thin helpers over python-docx for this case's look."""

    def __init__(self, doc):
        self.doc = doc

    def run(self, p, text, size=14, font="仿宋_GB2312", bold=False, color=None):
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        if color:
            r.font.color.rgb = RGBColor(*color)
        return r

    def p(self, text="", size=14, align=None, indent=True, font="仿宋_GB2312", bold=False, hand=None, space=0):
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.line_spacing = Pt(26 if size >= 14 else 21)
        pf.space_after = Pt(space)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif indent:
            pf.first_line_indent = Pt(size * 2)
        if text:
            self.run(p, text, size, font, bold)
        if hand:
            self.run(p, hand, size + 1, "楷体_GB2312", color=(0x1F, 0x2A, 0x5C))
        return p

    def title(self, text, size=20):
        return self.p(text, size=size, align="c", font="方正小标宋简体", space=6)

    def brk(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, rows, widths, size=12):
        t = self.doc.add_table(rows=0, cols=len(widths))
        t.style = "Table Grid"
        for row in rows:
            cells = t.add_row().cells
            ci = 0
            for item in row:
                text, span, hand = item if isinstance(item, tuple) else (item, 1, "｜" in item)
                c = cells[ci]
                if span > 1:
                    c = c.merge(cells[ci + span - 1])
                c.text = ""
                para = c.paragraphs[0]
                for k, ln in enumerate(text.split("\n")):
                    if k:
                        para = c.add_paragraph()
                    if hand and "｜" in ln:
                        a, b = ln.split("｜", 1)
                        self.run(para, a, size)
                        self.run(para, b, size + 1, "楷体_GB2312", color=(0x1F, 0x2A, 0x5C))
                    else:
                        self.run(para, ln, size, "楷体_GB2312" if hand else "仿宋_GB2312",
                                 color=(0x1F, 0x2A, 0x5C) if hand else None)
                ci += span
        for row in t.rows:
            for i, wdt in enumerate(widths):
                if i < len(row.cells):
                    row.cells[i].width = Cm(wdt)
        return t

    def textbox(self, para, text, left_cm, top_cm, w_cm, h_cm, color="C00000"):
        """A floating VML text box anchored to a paragraph (Word shows it; the text is in w:txbxContent)."""
        xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
               f'<w:pict><v:shape id="tb{zlib.crc32(text.encode()) % 9999}" type="#_x0000_t202" '
               f'style="position:absolute;margin-left:{left_cm}cm;margin-top:{top_cm}cm;width:{w_cm}cm;height:{h_cm}cm;'
               f'z-index:2" strokecolor="#{color}" filled="f"><v:textbox><w:txbxContent>'
               f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/>'
               f'<w:color w:val="{color}"/><w:sz w:val="21"/></w:rPr><w:t>{text}</w:t></w:r></w:p>'
               f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
        para._p.append(parse_xml(xml))

    def seal(self, para):
        buf = io.BytesIO()
        seal_image(AG, "", px=200).save(buf, "PNG", optimize=True)
        buf.seek(0)
        r = para.add_run()
        r.add_picture(buf, width=Cm(3.6))
        docpr = r._element.find(".//" + qn("wp:docPr"))
        docpr.set("descr", f"{AG}电子印章")


def footer_page_number(section):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for t, x in (("begin", None), (None, " PAGE "), ("end", None)):
        r = p.add_run()
        if t:
            r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{t}"/>'))
        else:
            r._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve">{x}</w:instrText>'))
    sp = section._sectPr
    pg = parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="1"/>')
    anchor = sp.find(qn("w:cols"))
    if anchor is None:
        anchor = sp.find(qn("w:docGrid"))
    if anchor is not None:
        anchor.addprevious(pg)
    else:
        sp.append(pg)


def build(outdir):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.font.size = Pt(14)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.5), Cm(2.8), Cm(2.6)
    b = B(doc)
    doc.core_properties.author = O2
    doc.core_properties.title = f"{PARTY}接纳未成年人案"
    doc.core_properties.comments = ""

    # ---------------- section 1: cover and 卷内目录 (no page numbers)
    for _ in range(3):
        b.p("")
    b.title(AG, 22)
    b.title("行政处罚案卷", 30)
    for _ in range(2):
        b.p("")
    b.table([
        [("案  由", 1, False), (f"{PARTY}接纳未成年人进入营业场所案", 3, False)],
        [("当事人", 1, False), (f"{PARTY}（经营者：{KEEPER}）", 3, False)],
        [("决定书文号", 1, False), (NO_JUE, 3, False)],
        ["立案日期", "2023年3月6日", "结案日期", "2023年7月14日"],
        ["承办人", f"{O1}、{O2}", "保管期限", "长期"],
        [("卷宗编号", 1, False), ("FZWL-2023-CF-006", 3, False)],
    ], [3.2, 4.6, 3.0, 4.6], size=13)
    b.brk()
    b.title("卷 内 目 录", 18)
    toc_anchor = b.p("")  # the table is inserted here after the body is laid out

    # ---------------- section 2: documents (page numbers from 1)
    body_sec = doc.add_section(WD_SECTION.NEW_PAGE)
    footer_page_number(body_sec)
    pages = []   # (title, first_page, last_page)
    pno = [1]

    def start(title, first=False):
        if not first:
            b.brk()
            pno[0] += 1
        pages.append([title, pno[0], pno[0]])

    def cont():
        b.brk()
        pno[0] += 1
        pages[-1][2] = pno[0]

    start("立案审批表", first=True)
    b.title(AG, 16)
    b.title("立案审批表", 20)
    b.p("丰文旅立〔2023〕11号", size=12, align="r")
    b.table([
        [("案件来源", 1, False), ("日常检查（2023年3月3日夜间网吧专项检查）", 3, False)],
        ["当事人", PARTY, "经营者", KEEPER],
        [("统一社会信用代码", 1, False), (CODE, 3, False)],
        [("网络文化经营许可证", 1, False), (LIC, 3, False)],
        [("地址", 1, False), (ADDR, 3, False)],
        [("案情摘要", 1, False), ("2023年3月3日20时40分，执法人员检查发现当事人营业场所内37号、38号机位有2名未成年人上网，"
                                  "系使用他人身份证登记开机，当事人涉嫌违反《互联网上网服务营业场所管理条例》第二十一条第一款。", 3, False)],
        [("承办人意见", 1, False), (f"建议立案调查。\n承办人：｜{O1}  {O2}  2023.3.6", 3, True)],
        [("承办机构意见", 1, False), ("同意立案。\n执法大队：｜许文辉  2023.3.6", 3, True)],
        [("负责人审批意见", 1, False), ("同意。\n负责人：｜蔡志强  2023.3.6", 3, True)],
    ], [3.4, 4.6, 2.6, 4.8], size=12)

    start("现场检查（勘验）笔录")
    b.title("现场检查（勘验）笔录", 18)
    tb = b.p(f"检查时间：2023年3月3日20时40分至21时35分", size=12, indent=False)
    b.textbox(tb, "执法记录仪 FZWL-07 全程录像", 10.2, -0.2, 5.2, 0.8, color="1F3864")
    for t in [f"检查地点：{ADDR}（{PARTY}）",
              f"被检查人：{PARTY}  经营者：{KEEPER}  现场负责人：{STAFF}（网管）",
              f"检查人员：{O1}（执法证号：{C1}）、{O2}（执法证号：{C2}）  记录人：{O2}"]:
        b.p(t, size=12, indent=False)
    b.p("执法人员向现场负责人出示执法证件，表明身份，告知其享有申请回避的权利，现场负责人表示不申请回避。", size=12)
    b.p("检查情况：该场所入口处悬挂未成年人禁入标志，《网络文化经营许可证》悬挂于吧台。营业场所共设电脑60台，检查时上网人员41人。"
        "执法人员在37号、38号机位发现两名疑似未成年人，经询问并查验其学生证，孙某某（2006年11月出生，16周岁）、李某某（2005年8月出生，"
        "17周岁）均为未成年人，二人分别使用张某、王某的身份证在吧台登记开机，于19时52分、19时58分开始上网。执法人员对上网登记系统"
        "记录截屏2张，现场拍照4张。", size=12)
    b.p("（以下空白）", size=12, indent=False)
    b.p("现场负责人签名：", size=12, indent=False, hand=f"以上记录属实  {STAFF}  2023.3.3")
    b.p("检查人员签名：", size=12, indent=False, hand=f"{O1}  {O2}")

    start("询问笔录（郑丽萍）")
    b.title("询 问 笔 录", 18)
    for t in ["询问时间：2023年3月9日10时15分至10时50分", f"询问地点：{AG}执法大队询问室",
              f"询问人：{O1}（执法证号：{C1}）    记录人：{O1}",
              f"被询问人：{KEEPER}  性别：女  年龄：33岁  身份证号：{KEEPER_ID}",
              f"工作单位及职务：{PARTY} 经营者    电话：13505987264"]:
        b.p(t, size=12, indent=False)
    qa = [("我们是泉州市丰泽区文化体育和旅游局执法人员，这是我的执法证件，请你过目。你有申请回避的权利，是否申请回避？", "看过了，不申请。"),
          ("你是极速竞界网咖的什么人？", "我是经营者，营业执照和网络文化经营许可证都是我的名字。"),
          ("3月3日晚上你们网咖接纳了两名未成年人，你知道吗？", "当天我不在店里，第二天网管告诉我的。"),
          ("你们店如何核验上网人员身份？", "要求刷身份证登记，网管要核对本人。那天网管没有仔细看人证是否一致。"),
          ("这两名未成年人上网收了多少钱？", "37号、38号是普通区，每小时4元，两人各上网不到一个小时，按系统扣费各4元。"),
          ("你对此有什么要说的？", "是我们管理不严，已经对网管进行教育，以后严格人证核对。")]
    for q, a in qa:
        b.p("问：" + q, size=12, indent=False)
        b.p("答：" + a, size=12, indent=False)
    b.p("被询问人签名：", size=12, indent=False, hand=f"以上笔录我看过，与我说的相符。{KEEPER} 2023.3.9")
    b.p("询问人签名：", size=12, indent=False, hand=f"{O1}")

    start("询问笔录（黄俊杰）")
    b.title("询 问 笔 录", 18)
    for t in ["询问时间：2023年3月10日15时00分至15时30分", f"询问地点：{AG}执法大队询问室",
              f"询问人：{O1}（执法证号：{C1}）    记录人：{O2}（执法证号：{C2}）",
              f"被询问人：{STAFF}  性别：男  年龄：25岁  身份证号：{STAFF_ID}",
              f"工作单位及职务：{PARTY} 网管    电话：18059837162"]:
        b.p(t, size=12, indent=False)
    qa = [("我们是泉州市丰泽区文化体育和旅游局执法人员，这是我们的执法证件。你有申请回避的权利，是否申请回避？", "不申请。"),
          ("3月3日晚37号、38号机位的两人是怎么登记开机的？", "他们拿了两张成年人的身份证在吧台刷卡，我当时忙，没有核对照片，就开机了。"),
          ("你知道他们是未成年人吗？", "当时没注意，检查时才知道。"),
          ("以上记录是否属实？", "属实。")]
    for q, a in qa:
        b.p("问：" + q, size=12, indent=False)
        b.p("答：" + a, size=12, indent=False)
    b.p("被询问人签名：", size=12, indent=False, hand=f"以上属实 {STAFF} 2023.3.10")
    b.p("询问人：", size=12, indent=False, hand=f"{O1}   记录人：{O2}")

    start("证据材料")
    b.title("证据材料目录", 16)
    b.table([
        ["序号", "证据名称", "来源", "证明内容"],
        ["1", "营业执照、网络文化经营许可证复印件", "当事人提供", "当事人主体资格"],
        ["2", "上网登记系统记录截屏2张", "现场提取", "二人于19时52分、19时58分使用他人身份证登记开机"],
        ["3", "现场照片4张", f"{O2}拍摄", "未成年人在37号、38号机位上网"],
        ["4", "孙某某、李某某学生证复印件", "现场提取", "二人系未成年人"],
        ["5", "执法记录仪视频（FZWL-07）", "执法人员", "检查过程"],
    ], [1.3, 5.2, 2.6, 6.3], size=11)
    b.p("以上复印件经当事人核对无误。", size=12, indent=False, hand=f"  {KEEPER} 2023.3.9")

    start("案件调查终结报告")
    b.title("案件调查终结报告", 18)
    b.p(f"当事人：{PARTY}，经营者{KEEPER}，统一社会信用代码{CODE}，网络文化经营许可证{LIC}。", size=12, indent=False)
    b.p("违法事实：2023年3月3日19时52分至20时40分，当事人在其经营的互联网上网服务营业场所接纳未成年人孙某某（16周岁）、"
        "李某某（17周岁）上网，二人使用他人身份证登记，当事人未核对人证一致，各收取上网费4元。", size=12)
    b.p("证据：现场检查（勘验）笔录、询问笔录2份、上网登记记录截屏、现场照片、学生证复印件、执法记录仪视频等。", size=12)
    b.p("法律依据：当事人的行为违反了《互联网上网服务营业场所管理条例》第二十一条第一款的规定，依据该条例第三十一条第（二）项，"
        "由文化行政部门给予警告，可以并处15000元以下的罚款。", size=12)
    b.p("裁量意见：当事人属首次被查处，接纳未成年人2人，未造成其他严重后果，调查中积极配合，属一般情形，"
        "建议给予警告，并处罚款5000元。", size=12)
    b.p("承办人：", size=12, indent=False, hand=f"{O1}  {O2}   2023年4月20日")

    start("法制审核意见书")
    b.title("法制审核意见书", 18)
    b.table([
        [("案件名称", 1, False), (f"{PARTY}接纳未成年人进入营业场所案", 1, False)],
        [("审核意见", 1, False), ("经审核，本案执法主体合法，执法人员具有执法资格，事实清楚，证据充分，适用法律正确，程序合法，"
                                  "拟给予警告并处罚款5000元的意见裁量适当，同意进入告知程序。", 1, False)],
        [("审核人", 1, False), (f"｜王雅琴（法律职业资格证书编号A20173505030144）  2023.4.25", 1, True)],
    ], [3.4, 12.0], size=12)

    start("行政处罚事先告知书")
    b.title(AG, 16)
    b.title("行政处罚事先告知书", 20)
    b.p(NO_GAO, size=13, align="c")
    b.p(f"{PARTY}（经营者：{KEEPER}）：", indent=False)
    b.p("经查，你于２０２３年３月３日在你经营的互联网上网服务营业场所接纳未成年人孙某某、李某某二人进入营业场所上网。"
        "你的行为违反了《互联网上网服务营业场所管理条例》第二十一条第一款的规定。依据《互联网上网服务营业场所管理条例》"
        f"第三十一条第（二）项的规定，本局拟对你作出如下行政处罚：警告，并处罚款{rmb_upper(FINE)}（¥5,000.00）。")
    b.p("根据《中华人民共和国行政处罚法》第四十四条、第四十五条第一款、第六十三条第一款、第六十四条第（一）项的规定，你享有陈述、申辩"
        "和要求听证的权利。你可在收到本告知书之日起五个工作日内向本局提出陈述、申辩或听证申请，逾期视为放弃上述权利。")
    p_ag = b.p(AG, align="r", indent=False)
    b.seal(p_ag)
    b.textbox(p_ag, "（印章）", 11.5, -0.9, 2.2, 0.8)
    b.p(fw(DATES["notice"]), align="r", indent=False)

    start("送达回证（行政处罚事先告知书）")
    b.title("送达回证", 20)
    b.table([
        ["送达文书", f"行政处罚事先告知书（{NO_GAO}）"],
        ["受送达人", PARTY],
        ["送达地点", ADDR],
        ["送达方式", "直接送达"],
        ["受送达人签名", f"｜{KEEPER}  2023年5月9日"],
        ["送达人", f"｜{O1}  {O2}"],
        ["备注", "/"],
    ], [3.6, 11.8], size=13)

    start("陈述申辩书及复核意见")
    b.title("陈述申辩书", 18)
    b.p("泉州市丰泽区文化体育和旅游局：", indent=False, size=13)
    b.p(f"我已收到《行政处罚事先告知书》（{NO_GAO}），对违法事实没有异议。两名学生使用成年人身份证登记，网管疏忽未核对，"
        "我本人当天不在店内。网咖经营困难，恳请从轻处罚。我不要求听证。", size=13)
    b.p("陈述申辩人：", size=13, align="r", hand=f"{KEEPER}  2023.5.11")
    b.p("")
    b.p("复核意见：", size=13, indent=False, bold=True)
    b.p("当事人所称网管疏忽、本人不在场、经营困难，均不属法定从轻、减轻情形；拟处罚款5000元已考虑其首次违法、积极配合等情节，"
        "属一般情形的较低档次。申辩理由不予采纳，维持原拟处罚意见。", size=13)
    b.p("复核人：", size=13, indent=False, hand=f"{O1}  {O2}  2023.5.16")

    start("案件集体讨论记录")
    b.title("重大案件集体讨论记录", 18)
    for t in ["时间：2023年5月22日16时00分", "地点：局三楼会议室", "主持人：蔡志强（局长）",
              "参加人员：蔡志强、洪美玲、许文辉、王雅琴", "记录人：林晓燕",
              "承办人陈志鹏汇报案件调查、告知及陈述申辩复核情况。",
              "洪美玲：同意给予警告并处罚款5000元。", "许文辉：同意。", "王雅琴：程序合法，同意。",
              "蔡志强：同意，按程序作出处罚决定。", "结论：对当事人给予警告，并处罚款5000元。"]:
        b.p(t, size=12, indent=False)
    b.p("参加人员签名：", size=12, indent=False, hand="蔡志强 洪美玲 许文辉 王雅琴")
    b.p("记录人签名：", size=12, indent=False, hand="林晓燕")

    start("行政处罚决定书")
    b.title(AG, 16)
    b.title("行政处罚决定书", 20)
    b.p(NO_JUE, size=13, align="c")
    for t in [f"当事人：{PARTY}", f"经营者：{KEEPER}", f"统一社会信用代码：{CODE}", f"地址：{ADDR}"]:
        b.p(t, indent=False, size=13)
    b.p("２０２３年３月３日，本局执法人员在日常检查中发现你经营的互联网上网服务营业场所接纳未成年人进入营业场所，本局于２０２３年３月６日"
        "立案调查。经查，２０２３年３月３日１９时５２分至２０时４０分，你在营业场所内接纳未成年人孙某某（１６周岁）、李某某（１７周岁）"
        "上网，二人使用他人身份证登记开机，你未核对人证一致。", size=13)
    b.p("上述事实有现场检查（勘验）笔录、询问笔录、上网登记系统记录截屏、现场照片、学生证复印件、执法记录仪视频等证据为证。", size=13)
    b.p(f"本局于２０２３年５月９日向你送达了《行政处罚事先告知书》（{NO_GAO}），你于５月１１日提出书面陈述申辩，未要求听证。"
        "经复核，你提出的理由不属于法定从轻、减轻情形，不予采纳。", size=13)
    cont()
    b.p("你的行为违反了《互联网上网服务营业场所管理条例》第二十一条第一款的规定。鉴于你系首次被查处，接纳未成年人2人，"
        "调查中积极配合，属一般情形，依据《互联网上网服务营业场所管理条例》第三十一条第（二）项的规定，本局决定给予你如下行政处罚：", size=13)
    b.p(f"一、警告；二、罚款人民币{rmb_upper(FINE)}（¥5,000.00）。", size=13)
    b.p("请你自收到本决定书之日起十五日内，持本决定书到泉州农村商业银行各营业网点或通过“闽政通”缴纳罚款。逾期不缴纳的，本局将依据"
        "《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。", size=13)
    b.p("如不服本处罚决定，可在收到本决定书之日起六十日内向泉州市丰泽区人民政府或者泉州市文化广电和旅游局申请行政复议，也可在"
        "六个月内向泉州市丰泽区人民法院提起行政诉讼。", size=13)
    p_ag = b.p(AG, align="r", indent=False)
    b.seal(p_ag)
    b.textbox(p_ag, "（印章）", 11.5, -0.9, 2.2, 0.8)
    b.p(fw(DATES["decision"]), align="r", indent=False)

    start("送达回证（行政处罚决定书）")
    b.title("送达回证", 20)
    b.table([
        ["送达文书", f"行政处罚决定书（{NO_JUE}）"],
        ["受送达人", PARTY],
        ["送达地点", ADDR],
        ["送达方式", "直接送达"],
        ["受送达人签名", f"｜{KEEPER}  2023年6月30日"],
        ["送达人", f"｜{O1}  {O2}"],
        ["备注", "/"],
    ], [3.6, 11.8], size=13)

    start("缴款凭证")
    b.title("福建省非税收入缴款书（电子）", 16)
    b.table([
        ["缴款人", PARTY, "缴款日期", "2023-07-10"],
        ["执收单位", AG, "票据号码", "3501230 0472851"],
        [("收入项目", 1, False), ("文化市场罚没收入", 1, False), ("金额", 1, False), ("5,000.00", 1, False)],
        [("金额（大写）", 1, False), (rmb_upper(FINE), 3, False)],
        [("备注", 1, False), (f"处罚决定书：{NO_JUE}", 3, False)],
    ], [2.8, 5.4, 2.6, 4.6], size=12)

    start("结案审批表")
    b.title("结案审批表", 20)
    b.table([
        [("案由", 1, False), (f"{PARTY}接纳未成年人进入营业场所案", 3, False)],
        ["立案日期", "2023年3月6日", "决定日期", "2023年6月19日"],
        [("处罚内容", 1, False), ("警告；罚款5000元", 3, False)],
        [("执行情况", 1, False), ("当事人已于2023年7月10日缴纳罚款5000元。", 3, False)],
        [("承办人意见", 1, False), (f"执行完毕，建议结案。｜{O1} {O2} 2023.7.13", 3, True)],
        [("负责人审批", 1, False), ("同意结案。｜蔡志强 2023.7.14", 3, True)],
    ], [3.0, 4.8, 2.8, 4.8], size=12)

    # ---------------- section 3: 备考表 (no page number)
    last = doc.add_section(WD_SECTION.NEW_PAGE)
    last.footer.is_linked_to_previous = False
    for par in last.footer.paragraphs:
        for r in list(par.runs):
            r._r.getparent().remove(r._r)
    pn = last._sectPr.find(qn("w:pgNumType"))
    if pn is not None:
        last._sectPr.remove(pn)
    b.title("备 考 表", 18)
    b.p(f"本卷共{len(pages)}件{pages[-1][2]}页。执法记录仪视频（FZWL-07，2023年3月3日）刻录光盘1张另存。", size=13)
    b.p("")
    b.p("立卷人：", size=13, indent=False, hand="林晓燕    检查人：王雅琴    2023年7月20日")

    # the 卷内目录 table, now that page numbers are known
    rows = [["序号", "文件名称", "日期", "页号"]]
    dkeys = ["filing", "check", "ask1", "ask2", "check", "report", "review", "notice", "notice_served", "plea",
             "discuss", "decision", "decision_served", "payment", "closing"]
    for i, ((t, a, z), k) in enumerate(zip(pages, dkeys), 1):
        rows.append([str(i), t, d(DATES[k]), f"{a}-{z}" if a != z else str(a)])
    tmp = B(doc).table(rows, [1.3, 7.6, 3.6, 2.9], size=12)
    toc_anchor._p.addnext(tmp._tbl)

    path = os.path.join(outdir, CASE + ".docx")
    doc.core_properties.created = __import__("datetime").datetime(2023, 7, 20, 9, 0, 0)
    doc.core_properties.modified = __import__("datetime").datetime(2023, 7, 20, 9, 0, 0)
    doc.core_properties.last_modified_by = O2
    doc.core_properties.revision = 3
    doc.save(path)
    _normalise_zip(path)
    return {
        "case_id": CASE,
        "codes": ["PROC-03", "SUBJ-01", "SERV-01"],
        "encoding": None,
        "notes": (
            "单个DOCX（封面/目录节、正文节页脚页码从1起、备考表节；表格；浮动文本框“（印章）”“执法记录仪”；印章为内嵌图片）。"
            "PROC-03：2023-03-06立案，2023-06-19作出决定，历时105日，超过行政处罚法第六十条九十日，卷内无延期审批，也无中止、检测等可扣除期间。"
            "SUBJ-01：2023-03-09对经营者郑丽萍的询问笔录仅陈志鹏一名执法人员（询问人、记录人同为陈志鹏）。"
            "SERV-01：决定书2023-06-19作出，当事人不在场，2023-06-30才直接送达；其间6月22—24日端午放假、6月25日（周日）调休上班，"
            "工作日为6-20、6-21、6-25、6-26、6-27、6-28、6-29、6-30，第8个工作日，超过七日（若漏算6-25调休日则恰为第7日，是本案的测试点）。"
            "其余：未成年人姓名按惯例以“孙某某、李某某”遮蔽；告知书、决定书日期为全角数字；立案前3月3日为现场检查；法制审核、集体讨论在决定前；"
            "告知书05-09送达，五个工作日期满05-16，当事人05-11申辩、未要求听证；警告+罚款5000元在第三十一条“15000元以下”幅度内并写明裁量理由；"
            "2023年复议机关写区政府或市文旅局正确；缴款5000元与决定一致（07-10，收到决定书后15日内）。"),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "个体工商户", "credit_code": CODE, "id_number": KEEPER_ID},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": DATES["filing"], "notice": DATES["notice"], "decision": DATES["decision"],
                      "decision_served": DATES["decision_served"]},
            "citations": [
                {"law": "《互联网上网服务营业场所管理条例》", "article": 21, "paragraph": 1, "item": None, "role": "violated"},
                {"law": "《互联网上网服务营业场所管理条例》", "article": 31, "paragraph": None, "item": 2, "role": "penalty"},
            ],
        },
        "_check": {"path": CASE + ".docx", "kind": "docx", "pages": pages, "ids": [KEEPER_ID, STAFF_ID],
                   "must": [PARTY, CODE, NO_JUE, NO_GAO, "２０２３年６月１９日", "２０２３年５月８日", "2023年6月30日",
                            "¥5,000.00", rmb_upper(FINE), "询问人：陈志鹏（执法证号：35050319008）    记录人：陈志鹏"]},
    }


def _normalise_zip(path):
    """Rewrite the DOCX with fixed timestamps so that builds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2023, 7, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
