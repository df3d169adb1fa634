"""dev26_03: 佛山市南海区人力资源和社会保障局, 未经许可擅自从事职业中介活动 (人力资源市场暂行条例 18/42), 2025.
One DOCX exported from a case-handling system: one section per document with its own header/footer,
field values in content controls (w:sdt), 文号 and archive marks in VML text boxes, seal as a picture."""
import io

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from lib import d_std, days_between, make_credit_code, make_id, rezip_deterministic, seal_image, upper_amount

CASE = "dev26_03"
AG = "佛山市南海区人力资源和社会保障局"
PARTY = "佛山市南海区聚才信息咨询有限公司"
CODE = make_credit_code("91", "440605", "MA55R8KD")
CODE_BAD = CODE[:11] + CODE[12] + CODE[11] + CODE[13:]  # two characters transposed in the 决定书
LEGAL = "何志强"
LEGAL_ID = make_id("440682", "19830716", "051")
ADDR = "佛山市南海区桂城街道南海大道北68号1座1203室"
O1, C1 = "梁振宇", "44060520210083"
O2, C2 = "黄敏", "44060520220517"
FINE, GAIN = 20000, 4800
NO_FILE = "佛南人社立字〔2025〕第0112号"
NO_NOTICE = "佛南人社罚告字〔2025〕第0087号"
NO_DEC = "佛南人社罚决字〔2025〕第0087号"
D = dict(complaint="2025-02-20", inspect="2025-02-27", filing="2025-03-05", inquiry="2025-03-12",
         witness="2025-03-18", report="2025-05-30", review="2025-06-06", notice="2025-06-10",
         notice_served="2025-06-11", approve="2025-06-25", decision="2025-06-27", served="2025-06-30",
         paid="2025-07-08", closing="2025-07-15")
assert CODE_BAD != CODE

_sdt_id = [9000]


def sdt(p, tag, alias, text, bold=False, size=None):
    """Inline plain-text content control holding one run."""
    _sdt_id[0] += 1
    esc = text.replace("&", "&amp;").replace("<", "&lt;")
    rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{int(size * 2)}"/>' if size else "") + \
          '<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/></w:rPr>'
    el = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr>{rpr}<w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
        f'<w:id w:val="{_sdt_id[0]}"/><w:text/></w:sdtPr><w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{esc}</w:t>'
        f'</w:r></w:sdtContent></w:sdt>')
    p._p.append(el)


def textbox(p, text_lines, left_pt, top_pt, w_pt, h_pt, border=True):
    """VML text box anchored to paragraph p."""
    inner = "".join(
        f'<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
        for t in text_lines)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="tb{_sdt_id[0]}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:{left_pt}pt;margin-top:{top_pt}pt;width:{w_pt}pt;height:{h_pt}pt;'
           f'z-index:2;mso-position-horizontal-relative:margin" stroked="{"t" if border else "f"}" filled="f">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    _sdt_id[0] += 1
    p._p.append(parse_xml(xml))


def para(doc, text="", align=None, size=14, bold=False, indent=True, font="仿宋_GB2312", space_after=0):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(26)
    if indent and align is None:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p


def run(p, text, size=14, font="仿宋_GB2312", bold=False):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    r.font.name = font
    r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return r


def field_line(doc, label, tag, value, size=14):
    p = para(doc, indent=False, size=size)
    run(p, label, size)
    sdt(p, tag, label.rstrip("：:"), value, size=size)
    return p


def table(doc, rows, widths_mm, size=12):
    t = doc.add_table(rows=0, cols=len(widths_mm))
    t.style = "Table Grid"
    for row in rows:
        cells = t.add_row().cells
        i = 0
        for item in row:
            span = 1
            if isinstance(item, tuple):
                item, span = item
            c = cells[i]
            if span > 1:
                c = c.merge(cells[i + span - 1])
            c.text = ""
            lines = str(item).split("\n")
            c.paragraphs[0].add_run(lines[0]).font.size = Pt(size)
            for ln in lines[1:]:
                c.add_paragraph().add_run(ln).font.size = Pt(size)
            i += span
    for row in t.rows:
        for i, w in enumerate(widths_mm):
            if i < len(row.cells):
                row.cells[i].width = Mm(w)
    return t


def new_section(doc, title, first=False):
    sec = doc.sections[0] if first else doc.add_section(WD_SECTION.NEW_PAGE)
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(28)
    sec.top_margin, sec.bottom_margin = Mm(30), Mm(28)
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.text = ""
    run(hp, f"{AG}　行政执法文书　｜　{title}", 9, "宋体")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.text = ""
    run(fp, "— ", 10, "宋体")
    fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    run(fp, " —", 10, "宋体")
    return sec


def doc_title(doc, t, sub=None):
    para(doc, AG, "c", 16, True, font="方正小标宋简体")
    para(doc, t, "c", 22, True, font="方正小标宋简体", space_after=6)
    if sub:
        p = para(doc, "", "r", 14)
        sdt(p, "wh", "文号", sub, size=14)


def seal_par(doc, date_s, seed):
    img = seal_image(AG, "", 300, (205, 25, 25), seed)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    buf.seek(0)
    p = para(doc, "", "r", 14)
    p.paragraph_format.line_spacing = None
    p.add_run().add_picture(buf, width=Mm(38))
    p2 = para(doc, "", "r", 14)
    sdt(p2, "dwmc", "落款单位", AG, size=14)
    p3 = para(doc, "", "r", 14)
    sdt(p3, "lkrq", "落款日期", date_s, size=14)


def build(out_dir):
    d = D
    doc = Document()
    cp = doc.core_properties
    cp.author = "南海区人社局劳动保障监察大队"
    cp.title = f"{PARTY}擅自从事职业中介活动案"
    cp.comments = "广东省行政执法信息平台导出"
    import datetime as _dt
    cp.created = cp.modified = _dt.datetime(2025, 7, 16, 9, 0, 0)
    cp.last_modified_by = "黄敏"
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.font.size = Pt(14)

    # cover
    new_section(doc, "案卷封面", first=True)
    para(doc)
    para(doc, AG, "c", 22, True, font="方正小标宋简体")
    para(doc, "行政处罚案卷", "c", 28, True, font="方正小标宋简体", space_after=30)
    for lab, tag, val in [("案件名称：", "ajmc", f"{PARTY}未经许可擅自从事职业中介活动案"),
                          ("案件编号：", "ajbh", "NHRS-2025-CF-0112"),
                          ("决定书文号：", "jdswh", NO_DEC),
                          ("立案日期：", "larq", d_std(d["filing"])), ("结案日期：", "jarq", d_std(d["closing"])),
                          ("承办人：", "cbr", f"{O1}　{O2}"), ("保管期限：", "bgqx", "永久")]:
        field_line(doc, lab, tag, val, 15)

    # 目录 (no page numbers: the system prints one section per document)
    new_section(doc, "卷内文件目录")
    para(doc, "卷内文件目录", "c", 20, True)
    rows = [["序号", "文件名称", "文号", "日期"]]
    items = [("立案审批表", NO_FILE, d["filing"]), ("现场检查笔录", "", d["inspect"]), ("询问笔录（何志强）", "", d["inquiry"]),
             ("询问笔录（韦小龙）", "", d["witness"]), ("证据材料清单", "", d["report"]), ("案件调查终结报告", "", d["report"]),
             ("法制审核意见书", "", d["review"]), ("行政处罚事先告知书", NO_NOTICE, d["notice"]), ("送达回证", "", d["notice_served"]),
             ("行政处罚决定审批表", "", d["approve"]), ("行政处罚决定书", NO_DEC, d["decision"]), ("送达回证", "", d["served"]),
             ("罚没款缴款凭证", "", d["paid"]), ("结案审批表", "", d["closing"])]
    for i, (n, w, dd) in enumerate(items, 1):
        rows.append([str(i), n, w, dd])
    table(doc, rows, [14, 62, 60, 26], 11)

    # 立案审批表
    new_section(doc, "立案审批表")
    doc_title(doc, "立案审批表", NO_FILE)
    table(doc, [["案件来源", ("投诉举报（2025年2月20日，投诉人：韦某龙）", 3)],
                ["当事人", PARTY, "统一社会信用代码", CODE],
                ["法定代表人", LEGAL, "住所", ADDR],
                ["案由", ("涉嫌未经许可擅自从事职业中介活动", 3)],
                ["案情简介", ("投诉人反映当事人收取其“介绍费”300元后介绍其到狮山镇某电子厂务工。经2025年2月27日现场检查，当事人未取得人力资源服务许可证，"
                            "涉嫌违反《人力资源市场暂行条例》第十八条第一款的规定。", 3)],
                ["承办人意见", (f"建议立案调查。\n承办人：{O1}、{O2}　　{d_std(d['filing'])}", 3)],
                ["负责人审批意见", (f"同意立案。\n审批人：冯国栋　　{d_std(d['filing'])}", 3)]], [26, 50, 30, 56], 12)

    # 现场检查笔录 (SUBJ-02: the second officer's certificate number is left blank)
    new_section(doc, "现场检查笔录")
    doc_title(doc, "现场检查笔录")
    for lab, tag, val in [("检查时间：", "jcsj", "2025年2月27日10时05分至11时20分"), ("检查地点：", "jcdd", ADDR),
                          ("被检查单位：", "bjcdw", PARTY), ("现场负责人：", "xcfzr", f"{LEGAL}（法定代表人）")]:
        field_line(doc, lab, tag, val)
    p = para(doc, indent=False)
    run(p, "检查人员：")
    sdt(p, "zfry1", "执法人员1", f"{O1}（执法证号：{C1}）")
    run(p, "　")
    sdt(p, "zfry2", "执法人员2", f"{O2}（执法证号：　　　　　　　　）")
    para(doc, "检查人员向被检查单位现场负责人出示了执法证件，表明了身份，告知其有申请回避的权利，对方表示不申请回避。")
    para(doc, "检查情况：该单位办公场所约60平方米，门口张贴“高薪招聘　普工　包吃住”等招工广告，前台放置“求职登记表”一叠。"
              "经查看，当事人营业执照经营范围为“信息咨询服务（不含许可类信息咨询服务）”，现场未能出示人力资源服务许可证。"
              "检查人员调取了求职登记表16份、微信收款记录截图及介绍求职者入职的企业名单，并拍照取证。")
    para(doc, "被检查单位意见：以上情况属实。")
    p = para(doc, indent=False)
    run(p, "现场负责人签名：何志强　　　检查人员签名：梁振宇　黄敏　　　2025.2.27", 13, "楷体_GB2312")

    # 询问笔录 (法定代表人)
    new_section(doc, "询问笔录")
    doc_title(doc, "询问笔录")
    for lab, tag, val in [("询问时间：", "xwsj", "2025年3月12日14时30分至15时45分"),
                          ("询问地点：", "xwdd", "南海区人力资源和社会保障局劳动保障监察大队询问室"),
                          ("询问人：", "xwr", f"{O1}（执法证号{C1}）　{O2}（执法证号{C2}）"),
                          ("被询问人：", "bxwr", f"{LEGAL}　男　身份证号{LEGAL_ID}"),
                          ("工作单位及职务：", "gzdw", f"{PARTY}法定代表人")]:
        field_line(doc, lab, tag, val)
    for q in ["问：我们是南海区人力资源和社会保障局的执法人员（出示执法证件），现依法向你了解情况。你有权申请回避，是否申请？",
              "答：不申请回避。",
              "问：你公司是否取得人力资源服务许可证？",
              "答：没有，我们只办了营业执照。",
              "问：你公司从什么时候开始介绍求职人员到企业工作？如何收费？",
              "答：从2024年11月开始，我们在网上和门口发招工信息，求职者来登记后，我们介绍他们去狮山、里水的几家工厂，每介绍成功一人收300元介绍费，用微信收款。",
              "问：到现在一共介绍了多少人，收了多少钱？",
              "答：截至2025年2月27日你们检查时，一共介绍成功16人，收介绍费4800元，求职登记表和微信记录都给你们了。",
              "问：检查之后公司的情况？",
              "答：2月27日以后我们已经停止了，门口的广告也撕掉了，准备去申请许可证。",
              "问：以上记录是否属实？",
              "答：我看过了，记录属实。"]:
        para(doc, q)
    p = para(doc, indent=False)
    run(p, "被询问人签名：何志强　　2025年3月12日　　询问人：梁振宇　黄敏", 13, "楷体_GB2312")

    # 询问笔录 (求职者)
    new_section(doc, "询问笔录")
    doc_title(doc, "询问笔录")
    for lab, tag, val in [("询问时间：", "xwsj2", "2025年3月18日10时00分至10时35分"),
                          ("询问地点：", "xwdd2", "南海区狮山镇某电子厂员工宿舍会客室"),
                          ("询问人：", "xwr2", f"{O1}（执法证号{C1}）　{O2}（执法证号{C2}）"),
                          ("被询问人：", "bxwr2", f"韦小龙　男　身份证号{make_id('452122', '19990305', '133')}")]:
        field_line(doc, lab, tag, val)
    for q in ["问：我们是南海区人社局执法人员，这是我们的执法证件。你有申请回避的权利，是否申请？", "答：不申请。",
              "问：你是怎样找到现在的工作的？",
              "答：1月初我在聚才公司登记，交了300元介绍费，他们介绍我到这个厂上班，收款是用微信转给他们前台的。",
              "问：以上记录是否属实？", "答：属实。"]:
        para(doc, q)
    p = para(doc, indent=False)
    run(p, "被询问人签名：韦小龙　　2025.3.18　　询问人：梁振宇　黄敏", 13, "楷体_GB2312")

    # 证据清单
    new_section(doc, "证据材料清单")
    para(doc, "证据材料清单", "c", 18, True)
    table(doc, [["序号", "证据名称", "来源", "证明内容"],
                ["1", "营业执照复印件", "当事人提供", "当事人主体资格、经营范围"],
                ["2", "求职登记表16份（复印件）", "现场调取", "当事人为16名求职者提供职业中介服务"],
                ["3", "微信收款记录截图（2024.11.08—2025.02.26）", "当事人提供", "收取介绍费16笔，每笔300元，合计4800元"],
                ["4", "现场照片5张", "执法人员拍摄", "经营场所招工广告等"],
                ["5", "询问笔录2份", "执法人员制作", "违法事实"]], [12, 56, 30, 64], 11)

    # 调查终结报告
    new_section(doc, "案件调查终结报告")
    doc_title(doc, "案件调查终结报告")
    for t in [f"当事人：{PARTY}，统一社会信用代码：{CODE}，住所：{ADDR}，法定代表人：{LEGAL}。",
              "案件来源及调查经过：2025年2月20日接投诉，2月27日现场检查，3月5日立案，3月12日、3月18日分别询问当事人法定代表人及求职者，调取书证、电子数据。",
              "违法事实：当事人未取得人力资源服务许可证，于2024年11月8日至2025年2月26日期间，为16名求职者提供职业中介服务，每人收取介绍费300元，共计4800元，违法所得4800元。",
              "定性与依据：当事人的行为违反了《人力资源市场暂行条例》第十八条第一款的规定，依据该条例第四十二条第一款应予处罚。",
              "裁量理由：当事人违法所得较少，检查后主动停止违法行为，依照《佛山市人力资源社会保障行政处罚自由裁量标准》属一般情形，在1万元以上5万元以下幅度内建议处罚款2万元。",
              "处理建议：责令停止从事职业中介活动，没收违法所得4800元，并处罚款2万元。",
              f"承办人：{O1}　{O2}　　{d_std(d['report'])}"]:
        para(doc, t)

    # 法制审核
    new_section(doc, "法制审核意见书")
    doc_title(doc, "法制审核意见书")
    table(doc, [["案件名称", f"{PARTY}未经许可擅自从事职业中介活动案"],
                ["审核意见", "执法主体适格，事实清楚，证据确实充分，适用法律正确，程序合法，裁量适当。同意处理意见，请按程序告知当事人陈述、申辩及听证权利。"],
                ["审核人", f"邓婉婷（法律职业资格证书编号A20164406051327）　{d_std(d['review'])}"],
                ["法制机构负责人", f"潘建华　{d_std(d['review'])}"]], [36, 126], 12)

    # 事先告知书
    new_section(doc, "行政处罚事先告知书")
    doc_title(doc, "行政处罚事先告知书", NO_NOTICE)
    p = para(doc, indent=False)
    sdt(p, "dsr", "当事人", PARTY)
    run(p, "：")
    para(doc, "经调查，你单位未取得人力资源服务许可证，于2024年11月8日至2025年2月26日期间为16名求职者提供职业中介服务，收取介绍费共计4800元。"
              "以上事实有现场检查笔录、询问笔录、求职登记表、微信收款记录等证据证实。")
    para(doc, "你单位的上述行为违反了《人力资源市场暂行条例》第十八条第一款的规定。依据《人力资源市场暂行条例》第四十二条第一款的规定，本局拟作出如下行政处罚："
              "责令停止从事职业中介活动，没收违法所得人民币4800元，并处罚款人民币2万元。")
    para(doc, "根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你单位可自收到本告知书之日起五个工作日内向本局提出陈述、申辩，"
              "或者要求举行听证。逾期未提出的，视为放弃上述权利。")
    seal_par(doc, d_std(d["notice"]), 31)

    # 送达回证
    new_section(doc, "送达回证")
    para(doc, "送达回证", "c", 20, True)
    table(doc, [["送达文书", f"行政处罚事先告知书（{NO_NOTICE}）"], ["受送达人", PARTY], ["送达地点", ADDR],
                ["送达方式", "直接送达"], ["受送达人签收", f"何志强　{d_std(d['notice_served'])}"], ["送达人", f"{O1}　{O2}"],
                ["备注", ""]], [36, 126], 13)

    # 决定审批表
    new_section(doc, "行政处罚决定审批表")
    doc_title(doc, "行政处罚决定审批表")
    table(doc, [["当事人", PARTY],
                ["陈述申辩及听证情况", "当事人在规定期限内未提出陈述、申辩，未要求听证。"],
                ["处罚意见", "责令停止从事职业中介活动，没收违法所得4800元，罚款2万元。"],
                ["承办人", f"{O1}　{O2}　{d_std(d['approve'])}"],
                ["负责人审批", f"同意。冯国栋　{d_std(d['approve'])}"]], [36, 126], 12)

    # 决定书 (DOC-06: credit code with two characters transposed; DOC-02: 复议机关)
    sec = new_section(doc, "行政处罚决定书")
    doc_title(doc, "行政处罚决定书")
    anchor = para(doc, "", "r", 12)
    textbox(anchor, [NO_DEC], 200, -8, 220, 22, border=False)
    textbox(anchor, ["（此联存档）"], 360, -70, 80, 20, border=True)
    p = para(doc, indent=False)
    run(p, "当事人：")
    sdt(p, "dsrmc", "当事人名称", PARTY)
    p = para(doc, indent=False)
    run(p, "统一社会信用代码：")
    sdt(p, "tyxydm", "统一社会信用代码", CODE_BAD)
    p = para(doc, indent=False)
    run(p, "法定代表人：")
    sdt(p, "fddbr", "法定代表人", LEGAL)
    p = para(doc, indent=False)
    run(p, "住所：")
    sdt(p, "zs", "住所", ADDR)
    for t in [f"本局于2025年2月20日接到投诉，反映你单位收取介绍费为求职者介绍工作。经2025年2月27日现场检查，本局于{d_std(d['filing'])}立案调查。",
              "经查明：你单位未取得人力资源服务许可证，于2024年11月8日至2025年2月26日期间，在佛山市南海区桂城街道南海大道北68号1座1203室，"
              "通过张贴招工广告、登记求职者信息等方式，先后介绍16名求职者到狮山镇、里水镇的企业务工，每人收取介绍费300元，共计收取4800元，违法所得4800元。",
              "上述事实有以下证据证明：1.现场检查笔录及现场照片；2.对你单位法定代表人何志强及求职者韦小龙的询问笔录；3.求职登记表16份；4.微信收款记录截图；5.营业执照复印件。",
              f"本局于{d_std(d['notice'])}作出《行政处罚事先告知书》（{NO_NOTICE}），并于{d_std(d['notice_served'])}送达你单位，告知你单位拟作出行政处罚的事实、理由、依据以及依法享有的陈述、申辩和要求听证的权利。你单位在规定期限内未提出陈述、申辩，也未要求听证。",
              "本局认为，你单位未经许可擅自从事职业中介活动，违反了《人力资源市场暂行条例》第十八条第一款的规定。鉴于你单位违法所得较少，检查后主动停止违法行为，"
              "依照《佛山市人力资源社会保障行政处罚自由裁量标准》属一般情形。依据《人力资源市场暂行条例》第四十二条第一款的规定，本局决定：",
              "一、责令你单位停止从事职业中介活动；",
              f"二、没收违法所得人民币肆仟捌佰元整（¥4,800.00）；",
              f"三、罚款人民币贰万元整（¥20,000.00）。",
              "你单位应当自收到本决定书之日起十五日内，通过广东省非税收入缴款系统（粤省事、银行网点）缴纳罚没款。逾期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。",
              "如不服本决定，可在收到本决定书之日起六十日内向佛山市人力资源和社会保障局申请行政复议，或者在六个月内向佛山市南海区人民法院提起行政诉讼。"]:
        para(doc, t)
    seal_par(doc, d_std(d["decision"]), 32)

    new_section(doc, "送达回证")
    para(doc, "送达回证", "c", 20, True)
    table(doc, [["送达文书", f"行政处罚决定书（{NO_DEC}）"], ["受送达人", PARTY], ["送达地点", ADDR],
                ["送达方式", "直接送达"], ["受送达人签收", f"何志强　{d_std(d['served'])}"], ["送达人", f"{O1}　{O2}"],
                ["备注", ""]], [36, 126], 13)

    new_section(doc, "罚没款缴款凭证")
    para(doc, "广东省非税收入（电子）票据", "c", 16, True)
    table(doc, [["交款人", PARTY, "交款人统一社会信用代码", CODE],
                ["项目名称", "罚没收入", "金额（元）", "24,800.00"],
                ["其中", ("罚款20,000.00元；没收违法所得4,800.00元", 3)],
                ["金额合计（大写）", (upper_amount(24800), 3)],
                ["收款单位", AG, "开票日期", "2025-07-08"]], [30, 52, 40, 40], 11)

    new_section(doc, "结案审批表")
    doc_title(doc, "结案审批表")
    table(doc, [["当事人", PARTY], ["处罚决定", f"{NO_DEC}：责令停止从事职业中介活动，没收违法所得4800元，罚款2万元。"],
                ["执行情况", "当事人已于2025年7月8日缴纳罚没款24800元；经2025年7月10日回访，已停止职业中介活动。"],
                ["承办人意见", f"建议结案。{O1}　{O2}　{d_std(d['closing'])}"],
                ["负责人审批", f"同意结案。冯国栋　{d_std(d['closing'])}"]], [36, 126], 12)

    path = f"{out_dir}/{CASE}.docx"
    doc.save(path)
    rezip_deterministic(path)
    span = days_between(d["filing"], d["decision"])
    assert span == 114, span
    label = {
        "case_id": CASE,
        "codes": ["DOC-02", "SUBJ-02", "DOC-06", "PROC-03"],
        "encoding": None,
        "notes": (
            "DOC-02: the 决定书 (2025-06-27) names 佛山市人力资源和社会保障局 (the 上一级主管部门) as 复议机关; since 2024-01-01 "
            "复议 of a district 人社局 lies with 佛山市南海区人民政府 (行政复议法2023 第二十四条) - the old template wording. "
            f"SUBJ-02: in the 现场检查笔录 the second officer reads '黄敏（执法证号：　　　　　　　　）' - blank, while the 询问笔录 give "
            f"{C2}. DOC-06: the 决定书 content control 统一社会信用代码 holds {CODE_BAD} (characters 12 and 13 transposed, fails the "
            f"GB 32100 check) while 立案审批表 and the 票据 carry {CODE}; visible only when the two are compared. "
            "PROC-03: 立案 2025-03-05, 决定 2025-06-27 = 114 days, no extension approval in the file. Lawful features: "
            "文号 with 第 and leading zeros; 没收违法所得 + fine 2万 within 1万-5万 with reasons; 法制审核 before notice; decision "
            "after the 5-working-day window; field values live in content controls and the 决定书文号 in a text box."),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "单位", "credit_code": CODE, "id_number": None},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": d["filing"], "notice": d["notice"], "decision": d["decision"], "decision_served": d["served"]},
            "citations": [
                {"law": "《人力资源市场暂行条例》", "article": 18, "paragraph": 1, "item": None, "role": "violated"},
                {"law": "《人力资源市场暂行条例》", "article": 42, "paragraph": 1, "item": None, "role": "penalty"}]},
    }
    check = {"file": f"{CASE}.docx", "kind": "docx",
             "must_contain": [PARTY, CODE, CODE_BAD, NO_DEC, NO_NOTICE, "2025年6月27日", "2025年3月5日",
                              "佛山市人力资源和社会保障局申请行政复议", "执法证号：　　　　　　　　", "第四十二条第一款"],
             "bad_code": CODE_BAD,
             "day_checks": [("days_gt", d["filing"], d["decision"], 90)]}
    return label, check
