"""Case 04 — 湖南 常德市鼎城区水利局 2017 河道管理范围内建设妨碍行洪的构筑物 (scanned, 150 dpi, grey).

Defects: DISC-01 (顶格罚款五万元, no 裁量 reason anywhere), DOC-09 (决定书 pages carry no seal),
SERV-02 (决定书送达回证: recipient signed, 收到日期 left blank).
"""
import random

from lib.common import credit_code, id_number, money_upper, yuan
from lib.layout import Style, layout
from lib.model import Hand, doc, doc_text
from lib.pdftext import images_pdf, set_pdf_date
from lib.raster import jpeg_bytes, render_page, scan_effect

CASE_ID = "w111-04-hn2017-fanghong"
AG = "常德市鼎城区水利局"
PARTY = "常德市鼎城区沅丰砂石贸易有限公司"
CC = credit_code("430703", "MA4L2K7Q")
REP = "彭志勇"
REPID = id_number("430703", "19750918", "015")
ADDR = "常德市鼎城区斗姆湖街道龙潭庵村五组"
SITE = "鼎城区斗姆湖街道沅水左岸河段（堤防桩号K12+300至K12+420迎水侧滩地）"
GN = "鼎水罚告〔2017〕7号"
DN = "鼎水罚决〔2017〕7号"
O1, C1 = "易建华", "湘水政0703012"
O2, C2 = "龚　丽", "湘水政0703019"
FINE = 50000
DPI = 150


def docs():
    ds = []
    ds.append(doc("封面", [
        ("gap", 25), ("h", "常德市鼎城区水利局"), ("h", "水行政处罚案卷"), ("gap", 20),
        ("kv", [("案　　由", Hand("河道管理范围内建设妨碍行洪的构筑物")), ("当 事 人", Hand(PARTY)),
                ("决定书文号", Hand(DN)), ("立案日期", Hand("2017年5月17日")), ("结案日期", Hand("2017年7月12日")),
                ("保管期限", Hand("长期")), ("本卷页数", Hand("共__N__页"))]),
        ("gap", 40), ("r", "鼎城区水利局水政监察大队 立卷"),
    ], numbered=False))
    ds.append(doc("现场检查（勘验）笔录", [
        ("h", "现场检查（勘验）笔录"),
        ("kv", [("时间", Hand("2017年5月16日14时20分至15时30分")), ("地点", Hand(SITE)),
                ("检查人", Hand(f"{O1}（证号{C1}）、{O2}（证号{C2}）")), ("记录人", Hand("龚丽")),
                ("被检查单位", Hand(PARTY)), ("现场负责人", Hand("彭志勇（法定代表人）"))]),
        ("p", "检查人员向被检查人出示水政监察证件，告知检查事由，被检查人有申请回避的权利。被检查人表示不申请回避。"),
        ("p", Hand("检查情况：该公司在沅水左岸堤防迎水侧滩地上用浆砌石修筑挡墙一道，长约86米、高约2.5米，围成砂石堆场，场内堆放河砂、卵石约3200立方米，另有装载机一台。堆场距堤脚约42米，位于沅水河道管理范围内。现场未见水行政主管部门的审查同意文件。")),
        ("p", Hand("现场拍照5张。当场送达责令停止违法行为通知书。")),
        ("kv", [("被检查人签名", Hand("彭志勇 2017.5.16")), ("检查人签名", Hand("易建华 龚丽"))]),
    ]))
    ds.append(doc("责令停止违法行为通知书", [
        ("h", "责令停止水事违法行为通知书"), ("sub", "鼎水责停〔2017〕12号"),
        ("l", f"{PARTY}："),
        ("p", "经查，你单位在沅水左岸堤防迎水侧滩地（堤防桩号K12+300至K12+420）修筑浆砌石挡墙、堆放砂石，涉嫌违反《中华人民共和国防洪法》第二十二条第二款的规定。现责令你单位立即停止上述违法行为，听候处理。"),
        ("sign", [AG, Hand("2017年5月16日")], AG),
        ("hr",),
        ("kv", [("签收人", Hand("彭志勇")), ("签收时间", Hand("2017.5.16 15时35分"))]),
    ]))
    ds.append(doc("立案审批表", [
        ("h", "水行政处罚立案审批表"),
        ("table", [["案由", Hand("河道管理范围内建设妨碍行洪的构筑物"), "", ""],
                   ["当事人", Hand(PARTY), "法定代表人", Hand(REP)],
                   ["统一社会信用代码", Hand(CC), "电话", Hand("13807423516")],
                   ["地址", Hand(ADDR), "", ""],
                   ["案件来源", Hand("巡查发现"), "发现时间", Hand("2017.5.16")],
                   ["案情摘要", Hand("当事人在沅水左岸堤防迎水侧滩地修筑浆砌石挡墙约86米并堆放砂石约3200立方米，妨碍行洪。"), "", ""],
                   ["承办人意见", Hand("建议立案查处。易建华 龚丽 5.16"), "", ""],
                   ["大队意见", Hand("同意立案。刘卫东 5.17"), "", ""],
                   ["局领导审批", Hand("同意。张德明 2017.5.17"), "", ""]], [1.2, 2.3, 1.0, 1.5]),
    ]))
    ds.append(doc("询问笔录", [
        ("h", "询　问　笔　录"),
        ("kv", [("时间", Hand("2017年5月19日9时10分至10时20分")), ("地点", Hand("鼎城区水利局水政监察大队")),
                ("询问人", Hand(f"{O1}（{C1}）")), ("记录人", Hand(f"{O2}（{C2}）")),
                ("被询问人", Hand(f"{REP}，男，42岁，身份证号{REPID}，{PARTY}法定代表人"))]),
        ("p", "问：我们是鼎城区水利局水政监察人员（出示证件），依法向你调查了解情况，请如实回答。你有申请回避的权利，是否申请回避？"),
        ("p", Hand("答：不申请。")),
        ("p", "问：沅水左岸堤防外滩地上的挡墙和砂石堆场是谁修建的？什么时候修建的？"),
        ("p", Hand("答：是我们公司建的，今年3月中旬开始砌挡墙，4月初完工，4月起开始堆砂石，准备转卖。")),
        ("p", "问：修建前是否向水利部门申请？"),
        ("p", Hand("答：没有申请，我们以为是滩地，租了村里的地就可以用。")),
        ("p", "问：挡墙的尺寸和堆放的砂石数量是多少？"),
        ("p", Hand("答：挡墙大约八十多米长，两米多高，堆了三千多方砂石。")),
        ("p", "问：你是否知道该处属于河道管理范围？"),
        ("p", Hand("答：现在知道了，你们来检查后我们就停了，没有再往里面进砂。")),
        ("p", "问：你对本次违法行为有什么要说明的？"),
        ("p", Hand("答：我们愿意拆除挡墙，把砂石运走，请从轻处理。")),
        ("l", Hand("以上笔录我已看过，与我所说的相符。彭志勇 2017.5.19")),
        ("kv", [("被询问人签名", Hand("彭志勇")), ("询问人签名", Hand("易建华")), ("记录人签名", Hand("龚丽"))]),
    ]))
    ds.append(doc("现场测量记录", [
        ("h", "现场测量记录"),
        ("kv", [("测量时间", Hand("2017年5月24日9时至11时")), ("测量人", Hand("易建华（证号湘水政0703012）、龚丽（证号湘水政0703019）、陈刚（局工程管理股）")),
                ("在场人", Hand("彭志勇"))]),
        ("table", [["项目", "测量结果"], ["挡墙", Hand("浆砌石，长86.4米，顶宽0.6米，高2.3～2.6米")],
                   ["堆场占地", Hand("约2600平方米")], ["堆放砂石", Hand("约3200立方米")],
                   ["距堤脚", Hand("41.8米（堤防迎水侧滩地）")], ["所在范围", Hand("沅水河道管理范围内（有堤防河段，两岸堤防之间）")]], [1, 3]),
        ("img", "sketch", 45, "堆场平面示意图"),
        ("kv", [("当事人签名", Hand("彭志勇")), ("测量人签名", Hand("易建华 龚丽 陈刚"))]),
    ]))
    ds.append(doc("调查终结报告", [
        ("h", "案件调查终结报告"),
        ("p", f"案由：{PARTY}在河道管理范围内建设妨碍行洪的构筑物案。"),
        ("p", f"当事人：{PARTY}，统一社会信用代码{CC}，法定代表人{REP}，住所{ADDR}。"),
        ("p", "调查经过：2017年5月16日巡查发现，当日责令停止违法行为，5月17日立案，5月19日询问当事人法定代表人，5月24日进行现场测量。"),
        ("p", "违法事实：2017年3月中旬至4月初，当事人未经水行政主管部门同意，在沅水左岸堤防迎水侧滩地（堤防桩号K12+300至K12+420）修筑浆砌石挡墙一道，长86.4米、高2.3至2.6米，围成砂石堆场约2600平方米，并堆放砂石约3200立方米，妨碍行洪。"),
        ("p", "证据：现场检查（勘验）笔录、询问笔录、现场测量记录、现场照片5张、当事人营业执照复印件、法定代表人身份证明。"),
        ("p", "定性及依据：当事人的行为违反了《中华人民共和国防洪法》第二十二条第二款的规定，依据《中华人民共和国防洪法》第五十五条第（一）项的规定，应予处罚。"),
        ("p", "处理建议：责令当事人停止违法行为，于2017年7月10日前自行拆除挡墙、清除堆放的砂石，恢复河道原状；处罚款伍万元。"),
        ("sign", [Hand("承办人：易建华 龚丽"), Hand("2017年6月5日")], None),
    ]))
    ds.append(doc("集体讨论记录", [
        ("h", "重大案件集体讨论记录"),
        ("kv", [("时间", Hand("2017年6月7日15时")), ("地点", Hand("局二楼会议室")), ("主持人", Hand("张德明（局长）")),
                ("参加人", Hand("张德明、周建平、李红梅、刘卫东、谭晓波（法制股）")), ("记录人", Hand("谭晓波"))]),
        ("p", Hand("承办人易建华汇报案情及处理建议。")),
        ("p", Hand("周建平：事实清楚，同意。")),
        ("p", Hand("李红梅：同意承办人意见。")),
        ("p", Hand("刘卫东：同意，要求当事人限期拆除。")),
        ("p", Hand("谭晓波：程序合法，适用法律正确，同意。")),
        ("p", Hand("张德明：同意承办人意见，责令拆除挡墙、清除砂石，罚款五万元。")),
        ("kv", [("参加人签名", Hand("张德明 周建平 李红梅 刘卫东 谭晓波"))]),
    ]))
    ds.append(doc("行政处罚（听证）告知书", [
        ("h", "常德市鼎城区水利局"), ("h", "行政处罚（听证）告知书"), ("sub", GN),
        ("l", f"{PARTY}："),
        ("p", "经查，你单位于2017年3月中旬至4月初，未经水行政主管部门同意，在沅水左岸堤防迎水侧滩地修筑浆砌石挡墙一道（长86.4米、高2.3至2.6米），围成砂石堆场并堆放砂石约3200立方米，妨碍行洪。"),
        ("p", "你单位的上述行为违反了《中华人民共和国防洪法》第二十二条第二款的规定。依据《中华人民共和国防洪法》第五十五条第（一）项的规定，本局拟作出如下行政处罚：责令停止违法行为，于2017年7月10日前拆除挡墙、清除砂石；罚款人民币伍万元。"),
        ("p", "根据《中华人民共和国行政处罚法》第三十一条、第三十二条第一款、第四十二条第一款的规定，你单位有权进行陈述、申辩，并有权要求举行听证。你单位如需陈述、申辩或要求听证，应在收到本告知书之日起三日内向本局提出，逾期视为放弃。"),
        ("p", "联系人：易建华　电话：0736-7382156"),
        ("sign", [AG, "2017年6月8日"], AG),
    ]))
    ds.append(doc("送达回证（告知书）", [
        ("h", "送　达　回　证"),
        ("table", [["送达文书", Hand(f"行政处罚（听证）告知书 {GN}")], ["受送达人", Hand(PARTY)],
                   ["送达地点", Hand(ADDR)], ["送达方式", Hand("直接送达")],
                   ["受送达人签名或盖章", Hand("彭志勇")], ["收到日期", Hand("2017年6月9日")],
                   ["送达人", Hand("易建华 龚丽")], ["备注", ""]], [1.3, 3]),
        ("sign", [AG], AG),
    ]))
    ds.append(doc("行政处罚决定书", [
        ("h", "常德市鼎城区水利局"), ("h", "行政处罚决定书"), ("sub", DN),
        ("l", f"当事人：{PARTY}"), ("l", f"统一社会信用代码：{CC}"), ("l", f"法定代表人：{REP}"),
        ("l", f"地址：{ADDR}"),
        ("p", "2017年5月16日，本局水政监察人员巡查发现你单位在沅水左岸堤防迎水侧滩地修建砂石堆场，经立案调查查明："),
        ("p", "2017年3月中旬至4月初，你单位未经水行政主管部门同意，在沅水左岸堤防迎水侧滩地（堤防桩号K12+300至K12+420）修筑浆砌石挡墙一道，长86.4米、高2.3至2.6米，围成砂石堆场约2600平方米，堆放砂石约3200立方米。该场地位于沅水河道管理范围内，妨碍行洪。"),
        ("p", "上述事实有现场检查（勘验）笔录、询问笔录、现场测量记录、现场照片等证据证实。本局于2017年6月9日向你单位送达了《行政处罚（听证）告知书》，你单位在规定期限内未提出陈述、申辩和听证要求。"),
        ("p", "你单位的上述行为违反了《中华人民共和国防洪法》第二十二条第二款的规定。依据《中华人民共和国防洪法》第五十五条第（一）项的规定，本局决定："),
        ("p", "一、责令你单位立即停止违法行为，于2017年7月10日前拆除上述挡墙，清除堆放的砂石，恢复河道原状；"),
        ("p", f"二、处罚款人民币{money_upper(FINE)}（¥{yuan(FINE)}）。"),
        ("p", "你单位应自收到本决定书之日起十五日内，将罚款缴至湖南省非税收入汇缴结算户（代收银行：中国建设银行常德鼎城支行）。逾期不缴纳的，本局将每日按罚款数额的百分之三加处罚款，并依法申请人民法院强制执行。"),
        ("p", "如不服本决定，可在收到本决定书之日起六十日内向常德市鼎城区人民政府或者常德市水利局申请行政复议，也可以在六个月内依法向常德市鼎城区人民法院提起行政诉讼。"),
        ("sign", [AG, "2017年6月20日"], None),
    ]))
    ds.append(doc("送达回证（决定书）", [
        ("h", "送　达　回　证"),
        ("table", [["送达文书", Hand(f"行政处罚决定书 {DN}")], ["受送达人", Hand(PARTY)],
                   ["送达地点", Hand(ADDR)], ["送达方式", Hand("")],
                   ["受送达人签名或盖章", Hand("彭志勇")], ["收到日期", Hand("2017年6月21日")],
                   ["送达人", Hand("易建华 龚丽")], ["备注", ""]], [1.3, 3]),
        ("sign", [AG], AG),
    ]))
    ds.append(doc("缴款凭证", [
        ("h", "湖南省非税收入一般缴款书"), ("r", "No 4307031700451"),
        ("table", [["付款人", PARTY, "执收单位", AG],
                   ["收入项目", "水利行政事业性罚没收入", "金额", yuan(FINE)],
                   ["缴款日期", "2017年7月3日", "决定书", DN],
                   ["金额大写", money_upper(FINE), "", ""]], [1, 1.8, 0.8, 1.4]),
        ("r", "中国建设银行常德鼎城支行 现金收讫"),
    ]))
    ds.append(doc("复查笔录", [
        ("h", "现场复查笔录"),
        ("kv", [("时间", Hand("2017年7月10日10时至10时40分")), ("地点", Hand(SITE)),
                ("复查人", Hand(f"{O1}（{C1}）、{O2}（{C2}）")), ("当事人", Hand("彭志勇"))]),
        ("p", Hand("复查情况：挡墙已全部拆除，堆放砂石已清运完毕，场地已平整，基本恢复原状。")),
        ("kv", [("当事人签名", Hand("彭志勇 7.10")), ("复查人签名", Hand("易建华 龚丽"))]),
    ]))
    ds.append(doc("结案审批表", [
        ("h", "水行政处罚结案审批表"),
        ("table", [["案件名称", Hand(f"{PARTY}河道管理范围内建设妨碍行洪构筑物案")], ["决定书文号", Hand(DN)],
                   ["处罚内容", Hand("责令拆除挡墙、清除砂石；罚款50000元")],
                   ["执行情况", Hand("罚款已于2017年7月3日缴纳；挡墙已拆除、砂石已清运（7月10日复查）")],
                   ["承办人意见", Hand("建议结案。易建华 龚丽 7.11")], ["局领导审批", Hand("同意结案。张德明 2017.7.12")]],
         [1.2, 3]),
    ]))
    return ds


def build(outdir):
    ds = docs()
    rng = random.Random(404)
    st = Style(body="nserif", hand="kai", title="nserifb", size_pt=10.5, title_pt=16, leading=1.65,
               margins=(24, 22, 20, 20))
    pages = layout(ds, st)
    total = sum(1 for p in pages if p["numbered"])
    ds = [dict(d, blocks=[(b[0], [(k, Hand(str(v).replace("__N__", str(total))) if isinstance(v, Hand) else v) for k, v in b[1]])
                          if b[0] == "kv" else b for b in d["blocks"]]) for d in ds]
    pages = layout(ds, st)
    jpegs = []
    n = 0
    for pg in pages:
        ops = list(pg["ops"])
        if pg["numbered"]:
            pass
        if pg["numbered"]:
            n += 1
            ops.append(("text", 186, 287, 4.2, "kai", str(n), True))  # handwritten archive page number
        im = render_page(ops, DPI, rng=rng, hand_ink=(95, 105, 150))
        im = scan_effect(im, rng, skew=0.7, noise=4, grey=True, bg_clean=212)
        jpegs.append(jpeg_bytes(im, 33))
    pdf = images_pdf(jpegs, None, DPI, meta={"title": "", "author": "", "creator": "Canon DR-C240", "producer": "CaptureOnTouch"})
    pdf = set_pdf_date(pdf, "20170720101500+08'00'")
    with open(f"{outdir}/{CASE_ID}.pdf", "wb") as f:
        f.write(pdf)
    label = {
        "case_id": CASE_ID, "codes": ["DISC-01", "DOC-09", "SERV-02"], "encoding": None,
        "notes": ("Scanned image-only PDF, 150 dpi greyscale, handwritten fill-ins and page numbers. "
                  "DISC-01: 罚款五万元 is the statutory maximum of 防洪法第五十五条（五万元以下）; neither the 调查终结报告, the 集体讨论记录 nor the 决定书 gives any 从重 circumstance or reason for the amount, although the party asked for leniency and undertook to dismantle. "
                  "DOC-09: the two pages of the 行政处罚决定书 carry no seal impression (every other outward document — 责令停止通知书, 告知书, both 送达回证 — is sealed). "
                  "SERV-02: the 决定书送达回证 has the recipient's signature and the 收到日期 (2017-06-21) but the 送达方式 box is left blank, so the record does not show how the decision was served (the 告知书 回证 says 直接送达). "
                  "Lawful: the 2017-05-16 inspection that discovered the violation precedes 立案 (05-17) — a discovery inspection, not investigation before 立案; no separate 法制审核意见 is required for a 2017 decision (行政处罚法第三十八条第三款 applies from 2018-01-01) and the 法制股 took part in the 集体讨论; 2017 decision uses the 2009 行政处罚法 numbering, six-month 起诉期限, 复议 to 区政府 or 市水利局 (pre-2024); hearing right notified; payment within 15 days of any plausible service date."),
        "fields": {"agency": AG,
                   "party": {"name": PARTY, "kind": "单位", "credit_code": CC, "id_number": None},
                   "penalty": {"fine_yuan": FINE, "procedure": "普通"},
                   "dates": {"filing": "2017-05-17", "notice": "2017-06-08", "decision": "2017-06-20",
                             "decision_served": "2017-06-21"},
                   "citations": [
                       {"law": "《中华人民共和国防洪法》", "article": 22, "paragraph": 2, "item": None, "role": "violated"},
                       {"law": "《中华人民共和国防洪法》", "article": 55, "paragraph": None, "item": 1, "role": "penalty"}]},
    }
    text = "\n\f\n".join(doc_text(d, seal_marker=None) for d in ds)
    return label, {"text": text, "pages": len(pages), "numbered": n}
