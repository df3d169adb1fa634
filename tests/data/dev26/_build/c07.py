"""dev26_07: 长春市朝阳区市场监督管理局, 零售超过有效期的药品 (药品管理法2015 49(3)(3) / 74), 2019-2020.  CLEAN case.
A folder with one file per document, mixed PDF / DOCX / TXT."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from lib import (Cell as Cl, Flow, d_cn, d_std, days_between, make_credit_code, make_id, rezip_deterministic,
                 rl_draw_page, rl_fonts, upper_amount, wd_between)

CASE = "dev26_07"
AG = "长春市朝阳区市场监督管理局"
PARTY = "长春市朝阳区仁和堂大药房"
CODE = make_credit_code("92", "220104", "MA14XJ2R")
OWNER = "孙丽华"
OWNER_ID = make_id("220104", "19780512", "062")
ADDR = "长春市朝阳区西康路1207号"
LIC = "吉AA4310262"
O1, C1 = "高志远", "22010418003165"
O2, C2 = "马春燕", "22010418003172"
WIT = "张桂芝"
NO_NOTICE = "长朝市监药告〔2020〕3号"
NO_DEC = "长朝市监药罚〔2020〕3号"
GOODS = [("复方丹参片", "0.32g×60片/盒", "190303", "2019-08", 15.80, 12, 3),
         ("阿莫西林胶囊", "0.25g×24粒/盒", "170921", "2019-09", 23.50, 9, 0)]
VALUE = round(sum(p * (s + k) for *_, p, s, k in GOODS), 2)
GAIN = round(sum(p * k for *_, p, s, k in GOODS), 2)
FINE = round(VALUE * 2, 2)
assert (VALUE, GAIN, FINE) == (448.5, 47.4, 897.0)
D = dict(inspect="2019-10-22", filing="2019-10-24", inquiry="2019-10-28", report="2019-12-20", review="2019-12-27",
         notice="2020-01-06", notice_served="2020-01-06", waiver="2020-01-07", approve="2020-01-09",
         decision="2020-01-10", served="2020-01-13", paid="2020-02-03", closing="2020-02-18")


# ------------------------------------------------------------------ writers

def write_pdf(path, build_fn, title):
    f = Flow(size=12, lead=1.85, ml=28, mr=26)
    f.start_doc(title)
    build_fn(f)

    def footer(fl, p):
        if len(fl.pages) > 1:
            s = f"第{fl.pages.index(p) + 1}页 共{len(fl.pages)}页"
            p.text(fl.w - fl.mr - 30, fl.h - 12, 9.5, s, "body")
    f.footer = footer
    f.finish()
    fonts = rl_fonts("ttf")
    fonts = dict(fonts, body="RL-title")  # sans for body text in this agency's system
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(AG)
    for pg in f.pages:
        rl_draw_page(c, pg, fonts)
        c.showPage()
    c.save()
    return f


def write_docx(path, title, paras, table_rows=None, widths=None):
    doc = Document()
    cp = doc.core_properties
    import datetime as _dt
    cp.author = "朝阳区市场监管局药品科"
    cp.created = cp.modified = _dt.datetime(2020, 2, 20, 10, 0, 0)
    cp.title = title
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(12)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(AG)
    r.font.size = Pt(15)
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(title)
    r.font.size = Pt(20)
    r.bold = True
    if table_rows:
        t = doc.add_table(rows=0, cols=len(widths))
        t.style = "Table Grid"
        for row in table_rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
                cells[i].width = Mm(widths[i])
    for ptxt in paras:
        p = doc.add_paragraph()
        if ptxt.startswith(">"):
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            ptxt = ptxt[1:]
        else:
            p.paragraph_format.first_line_indent = Pt(24)
        p.add_run(ptxt)
    doc.save(path)
    rezip_deterministic(path)


def write_txt(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


# ------------------------------------------------------------------ content

def build(out_dir):
    d = D
    folder = os.path.join(out_dir, CASE)
    os.makedirs(folder, exist_ok=True)
    for fn in os.listdir(folder):
        os.remove(os.path.join(folder, fn))
    P = lambda n: os.path.join(folder, n)
    texts = {}

    def toc(f):
        f.title("卷宗目录", 20)
        rows = [[Cl("件号", align="center"), Cl("文件名称", align="center"), Cl("日期", align="center"), Cl("文件", align="center")]]
        for i, (n, dd, fn) in enumerate(FILES, 1):
            rows.append([Cl(str(i), align="center"), n, Cl(dd, align="center"), fn])
        f.table(rows, [12, 60, 24, 60], size=10, min_h=8)
        f.left(f"案件名称：{PARTY}零售超过有效期药品案　　决定书文号：{NO_DEC}", size=10.5)
    write_pdf(P("00_卷宗目录.pdf"), toc, "卷宗目录")

    def lian(f):
        f.title(AG, 15, after=0)
        f.title("立案（不予立案）审批表", 19)
        f.table([[Cl("案件来源", align="center"), Cl("日常监督检查（2019年10月22日）", span=3)],
                 [Cl("当事人", rspan=3, align="center"), "名称", Cl(PARTY, span=2)],
                 ["统一社会信用代码", Cl(CODE, span=2)],
                 ["经营者", Cl(f"{OWNER}　身份证号：{OWNER_ID}", span=2)],
                 [Cl("案情摘要", align="center"), Cl("2019年10月22日检查发现当事人营业场所货架上陈列销售超过有效期的复方丹参片12盒、阿莫西林胶囊9盒，"
                                                    "涉嫌销售劣药，违反《中华人民共和国药品管理法》第四十九条的规定。", span=3)],
                 [Cl("办案人员", align="center"), Cl(f"{O1}（执法证号{C1}）　{O2}（执法证号{C2}）", span=3)],
                 [Cl("办案机构意见", align="center"), Cl("建议立案。　王丽娟　2019年10月24日", span=3)],
                 [Cl("部门负责人审批", align="center"), Cl("同意立案。　刘振国　2019年10月24日", span=3)]], [26, 34, 40, 56], size=11)
    write_pdf(P("01_立案审批表.pdf"), lian, "立案审批表")

    write_docx(P("02_现场检查笔录.docx"), "现场笔录", [
        "检查时间：2019年10月22日9时40分至10时50分",
        f"检查地点：{ADDR}（{PARTY}营业场所）",
        f"当事人：{PARTY}　经营者：{OWNER}　药品经营许可证编号：{LIC}",
        f"执法人员：{O1}（执法证号{C1}）、{O2}（执法证号{C2}）　记录人：{O2}",
        f"执法人员向当事人出示执法证件，告知其有申请回避的权利，当事人不申请回避。",
        "现场检查情况：当事人营业面积约80平方米，在营业厅中药区第3排货架上发现复方丹参片（0.32g×60片/盒，批号190303，有效期至2019年08月）12盒，"
        "标价15.80元/盒；在西药区第5排货架发现阿莫西林胶囊（0.25g×24粒/盒，批号170921，有效期至2019年09月）9盒，标价23.50元/盒。上述药品均陈列待售。"
        "执法人员对现场拍照7张，调取了当事人计算机管理系统2019年8月1日至10月22日销售记录。当事人当场将上述药品下架，装箱封存于店内不合格药品区，听候处理。",
        "当事人意见：情况属实。",
        f">当事人签名：{OWNER}　　执法人员签名：{O1}　{O2}",
        ">2019年10月22日"])

    write_docx(P("03_询问笔录_孙丽华.docx"), "询问笔录", [
        "询问时间：2019年10月28日14时00分至15时10分　询问地点：朝阳区市场监督管理局药品科",
        f"询问人：{O1}（执法证号{C1}）　记录人：{O2}（执法证号{C2}）",
        f"被询问人：{OWNER}　女　身份证号{OWNER_ID}　住址：长春市朝阳区湖西路88号　系{PARTY}经营者",
        "问：我们是朝阳区市场监督管理局执法人员，这是我们的执法证件。你有申请我们回避的权利，是否申请回避？",
        "答：不申请。",
        "问：10月22日检查发现的过期药品是什么情况？",
        "答：复方丹参片是2019年3月从长春某医药有限公司进的，阿莫西林胶囊是2017年底进的，因为店员没有按月检查效期，过期了还在货架上。",
        "问：过期以后有没有销售？",
        "答：电脑系统显示复方丹参片9月12日、9月26日、10月9日各卖出1盒，都是按标价15.80元卖的，阿莫西林胶囊过期后没有卖出。",
        "问：以上笔录是否属实？",
        "答：我看过了，与我说的相符。",
        f">被询问人：{OWNER}　2019.10.28",
        f">询问人：{O1}　记录人：{O2}"])

    lines = ["涉案药品购销记录摘录及货值计算表", "",
             "品名\t规格\t批号\t有效期至\t标价(元)\t在库\t过期后售出\t货值(元)"]
    for n, spec, lot, exp, p, s, k in GOODS:
        lines.append(f"{n}\t{spec}\t{lot}\t{exp}\t{p:.2f}\t{s}\t{k}\t{p * (s + k):.2f}")
    lines += [f"合计货值金额：{VALUE:.2f}元（依《中华人民共和国药品管理法》第九十九条，按标价计算）",
              f"违法所得：复方丹参片3盒×15.80元＝{GAIN:.2f}元",
              "销售记录：2019-09-12、2019-09-26、2019-10-09各售出复方丹参片1盒。",
              "", f"当事人确认：以上数据属实。{OWNER}　2019年10月28日", f"制表人：{O2}"]
    write_txt(P("04_药品购销记录及货值计算表.txt"), lines)

    write_docx(P("05_案件调查终结报告.docx"), "案件调查终结报告", [
        f"当事人：{PARTY}（个体工商户），统一社会信用代码{CODE}，经营者{OWNER}，经营场所{ADDR}。",
        "违法事实：当事人于2019年8月至10月22日期间，在经营场所陈列销售超过有效期的复方丹参片12盒、阿莫西林胶囊9盒，并于过期后售出复方丹参片3盒。"
        f"涉案药品货值金额{VALUE:.2f}元，违法所得{GAIN:.2f}元。",
        "法律适用：当事人的违法行为发生在2019年12月1日新修订的《中华人民共和国药品管理法》施行之前。新法第一百一十七条规定处货值金额十倍以上二十倍以下罚款，"
        "零售货值不足一万元按一万元计算；修订前的《中华人民共和国药品管理法》（2015年修正）第七十四条规定处货值金额一倍以上三倍以下罚款。"
        "依据《中华人民共和国立法法》第九十三条规定的不溯及既往原则，本案适用行为时的法律，且旧法处罚较轻，符合从旧兼从轻原则。",
        "定性：当事人销售超过有效期的药品，按劣药论处，违反了修订前《中华人民共和国药品管理法》第四十九条第三款第（三）项的规定，"
        "依据修订前《中华人民共和国药品管理法》第七十四条处罚。本案属该法第四十九条第三款规定的情形，依该法第七十七条无需载明质量检验结果。",
        "裁量：当事人违法时间约两个月，过期后售出3盒，配合调查，情节一般，建议按货值金额二倍处罚。",
        f"处理意见：没收超过有效期的药品21盒，没收违法所得{GAIN:.2f}元，处货值金额二倍罚款{FINE:.2f}元。",
        f">承办人：{O1}　{O2}　2019年12月20日"])

    write_txt(P("06_案件核审意见书.txt"), [
        "长春市朝阳区市场监督管理局", "案件核审意见书", "",
        f"案件名称：{PARTY}零售超过有效期药品案",
        "核审机构：法制科",
        "核审意见：",
        "一、执法主体适格，案件管辖正确。",
        "二、事实清楚，证据确凿，货值金额、违法所得计算正确。",
        "三、违法行为终了于2019年10月22日，在新修订药品管理法施行前，适用2015年修正的药品管理法第四十九条第三款第（三）项、第七十四条正确，符合从旧兼从轻原则。",
        "四、程序合法，处罚幅度适当。同意办案机构意见。",
        "", "核审人：韩雪（法律职业资格A20112201051036）　核审日期：2019-12-27",
        "法制科负责人：赵宇　2019-12-27"])

    def gaozhi(f):
        f.title(AG, 15, after=0)
        f.title("行政处罚告知书", 20, after=1)
        f.right(NO_NOTICE, pad=0)
        f.left(f"{PARTY}（经营者：{OWNER}）：")
        f.para(f"经查，你店于2019年8月至10月22日期间销售超过有效期的复方丹参片、阿莫西林胶囊共24盒（其中已售出复方丹参片3盒），货值金额{VALUE:.2f}元，违法所得{GAIN:.2f}元。")
        f.para("你店的行为违反了修订前《中华人民共和国药品管理法》第四十九条第三款第（三）项的规定。依据修订前《中华人民共和国药品管理法》第七十四条的规定，"
               f"本局拟对你店作出如下行政处罚：没收超过有效期的药品21盒，没收违法所得{GAIN:.2f}元，并处罚款{FINE:.2f}元。")
        f.para("根据《中华人民共和国行政处罚法》第三十一条、第三十二条的规定，你店可在收到本告知书之日起五个工作日内向本局提出陈述、申辩。逾期未提出的，视为放弃此权利。")
        f.gap(8)
        f.right(AG)
        f.seal(AG, dy=-9, seed=71)
        f.right("2020年1月6日")
    write_pdf(P("07_行政处罚告知书.pdf"), gaozhi, "行政处罚告知书")

    def huizheng(f, doc, dd, way, sign, note):
        f.title("送达回证", 20)
        f.table([[Cl("送达文书名称及文号", align="center"), doc], [Cl("受送达人", align="center"), f"{PARTY}（经营者：{OWNER}）"],
                 [Cl("送达地点", align="center"), ADDR], [Cl("送达方式", align="center"), way],
                 [Cl("受送达人签名（盖章）", align="center"), Cl(sign, font="hw")], [Cl("送达日期", align="center"), dd],
                 [Cl("送达人", align="center"), Cl(f"{O1}　{O2}", font="hw")], [Cl("备注", align="center"), note]], [40, 110], size=11.5, min_h=13)
    write_pdf(P("08_告知书送达回证.pdf"),
              lambda f: huizheng(f, f"行政处罚告知书（{NO_NOTICE}）", "2020年1月6日", "直接送达", "孙丽华", ""), "送达回证")

    def waiver(f):
        f.title("放弃陈述、申辩权利的声明", 17)
        f.para("朝阳区市场监督管理局：", indent=0, font="hw")
        f.para(f"我店已收到你局{NO_NOTICE}行政处罚告知书，对告知的违法事实、处罚依据和拟作出的处罚无异议，自愿放弃陈述、申辩的权利，请依法作出处理。", font="hw")
        f.gap(6)
        f.right(f"声明人：{OWNER}（{PARTY}经营者）", font="hw")
        f.right("2020年1月7日", font="hw")
    write_pdf(P("09_放弃陈述申辩权利声明.pdf"), waiver, "放弃陈述申辩权利声明")

    write_docx(P("10_行政处罚决定审批表.docx"), "行政处罚决定审批表", [
        f">办案人员：{O1}　{O2}　2020年1月9日", ">部门负责人：刘振国（同意）　2020年1月9日"],
        table_rows=[["当事人", f"{PARTY}（经营者{OWNER}）"], ["告知及陈述申辩情况", "2020年1月6日送达告知书，当事人于2020年1月7日书面声明放弃陈述、申辩。"],
                    ["法律适用", "修订前《中华人民共和国药品管理法》第四十九条第三款第（三）项、第七十四条（从旧兼从轻）"],
                    ["处罚意见", f"没收超过有效期的药品21盒，没收违法所得{GAIN:.2f}元，罚款{FINE:.2f}元。"]], widths=[40, 120])

    def jueding(f):
        f.title(AG, 15, after=0)
        f.title("行政处罚决定书", 20, after=1)
        f.right(NO_DEC, pad=0)
        f.left(f"当事人：{PARTY}")
        f.left(f"主体资格证照名称：营业执照　统一社会信用代码：{CODE}")
        f.left(f"经营场所：{ADDR}　经营者：{OWNER}　身份证号：{OWNER_ID}")
        f.para(f"2019年10月22日，本局执法人员对当事人进行日常监督检查，发现当事人涉嫌销售超过有效期的药品，经批准于2019年10月24日立案调查。")
        f.para("经查，当事人于2019年8月至10月22日期间，在其经营场所陈列销售超过有效期的复方丹参片（批号190303，有效期至2019年08月）12盒、"
               "阿莫西林胶囊（批号170921，有效期至2019年09月）9盒，并于2019年9月12日、9月26日、10月9日各售出复方丹参片1盒。"
               f"按标价计算，涉案药品货值金额{VALUE:.2f}元，违法所得{GAIN:.2f}元。")
        f.para("上述事实有现场笔录、现场照片、询问笔录、计算机系统销售记录、货值计算表、营业执照及药品经营许可证复印件等证据证明。")
        f.para(f"本局于2020年1月6日向当事人送达了《行政处罚告知书》（{NO_NOTICE}），当事人于2020年1月7日书面声明放弃陈述、申辩的权利。")
        f.para("本局认为，当事人的违法行为发生并终了于2019年12月1日新修订的《中华人民共和国药品管理法》施行之前，根据《中华人民共和国立法法》第九十三条的规定，"
               "适用行为时的《中华人民共和国药品管理法》（2015年修正），且修订前法律对该行为的处罚较轻，符合从旧兼从轻原则。当事人销售超过有效期的药品，"
               "按劣药论处，违反了修订前《中华人民共和国药品管理法》第四十九条第三款第（三）项的规定。本案属该法第四十九条第三款规定的情形，依该法第七十七条无需载明药品检验机构的质量检验结果。"
               "鉴于当事人违法时间约两个月，售出数量少，能配合调查，情节一般，依据修订前《中华人民共和国药品管理法》第七十四条的规定，本局决定：")
        f.para("一、没收超过有效期的复方丹参片12盒、阿莫西林胶囊9盒；")
        f.para(f"二、没收违法所得人民币{upper_amount(GAIN)}（¥{GAIN:.2f}）；")
        f.para(f"三、处货值金额二倍罚款，即人民币{upper_amount(FINE)}（¥{FINE:.2f}）。")
        f.para("当事人应自收到本决定书之日起十五日内，到中国工商银行长春各网点或通过吉林省非税收入收缴系统缴纳罚没款。逾期不缴纳的，"
               "本局将依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。")
        f.para("当事人如不服本决定，可在收到本决定书之日起六十日内向长春市朝阳区人民政府或者长春市市场监督管理局申请行政复议；也可以在六个月内依法向人民法院提起行政诉讼。")
        f.gap(8)
        f.right(AG)
        f.seal(AG, dy=-9, seed=72)
        f.right(d_cn(d["decision"]))
    fj = write_pdf(P("11_行政处罚决定书.pdf"), jueding, "行政处罚决定书")

    write_pdf(P("12_送达回证_留置送达.pdf"),
              lambda f: huizheng(f, f"行政处罚决定书（{NO_DEC}）", "2020年1月13日", "留置送达",
                                 "（拒绝签收）",
                                 f"2020年1月13日10时20分，执法人员在当事人经营场所向经营者{OWNER}送达，其以对罚款数额有意见为由拒绝签收。"
                                 f"执法人员邀请西康路社区居委会工作人员{WIT}到场见证，将决定书留置于当事人经营场所收银台，并以执法记录仪全程录像（设备编号CY-ZF-0437）。"
                                 f"见证人签名：{WIT}（西康路社区居委会）"), "送达回证")

    write_txt(P("13_罚没款缴款凭证.txt"), [
        "吉林省非税收入一般缴款书（电子）　票据号码：2201042002030417",
        f"缴款人：{PARTY}", f"执收单位：{AG}",
        f"罚款　　　　　　　{FINE:.2f}", f"没收违法所得　　　{GAIN:.2f}",
        f"合计（小写）：{FINE + GAIN:.2f}　（大写）：{upper_amount(round(FINE + GAIN, 2))}",
        "缴款日期：2020-02-03　　收款银行：中国工商银行长春西康路支行（电子缴款）"])

    write_docx(P("14_结案审批表.docx"), "结案审批表", [
        f">办案人员：{O1}　{O2}　2020年2月17日", ">负责人审批：同意结案。刘振国　2020年2月18日"],
        table_rows=[["当事人", PARTY], ["处罚决定", f"{NO_DEC}：没收药品21盒、没收违法所得{GAIN:.2f}元、罚款{FINE:.2f}元"],
                    ["执行情况", f"2020年2月3日缴纳罚没款{FINE + GAIN:.2f}元（缴款期限最后一日2020年1月28日适逢春节假期，国务院延长假期至2月2日，顺延至2月3日）；"
                                 "没收药品于2020年2月10日监督销毁，有销毁记录。"]], widths=[40, 120])

    write_txt(P("15_备考表.txt"), [
        "卷内备考表", "",
        "本卷共14件（不含目录、备考表）。现场照片7张、执法记录仪视频2段（现场检查、留置送达）另存于执法音像资料库。",
        "立卷人：马春燕　　检查人：王丽娟　　立卷时间：2020年2月25日"])

    assert days_between(d["filing"], d["decision"]) == 78
    label = {
        "case_id": CASE,
        "codes": [],
        "encoding": None,
        "notes": (
            "CLEAN. Traps, all lawful: (1) a 2020 decision cites the superseded 药品管理法 (2015年修正) 第四十九条第三款第（三）项 / "
            "第七十四条: the act ended 2019-10-22, before the 2019 revision took effect on 2019-12-01, and the old law is lighter "
            "(1-3x 货值 vs 10-20x with a 1万 floor), so 从旧兼从轻 applies and the decision says so (立法法第九十三条) - not LAW-04; "
            "the fine 897.00 = 2 x 448.50 货值 is inside the old range; (2) no 检验结论 needed for expired drugs (old law 第七十七条 "
            "exemption, stated); (3) the 告知书 gives 5 working days (to 2020-01-13) but the decision is dated 2020-01-10 - "
            "lawful because the party waived 陈述申辩 in writing on 2020-01-07 (file 11); no hearing right needed for a 897元 fine "
            "on an 个体工商户; (4) the 决定书 was served by 留置送达 on 2020-01-13 with a community witness signature and "
            "执法记录仪 video - the 回证 has no recipient signature by design; (5) payment on 2020-02-03, 21 days after service: "
            "the 15-day period ended 2020-01-28 inside the Spring Festival holiday extended to 2020-02-02, so it ran to the next "
            "working day - no 加处罚款 due; (6) 2020 decision uses the pre-2021 行政处罚法 numbering (第三十一条、第三十二条、第五十一条) "
            "correctly; (7) 78 days 立案->决定; (8) each document is its own file (PDF/DOCX/TXT), the 目录 lists files, not pages."),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "个体工商户", "credit_code": CODE, "id_number": OWNER_ID},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": d["filing"], "notice": d["notice"], "decision": d["decision"], "decision_served": d["served"]},
            "citations": [
                {"law": "《中华人民共和国药品管理法》", "article": 49, "paragraph": 3, "item": 3, "role": "violated"},
                {"law": "《中华人民共和国药品管理法》", "article": 74, "paragraph": None, "item": None, "role": "penalty"}]},
    }
    check = {"file": CASE, "kind": "folder", "files": sorted(os.listdir(folder)),
             "must_contain": [PARTY, CODE, OWNER_ID, NO_DEC, NO_NOTICE, "448.50", "897.00", "二〇二〇年一月十日",
                              "第九十三条", "第四十九条第三款第（三）项", "留置送达", WIT, "2020-02-03"],
             "day_checks": [("days_le", d["filing"], d["decision"], 90), ("wd_between", d["decision"], d["served"], 1)]}
    return label, check


FILES = [("卷宗目录", "", "00_卷宗目录.pdf"), ("立案审批表", "2019-10-24", "01_立案审批表.pdf"),
         ("现场笔录", "2019-10-22", "02_现场检查笔录.docx"), ("询问笔录（孙丽华）", "2019-10-28", "03_询问笔录_孙丽华.docx"),
         ("药品购销记录及货值计算表", "2019-10-28", "04_药品购销记录及货值计算表.txt"),
         ("案件调查终结报告", "2019-12-20", "05_案件调查终结报告.docx"), ("案件核审意见书", "2019-12-27", "06_案件核审意见书.txt"),
         ("行政处罚告知书", "2020-01-06", "07_行政处罚告知书.pdf"), ("送达回证（告知书）", "2020-01-06", "08_告知书送达回证.pdf"),
         ("放弃陈述、申辩权利的声明", "2020-01-07", "09_放弃陈述申辩权利声明.pdf"),
         ("行政处罚决定审批表", "2020-01-09", "10_行政处罚决定审批表.docx"), ("行政处罚决定书", "2020-01-10", "11_行政处罚决定书.pdf"),
         ("送达回证（留置送达）", "2020-01-13", "12_送达回证_留置送达.pdf"), ("罚没款缴款凭证", "2020-02-03", "13_罚没款缴款凭证.txt"),
         ("结案审批表", "2020-02-18", "14_结案审批表.docx"), ("备考表", "2020-02-25", "15_备考表.txt")]
FILES = FILES[1:]
