"""Case D: 国家税务总局祁连县税务局 — 未按期办理纳税申报 (税收征收管理法 第25条/第62条), 2019 (行政处罚法2017).
DOCX with real Word tables, one document per page (page breaks), 卷内目录 from those pages.
Defects: PROC-05 (告知书 served 2019-03-21 gives 3日 for 陈述申辩; decision dated 2019-03-22, no waiver),
SERV-01 (decision 2019-03-22 served by post, signed 2019-04-08 = 10 工作日 later)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from common import *

CASE_ID = "hz22_d_qilian_shuiwu"
AG = "国家税务总局祁连县税务局"
CC = credit_code("91", "632222", "MA752Q4N")
NAME = "祁连县卓尔山文化旅游开发有限公司"
LR = "索南才让"
ADDR = "青海省海北藏族自治州祁连县八宝镇拉洞路17号"
NO = "祁税罚〔2019〕7号"
NO_G = "祁税罚告〔2019〕7号"
NO_Z = "祁税责改〔2019〕15号"
O1, C1 = "马成林", "63222219000012"
O2, C2 = "李娟", "63222219000027"
d = dict(order=D("2019-01-22"), filing=D("2019-03-11"), inquiry=D("2019-03-13"), report=D("2019-03-18"),
         notice=D("2019-03-20"), notice_served=D("2019-03-21"), decision=D("2019-03-22"),
         mailed=D("2019-04-03"), decision_served=D("2019-04-08"), pay=D("2019-04-15"), closing=D("2019-04-18"))
FINE = 1500

docs = []  # (title, date, [blocks]) ; block: ("h", text) title centred, ("c", text), ("r", text), ("p", text), ("t", rows)

docs.append(("责令限期改正通知书", d["order"], [
    ("c", AG), ("h", "责令限期改正通知书"), ("r", NO_Z),
    ("p", f"{NAME}（纳税人识别号：{CC}）："),
    ("p", "你单位未按照规定期限办理2018年第四季度增值税及附加税费纳税申报（申报期限为2019年1月15日）。根据《中华人民共和国税收征收管理法》第六十二条规定，限你单位于2019年1月31日前到我局办税服务厅或通过青海省电子税务局办理申报。"),
    ("p", "如对本通知不服，可自收到本通知之日起六十日内依法向国家税务总局海北藏族自治州税务局申请行政复议，或者自收到本通知之日起六个月内依法向人民法院起诉。"),
    ("r", AG + "（印章）"), ("r", ar_date(d["order"])),
    ("p", f"签收：索南才让　{ar_date(d['order'])}"),
]))
docs.append(("立案审批表", d["filing"], [
    ("c", AG), ("h", "税务行政处罚立案审批表"),
    ("t", [["纳税人名称", NAME], ["纳税人识别号", CC], ["法定代表人", LR], ["地址", ADDR],
           ["案件来源", "征管系统监控：逾期未申报"],
           ["简要案情", f"该纳税人未按期办理2018年第四季度增值税及附加税费申报，经{ar_date(d['order'])}责令限期改正，至2019年1月31日仍未申报，于2019年3月6日才补办申报。"],
           ["承办人意见", f"建议立案。{O1}、{O2}　{ar_date(d['filing'])}"],
           ["负责人意见", f"同意。王守德　{ar_date(d['filing'])}"]]),
]))
docs.append(("询问笔录", d["inquiry"], [
    ("c", AG), ("h", "询 问 笔 录"),
    ("p", f"询问时间：{ar_date(d['inquiry'])}10时10分至10时45分　询问地点：祁连县税务局第一税务分局"),
    ("p", f"询问人：{O1}（税务执法证号：{C1}）、{O2}（税务执法证号：{C2}）　记录人：{O2}"),
    ("p", f"被询问人：卓玛吉，女，{NAME}会计，身份证号：{id_number('632222', '19910715', '026')}"),
    ("p", "问：我们是国家税务总局祁连县税务局的工作人员，这是我们的税务检查证。你有申请回避的权利，是否申请回避？答：不申请。"),
    ("p", "问：你公司2018年第四季度增值税为什么没有按期申报？答：原来的会计1月初离职，我2月底才接手，不知道还没有报。"),
    ("p", "问：1月22日税务局送达的责令限期改正通知书你们收到了吗？答：收到了，是索南才让总经理签收的，他放在抽屉里忘了交给财务。"),
    ("p", "问：什么时候补报的？答：3月6日在电子税务局补报的，税款和滞纳金都交了。"),
    ("p", "以上笔录我看过，和我说的一样。"),
    ("p", f"被询问人签名：卓玛吉（捺印）　{ar_date(d['inquiry'])}　　询问人：马成林　李娟"),
]))
docs.append(("税务行政处罚审理报告", d["report"], [
    ("c", AG), ("h", "税务行政处罚审理报告"),
    ("p", f"一、当事人：{NAME}，纳税人识别号{CC}，法定代表人{LR}。"),
    ("p", f"二、违法事实：当事人未按规定期限（2019年1月15日）办理2018年第四季度增值税及附加税费纳税申报，经我局{ar_date(d['order'])}责令限期于2019年1月31日前改正，逾期仍未申报，2019年3月6日补办申报。"),
    ("p", "三、证据：责令限期改正通知书及签收、征管系统申报记录截图、询问笔录、营业执照复印件。"),
    ("p", "四、处理意见：当事人违反《中华人民共和国税收征收管理法》第二十五条第一款的规定，依据该法第六十二条，参照《青海省税务行政处罚裁量基准》，逾期申报经责令限期改正后仍未改正的，处二千元以下罚款，建议罚款1500元。"),
    ("p", f"审理人：陈永福、杨海燕　{ar_date(d['report'])}"),
]))
docs.append(("税务行政处罚事项告知书", d["notice"], [
    ("c", AG), ("h", "税务行政处罚事项告知书"), ("r", NO_G),
    ("p", f"{NAME}（纳税人识别号：{CC}）："),
    ("p", f"对你单位未按规定期限办理纳税申报的违法行为，根据《中华人民共和国行政处罚法》第三十一条、第四十二条的规定，现将有关事项告知如下："),
    ("p", "一、税务行政处罚的事实依据、法律依据及拟作出的处罚决定：你单位2018年第四季度增值税及附加税费未按期申报，经责令限期改正逾期未改正，违反《中华人民共和国税收征收管理法》第二十五条第一款的规定，依据该法第六十二条，拟处罚款1500元。"),
    ("p", "二、你单位有陈述、申辩的权利。请在我局作出税务行政处罚决定之前，到我局进行陈述、申辩或自行提供有关资料及证明材料，期限为收到本告知书之日起3日内。"),
    ("p", "三、若拟对你单位罚款1万元（含1万元）以上，你单位有要求听证的权利。"),
    ("r", AG + "（印章）"), ("r", ar_date(d["notice"])),
]))
docs.append(("送达回证（告知书）", d["notice_served"], [
    ("c", AG), ("h", "税 务 文 书 送 达 回 证"),
    ("t", [["送达文书名称", "税务行政处罚事项告知书"], ["文书文号", NO_G], ["受送达人", NAME],
           ["送达地点", ADDR], ["送达方式", "直接送达"],
           ["受送达人签名或盖章", f"索南才让　{ar_date(d['notice_served'])}"],
           ["送达人", f"马成林　李娟　{ar_date(d['notice_served'])}"]]),
]))
docs.append(("税务行政处罚决定书", d["decision"], [
    ("c", AG), ("h", "税务行政处罚决定书"), ("r", NO),
    ("p", f"{NAME}（纳税人识别号：{CC}）："),
    ("p", f"法定代表人：{LR}　地址：{ADDR}"),
    ("p", f"经我局查明，你单位未按照规定期限（2019年1月15日）办理2018年第四季度增值税及附加税费纳税申报。我局于{ar_date(d['order'])}以{NO_Z}责令你单位于2019年1月31日前改正，你单位逾期未改正，至2019年3月6日方补办申报。上述事实有责令限期改正通知书及送达回证、征管系统申报记录、询问笔录等证据证明。"),
    ("p", "你单位的上述行为违反了《中华人民共和国税收征收管理法》第二十五条第一款的规定。根据《中华人民共和国税收征收管理法》第六十二条的规定，决定对你单位处以罚款1500元（大写：壹仟伍佰元整）。"),
    ("p", "以上应缴款项，限你单位自本决定书送达之日起十五日内到国家税务总局祁连县税务局办税服务厅或通过青海省电子税务局缴纳入库。到期不缴纳罚款，我局将依照《中华人民共和国行政处罚法》第五十一条第（一）项规定，每日按罚款数额的百分之三加处罚款。"),
    ("p", "如对本决定不服，可以自收到本决定书之日起六十日内依法向国家税务总局海北藏族自治州税务局申请行政复议，或者自收到本决定书之日起六个月内依法向祁连县人民法院起诉。"),
    ("r", AG + "（印章）"), ("r", ar_date(d["decision"])),
]))
docs.append(("送达回证（决定书）", d["decision_served"], [
    ("c", AG), ("h", "税 务 文 书 送 达 回 证"),
    ("t", [["送达文书名称", "税务行政处罚决定书"], ["文书文号", NO], ["受送达人", NAME],
           ["送达地点", ADDR], ["送达方式", f"邮寄送达（EMS 1072638846319，{ar_date(d['mailed'])}交寄）"],
           ["受送达人签名或盖章", f"索南才让（EMS回执签收）　{ar_date(d['decision_served'])}"],
           ["送达人", "马成林　李娟"], ["备注", "附EMS妥投回执一份"]]),
]))
docs.append(("电子缴税付款凭证", d["pay"], [
    ("h", "电子缴税付款凭证"),
    ("t", [["转账日期", dot_date(d["pay"]), "凭证字号", "2019041563222201"],
           ["纳税人全称及识别号", f"{NAME} {CC}", "", ""],
           ["付款人开户银行", "青海祁连农村商业银行八宝支行", "收款国库", "国家金库祁连县支库"],
           ["税（费）种名称", "罚没收入（税务罚款）", "实缴金额", "¥1500.00"],
           ["金额合计（大写）", "壹仟伍佰元整", "所属时期", "2019-04-15"]]),
]))
docs.append(("结案报告", d["closing"], [
    ("c", AG), ("h", "税务行政处罚结案报告"),
    ("t", [["案件名称", f"{NAME}未按期申报案"], ["决定书文号", NO], ["处罚结果", "罚款1500元"],
           ["执行情况", f"{ar_date(d['pay'])}通过电子税务局缴纳罚款1500元"],
           ["承办人意见", f"建议结案。马成林　李娟　{ar_date(d['closing'])}"],
           ["负责人意见", f"同意。王守德　{ar_date(d['closing'])}"]]),
]))


def _page_field(par):
    r = par.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); r._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = text; r._r.append(e)


def _font(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def _table(doc, rows):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = t.rows[i].cells
        if len(r) < ncol or (len(r) == 4 and r[2] == "" and r[3] == ""):
            if len(r) == 4:
                r = r[:2]
            a = cells[1].merge(cells[ncol - 1]) if ncol > 2 and len(r) == 2 else cells[1]
            cells[0].text = r[0]
            a.text = r[1]
        else:
            for j, v in enumerate(r):
                cells[j].text = v


def build():
    doc = Document()
    _font(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.3)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 ")
    _page_field(fp)
    fp.add_run(" 页")
    # 卷内目录: page 1; document i on page i+1
    h = doc.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("卷 内 目 录"); r.bold = True; r.font.size = Pt(18)
    doc.add_paragraph(f"案卷题名：{NAME}未按期办理纳税申报案　　归档号：2019-祁税-007")
    _table(doc, [["序号", "文件材料名称", "日期", "页号"]] +
           [[str(i), t, dot_date(dd), str(i + 1)] for i, (t, dd, _) in enumerate(docs, 1)])
    doc.add_paragraph("")
    doc.add_paragraph("备考表：本卷共10件11页，其中文字材料11页。立卷人：李娟　检查人：马成林　立卷时间：2019年4月19日")
    for t, dd, blocks in docs:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for kind, *val in blocks:
            if kind == "h":
                p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(val[0]); r.bold = True; r.font.size = Pt(16)
            elif kind == "c":
                p = doc.add_paragraph(val[0]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind == "r":
                p = doc.add_paragraph(val[0]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif kind == "p":
                p = doc.add_paragraph(val[0]); p.paragraph_format.first_line_indent = Pt(24)
            elif kind == "t":
                _table(doc, val[0])
    doc.core_properties.author = ""
    doc.save(f"{OUT}/{CASE_ID}.docx")


if __name__ == "__main__":
    build()
    print(wd_between(d["decision"], d["decision_served"]), wd_after(d["notice_served"], 3))
