"""Case D: 柯桥 反不正当竞争法 虚假宣传, 罚款25万, 分期缴纳. Defects: PROC-02 (事先告知书 omits 听证),
SERV-02 (告知书送达回证 no recipient signature). DOCX with Word tables."""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import OUT, credit_code, cn

CASE_ID = "kq2024_unfair_falsepromo"
AG = "绍兴市柯桥区市场监督管理局"
PARTY = "绍兴锦纶纺织科技有限公司"
CC = credit_code("91330621MA2D4T6B8")
ADDR = "浙江省绍兴市柯桥区柯桥街道万商路208号"
REP = "韩立新"
NO = "绍柯市监处罚〔2024〕156号"
NOTICE_NO = "绍柯市监罚告〔2024〕156号"
O1, C1 = "潘国栋", "33062124015"
O2, C2 = "楼佳怡", "33062124022"
DATES = dict(inspect="2024-03-05", filing="2024-03-07", ask="2024-03-14", report="2024-04-19",
             notice="2024-04-24", review="2024-05-08", discuss="2024-05-10", decision="2024-05-13",
             served="2024-05-14", inst_app="2024-05-20", inst_ok="2024-05-22", paid1="2024-05-27",
             paid2="2024-08-26", closed="2024-08-30")
FINE = 250000


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, (a, b) in enumerate(rows):
        t.cell(r, 0).text = a
        t.cell(r, 1).text = b
    return t


def title(doc, s, sub=None):
    p = doc.add_paragraph(AG)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(s)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if sub:
        p = doc.add_paragraph(sub)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def para(doc, s, right=False):
    p = doc.add_paragraph(s)
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build():
    D = DATES
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "SimSun"
    titles = ["立案审批表", "询问笔录", "案件调查终结报告", "行政处罚事先告知书", "送达回证", "法制审核意见书",
              "重大案件集体讨论记录", "行政处罚决定书", "送达回证", "延期（分期）缴纳罚款审批表", "罚没款缴款凭证（两期）", "结案审批表"]
    title(doc, "卷 内 目 录")
    t = doc.add_table(rows=len(titles) + 1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "文件名称", "页号"]):
        t.cell(0, c).text = h
    for i, s in enumerate(titles, 1):
        t.cell(i, 0).text = str(i)
        t.cell(i, 1).text = s
        t.cell(i, 2).text = str(i + 1)
    para(doc, "第1页")

    def brk(n):
        para(doc, f"第{n}页")
        doc.add_page_break()
    doc.add_page_break()
    title(doc, "立 案 审 批 表")
    table(doc, [("案件来源", "投诉举报转办"), ("案由", "涉嫌对商品作虚假商业宣传"), ("当事人", PARTY),
                ("统一社会信用代码", CC), ("住所", ADDR), ("法定代表人", REP),
                ("简要案情", f"{D['inspect']}根据举报线索检查，当事人在其天猫店铺“锦纶家纺旗舰店”宣传其“冰丝凉席”“采用军工级石墨烯纤维、抗菌率99.9%、获国家科技进步奖”，当事人无法提供相应检测报告及获奖证明，涉嫌虚假商业宣传。"),
                ("办案人员", f"{O1}（执法证号：{C1}）、{O2}（执法证号：{C2}）"),
                ("承办机构意见", f"建议立案。（签名）{O1}  {D['filing']}"),
                ("负责人审批", f"同意立案。（签名）姚振华  {D['filing']}")])
    brk(2)
    title(doc, "询 问 笔 录")
    table(doc, [("询问时间", f"{D['ask']} 09:10—10:25"), ("询问地点", "柯桥区市场监督管理局办案区"),
                ("询问人/执法证号", f"{O1} {C1}"), ("记录人/执法证号", f"{O2} {C2}"),
                ("被询问人", f"{REP}（{PARTY}法定代表人）")])
    para(doc, "问：我们是柯桥区市场监督管理局执法人员，这是我们的执法证件。你有权申请回避，是否申请？\n答：不申请。")
    para(doc, "问：店铺宣传的“军工级石墨烯纤维”“抗菌率99.9%”“获国家科技进步奖”有无依据？\n答：都是运营人员参照别家写的，没有检测报告，公司也没获过国家科技进步奖。")
    para(doc, "问：该宣传自何时起？销售情况如何？\n答：2023年6月1日上线至2024年3月5日，冰丝凉席共卖出4,120件，销售额约61.8万元。检查后已经改掉。")
    para(doc, f"被询问人核对意见：以上记录属实。（签名）{REP}  {D['ask']}\n询问人：（签名）{O1}  记录人：（签名）{O2}")
    brk(3)
    title(doc, "案件调查终结报告")
    para(doc, f"当事人{PARTY}自2023年6月1日至2024年3月5日在天猫“锦纶家纺旗舰店”对“冰丝凉席”作“军工级石墨烯纤维”“抗菌率99.9%”“获国家科技进步奖”的宣传，均无事实依据，欺骗、误导消费者，违反《中华人民共和国反不正当竞争法》第八条第一款。依据该法第二十条第一款，应处二十万元以上一百万元以下罚款。")
    para(doc, "裁量：当事人违法持续约9个月，涉及销售额61.8万元，积极配合调查并已整改，无从重情节。依据《浙江省市场监督管理行政处罚裁量基准》反不正当竞争类第8项“一般”档（20万元至40万元），建议责令停止违法行为，罚款人民币贰拾伍万元整（￥250,000.00）。")
    para(doc, f"办案人员：（签名）{O1} （签名）{O2}    {cn(D['report'])}")
    brk(4)
    title(doc, "行 政 处 罚 事 先 告 知 书", NOTICE_NO)
    para(doc, f"{PARTY}：")
    para(doc, f"经查，你单位自2023年6月1日至2024年3月5日在天猫“锦纶家纺旗舰店”对“冰丝凉席”作虚假商业宣传，违反了《中华人民共和国反不正当竞争法》第八条第一款的规定。依据该法第二十条第一款，本局拟对你单位作出如下行政处罚：一、责令停止违法行为；二、罚款人民币贰拾伍万元整（￥250,000.00）。")
    para(doc, "根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位可在收到本告知书之日起五个工作日内向本局提出陈述、申辩，逾期未提出的，视为放弃上述权利。")
    para(doc, f"{AG}（印章）\n{cn(D['notice'])}", right=True)
    brk(5)
    title(doc, "送 达 回 证")
    table(doc, [("送达文书", f"行政处罚事先告知书（{NOTICE_NO}）"), ("受送达人", PARTY), ("送达地点", ADDR),
                ("送达方式", "直接送达"), ("收件人签名或盖章", ""), ("收到日期", D["notice"]),
                ("送达人", f"（签名）{O1}、{O2}"), ("备注", "")])
    brk(6)
    title(doc, "法 制 审 核 意 见 书")
    table(doc, [("案件名称", f"{PARTY}虚假商业宣传案"), ("审核人", "法规科 俞慧（法律职业资格证书号：A20183306XXXXXX）"),
                ("审核意见", "事实清楚，证据确凿，定性准确，适用依据正确，裁量适当。同意提交集体讨论。"),
                ("审核日期", D["review"])])
    brk(7)
    title(doc, "重大案件集体讨论记录")
    para(doc, f"时间：{cn(D['discuss'])}  地点：局党组会议室\n主持人：姚振华（局长）  参加人员：许斌、陈红霞、俞慧、沈国庆  记录人：王琳\n讨论结论：同意对当事人责令停止违法行为，罚款人民币贰拾伍万元整。\n参加人员签名：（签名）姚振华 许斌 陈红霞 俞慧 沈国庆")
    brk(8)
    title(doc, "行 政 处 罚 决 定 书", NO)
    para(doc, f"当事人：{PARTY}\n统一社会信用代码：{CC}\n住所：{ADDR}\n法定代表人：{REP}")
    para(doc, f"{cn(D['inspect'])}，本局根据举报对当事人进行检查，于{cn(D['filing'])}立案调查。经查，当事人自2023年6月1日至2024年3月5日在天猫“锦纶家纺旗舰店”对其销售的“冰丝凉席”宣传“采用军工级石墨烯纤维”“抗菌率99.9%”“获国家科技进步奖”，当事人不能提供任何依据，该商品期间销售4,120件，销售额618,000元。以上事实有现场检查笔录、网页截图、询问笔录、店铺后台销售数据等证据证实。")
    para(doc, f"本局认为，当事人的行为违反了《中华人民共和国反不正当竞争法》第八条第一款的规定。本局于{cn(D['notice'])}告知当事人拟处罚内容，当事人未提出陈述申辩。当事人积极配合调查并已整改，依据《浙江省市场监督管理行政处罚裁量基准》按一般档处罚。依据《中华人民共和国反不正当竞争法》第二十条第一款，本局决定：一、责令停止违法行为；二、罚款人民币贰拾伍万元整（￥250,000.00）。")
    para(doc, "当事人应自收到本决定书之日起十五日内通过浙江政务服务网或指定银行缴纳罚款；逾期不缴纳的，每日按罚款数额的百分之三加处罚款。确有经济困难的，可依法申请延期或分期缴纳。")
    para(doc, "如不服本决定，可以在收到本决定书之日起六十日内向绍兴市柯桥区人民政府申请行政复议，也可以在六个月内向绍兴市越城区人民法院提起行政诉讼。")
    para(doc, f"{AG}（印章）\n{cn(D['decision'])}", right=True)
    brk(9)
    title(doc, "送 达 回 证")
    table(doc, [("送达文书", f"行政处罚决定书（{NO}）"), ("受送达人", PARTY), ("送达地点", ADDR),
                ("送达方式", "直接送达"), ("收件人签名或盖章", f"（签名）{REP}"), ("收到日期", D["served"]),
                ("送达人", f"（签名）{O1}、{O2}"), ("备注", "")])
    brk(10)
    title(doc, "延期（分期）缴纳罚款审批表")
    table(doc, [("当事人", PARTY), ("决定书文号", NO), ("罚款金额", "人民币贰拾伍万元整（￥250,000.00）"),
                ("申请内容", f"{D['inst_app']}当事人以流动资金紧张为由书面申请分两期缴纳"),
                ("审批意见", f"同意分两期缴纳：第一期125,000元于2024-05-31前缴纳，第二期125,000元于2024-08-31前缴纳。（签名）姚振华 {D['inst_ok']}")])
    brk(11)
    title(doc, "罚没款缴款凭证（两期）")
    table(doc, [("第一期", f"{D['paid1']} 缴款人：{PARTY} 金额：￥125,000.00 决定书：{NO}"),
                ("第二期", f"{D['paid2']} 缴款人：{PARTY} 金额：￥125,000.00 决定书：{NO}"),
                ("合计", "人民币贰拾伍万元整（￥250,000.00）")])
    brk(12)
    title(doc, "结 案 审 批 表")
    table(doc, [("案件名称", f"{PARTY}虚假商业宣传案"), ("处罚结果", "责令停止违法行为；罚款250000元（分两期）"),
                ("执行情况", f"两期罚款已于{D['paid1']}、{D['paid2']}缴清；处罚信息已于2024-05-24在国家企业信用信息公示系统公示"),
                ("承办人意见", f"建议结案。（签名）{O1}、{O2} {D['closed']}"), ("审批意见", f"同意。（签名）姚振华 {D['closed']}")])
    para(doc, "第13页")
    doc.save(os.path.join(OUT, CASE_ID + ".docx"))


if __name__ == "__main__":
    build()
