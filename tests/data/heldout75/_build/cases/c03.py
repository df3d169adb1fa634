"""w113-03: folder of phone photos (JPG, one page per image), 2017, 四川 乐山市五通桥区食品药品监督管理局, 经营超过保质期食品."""
from common import D, d_cn, d_ymd, daxie, idno, uscc
from imaging import photo_effect
from layout import Doc, Style, paginate, render_raster

CASE_ID = "w113-03"
AG = "乐山市五通桥区食品药品监督管理局"
PARTY = "五通桥区竹根镇惠邻便利店"
CODE = uscc("9", "2", "511112", "MA62K3XY")
LIC = "JY15111120003176"
ADDR = "乐山市五通桥区竹根镇新华路97号"
OWNER = "何秀英"
OWNER_ID = idno("511112", D("1978-05-12"), "226")
O1, C1 = "罗建军", "51111217021"
O2, C2 = "陈晓梅", "51111217033"
FINE = 50000
ITEMS = [("“天府牧场”原味酸牛奶（200g/盒）", "2017年6月7日", "21天", "2017年6月27日", 6, "盒", 4.50),
         ("“香脆园”奶油夹心饼干（150g/袋）", "2016年5月30日", "12个月", "2017年5月29日", 4, "袋", 6.80),
         ("“川味坊”火腿肠（240g/袋）", "2016年12月20日", "6个月", "2017年6月19日", 3, "袋", 9.90)]
QTY = sum(i[4] for i in ITEMS)
HUOZHI = round(sum(i[4] * i[6] for i in ITEMS), 2)
T = dict(check=D("2017-07-05"), filing=D("2017-07-06"), inquiry=D("2017-07-10"), report=D("2017-07-28"),
         collective=D("2017-08-02"), notice=D("2017-08-03"), decision=D("2017-08-10"), served=D("2017-08-11"),
         publish=D("2017-08-17"), paid=D("2017-08-23"), destroy=D("2017-08-25"), closing=D("2017-08-29"))
NO_GZ = "五食药监告〔2017〕23号"
NO_JD = "五食药监罚〔2017〕23号"


def h(s):
    return "{h:" + s + "}"


FACT = ("2017年7月5日，本局执法人员对你店（" + ADDR + "）进行日常监督检查，发现你店食品货架上陈列待售的"
        + "、".join(f"{n}{q}{u}（生产日期{p}，保质期{s}）" for n, p, s, e, q, u, pr in ITEMS)
        + f"均已超过保质期，共计{QTY}件，货值金额{HUOZHI:.2f}元。经查，上述食品尚未售出。")


def docs():
    out = []
    la = Doc("filing", "立案审批表", date=d_ymd(T["filing"]))
    la.add(("title", AG, {"pt": 15, "sa": 0}), ("title", "立 案 审 批 表", {"pt": 20}),
           ("para", "五食药监立〔2017〕23号", {"align": "r", "pt": 11}),
           ("table", [["案件名称", {"t": PARTY + "经营超过保质期食品案", "span": 3}],
                      ["案件来源", {"t": "日常监督检查", "span": 3}],
                      ["当事人", {"t": PARTY, "span": 3}],
                      ["经营者", OWNER, "联系电话", "13508136472"],
                      ["统一社会信用代码", CODE, "许可证编号", LIC],
                      ["地址", {"t": ADDR, "span": 3}],
                      [{"t": "案情摘要", "minh": 40}, {"t": "2017年7月5日日常检查中发现当事人食品货架上陈列的酸牛奶、饼干、火腿肠共13件已超过保质期，"
                                                          "涉嫌违反《中华人民共和国食品安全法》第三十四条的规定，建议立案调查。", "span": 3}],
                      [{"t": "承办人意见", "minh": 18}, {"t": h("建议立案。 罗建军 陈晓梅 2017.7.6"), "span": 3}],
                      [{"t": "稽查大队意见", "minh": 16}, {"t": h("同意立案。王彬 7.6"), "span": 3}],
                      [{"t": "分管领导审批", "minh": 16}, {"t": h("同意。杨春林 2017年7月6日"), "span": 3}]],
            [0.2, 0.3, 0.18, 0.32], {"pt": 11.5}))
    out.append(la)

    xc = Doc("site", "现场检查笔录", date=d_ymd(T["check"]))
    xc.add(("title", "现场检查笔录", {"pt": 20}),
           ("para", "检查时间：{u:2017}年{u:7}月{u:5}日{u:9}时{u:10}分至{u:10}时{u:05}分", {"indent": 0}),
           ("para", "检查地点：" + ADDR, {"indent": 0}),
           ("para", "被检查人：" + PARTY + "   经营者：" + OWNER, {"indent": 0}),
           ("para", "检查人员：" + O1 + "  执法证号：" + C1 + "；" + O2 + "  执法证号：" + C2, {"indent": 0}),
           ("para", "记录人：" + O2, {"indent": 0}),
           ("para", "检查人员向被检查人出示了执法证件，告知了检查事由，并告知被检查人有申请回避的权利，被检查人不申请回避。检查过程使用执法记录仪记录。", {"sb": 1}),
           ("para", "检查情况：被检查人持有营业执照和食品经营许可证（" + LIC + "），经营场所约60平方米。检查发现，食品货架上陈列待售的" +
            "；".join(f"{n}{q}{u}，标示生产日期{p}、保质期{s}" for n, p, s, e, q, u, pr in ITEMS) +
            "，均已超过保质期。执法人员现场拍照，并责令被检查人将上述食品立即下架、单独存放、停止销售。"),
           ("para", "（以下空白）", {"align": "c"}),
           ("para", "被检查人意见：" + h("情况属实"), {"indent": 0, "sb": 3}),
           ("para", "被检查人签名：" + h(OWNER) + "   检查人员签名：" + h(O1 + " " + O2) + "   " + h("2017.7.5"), {"indent": 0, "sb": 2}))
    out.append(xc)

    xw = Doc("inquiry", "询问笔录", date=d_ymd(T["inquiry"]))
    xw.add(("title", "询 问 笔 录", {"pt": 20}),
           ("para", "时间：2017年7月10日15时20分至16时02分   地点：五通桥区食品药品监督管理局稽查大队", {"indent": 0, "pt": 11}),
           ("para", "询问人：" + O1 + "（" + C1 + "）  记录人：" + O2 + "（" + C2 + "）", {"indent": 0, "pt": 11}),
           ("para", "被询问人：" + OWNER + "  性别：女  身份证号码：" + OWNER_ID, {"indent": 0, "pt": 11}),
           ("para", "工作单位：" + PARTY + "（经营者）  住址：乐山市五通桥区竹根镇新华路97号附2号", {"indent": 0, "pt": 11}),
           ("para", "问：我们是五通桥区食品药品监督管理局执法人员，这是我们的执法证件（出示），今天就你店经营超过保质期食品一事向你调查了解情况。"
                    "你有权申请与本案有利害关系的执法人员回避，是否申请回避？", {"indent": 0, "sb": 1}),
           ("para", "答：看了证件，不申请回避。", {"indent": 0}),
           ("para", "问：你店的基本情况？", {"indent": 0}),
           ("para", "答：店是我一个人开的，2015年开业，卖些日用百货、预包装食品和饮料，营业执照和食品经营许可证都有。", {"indent": 0}),
           ("para", "问：7月5日检查发现的13件过期食品是从哪里进的货？", {"indent": 0}),
           ("para", "答：酸奶是6月中旬从乐山市中区的批发部进的，饼干和火腿肠是去年进的货，进货单据我找到了两张，一会儿交给你们。", {"indent": 0}),
           ("para", "被询问人签名：" + h(OWNER), {"align": "r", "rpad": 10, "sb": 3}), ("para", "第1页 共2页", {"align": "c", "pt": 9}),
           ("break",),
           ("para", "问：这些食品卖出去过没有？", {"indent": 0}),
           ("para", "答：过期的没有卖，都在货架上，检查那天就全部下架了，放在库房里没动。", {"indent": 0}),
           ("para", "问：你平时是否检查食品的保质期？", {"indent": 0}),
           ("para", "答：一般一个月清一次货架，这段时间家里有事，没有及时清理。", {"indent": 0}),
           ("para", "问：之前是否因为经营过期食品被处理过？", {"indent": 0}),
           ("para", "答：去年11月你们来检查，发现有一袋过期面包，给我下过责令改正通知书。", {"indent": 0}),
           ("para", "问：你还有什么要补充的？", {"indent": 0}),
           ("para", "答：没有了。以后一定注意。", {"indent": 0}),
           ("para", "（以下空白）", {"align": "c"}),
           ("space", 10),
           ("para", "被询问人签名：________________      年    月    日", {"indent": 0, "sb": 4}),
           ("para", "询问人签名：" + h(O1) + "      记录人签名：" + h(O2), {"indent": 0, "sb": 3}),
           ("para", "第2页 共2页", {"align": "c", "pt": 9, "sb": 20}))
    out.append(xw)

    bg = Doc("report", "案件调查终结报告", date=d_ymd(T["report"]))
    bg.add(("title", "案件调查终结报告", {"pt": 20}),
           ("para", "案由：" + PARTY + "经营超过保质期食品案", {"indent": 0}),
           ("para", "当事人：" + PARTY + "，统一社会信用代码" + CODE + "，经营者" + OWNER + "，地址" + ADDR + "。", {"indent": 0}),
           ("para", "调查经过与违法事实：" + FACT.replace("你店", "当事人"), {"sb": 1}),
           ("para", "货值计算：" + "；".join(f"{n}{q}{u}×{pr:.2f}元={q * pr:.2f}元" for n, p, s, e, q, u, pr in ITEMS)
                    + f"，合计{HUOZHI:.2f}元。"),
           ("para", "证据：1.现场检查笔录及现场照片；2.询问笔录；3.营业执照、食品经营许可证复印件；4.进货单据复印件2张；5.2016年11月责令改正通知书复印件。"),
           ("para", "定性及依据：当事人的行为违反了《中华人民共和国食品安全法》第三十四条的规定，依据《中华人民共和国食品安全法》第一百二十四条第一款的规定，"
                    "应没收违法经营的食品，货值金额不足一万元的，并处五万元以上十万元以下罚款。"),
           ("para", "裁量意见：当事人2016年11月曾因同类问题被责令改正，此次超过保质期食品品种、数量较多，不属于违法行为轻微并及时纠正的情形；"
                    "鉴于涉案食品货值金额较小、尚未售出，当事人如实陈述、配合调查，建议在法定幅度内按下限处罚：没收超过保质期食品13件，并处罚款5万元。"),
           ("para", "承办人：" + h(O1 + "  " + O2) + "   " + h("2017.7.28"), {"align": "r", "rpad": 4, "sb": 3}))
    out.append(bg)

    jt = Doc("collective", "重大案件集体讨论记录", date=d_ymd(T["collective"]))
    jt.add(("title", "重大案件集体讨论记录", {"pt": 19}),
           ("para", "时间：2017年8月2日10时   地点：局会议室   主持人：任志华   记录人：宋丽", {"indent": 0}),
           ("para", "参加人：任志华（局长）、杨春林（副局长）、周德明（副局长）、王彬（稽查大队大队长）、宋丽（法制科科长）；列席：罗建军", {"indent": 0}),
           ("para", "议题：" + PARTY + "经营超过保质期食品案的处理", {"indent": 0, "sb": 1}),
           ("para", "罗建军汇报案情及处理意见。"),
           ("para", "宋丽（法制审核意见）：事实清楚，证据确实充分，适用法律正确，程序合法，按法定最低额罚款5万元，裁量理由已说明，同意。"),
           ("para", "王彬：同意。  周德明：同意。  杨春林：同意，按程序告知当事人。"),
           ("para", "任志华：同意承办人意见。"),
           ("para", "结论：没收超过保质期食品13件，罚款5万元。", {"indent": 0, "font": "hei"}),
           ("para", "参加人签名：" + h("任志华 杨春林 周德明 王彬 宋丽"), {"indent": 0, "sb": 4}),
           ("para", "记录人：" + h("宋丽"), {"indent": 0, "sb": 2}))
    out.append(jt)

    gz = Doc("notice", "行政处罚事先告知书", docno=NO_GZ, date=d_ymd(T["notice"]))
    gz.add(("title", AG, {"pt": 17}), ("title", "行政处罚事先告知书", {"pt": 20}), ("para", NO_GZ, {"align": "r"}),
           ("para", PARTY + "（经营者：" + OWNER + "）：", {"indent": 0}),
           ("para", "经调查，" + FACT + "你店的上述行为违反了《中华人民共和国食品安全法》第三十四条的规定。依据《中华人民共和国食品安全法》第一百二十四条第一款的规定，"
                    "本局拟对你店作出如下行政处罚：1.没收超过保质期的食品13件；2.罚款人民币伍万元整。"),
           ("para", "根据《中华人民共和国行政处罚法》第三十一条、第三十二条的规定，你店可在收到本告知书之日起三日内向本局进行陈述和申辩。逾期视为放弃陈述和申辩的权利。"),
           ("para", "联系人：罗建军  联系电话：0833-3302617  地址：五通桥区竹根镇桥南路15号"),
           ("space", 8), ("para", AG, {"align": "r", "rpad": 6}), ("para", d_ymd(T["notice"]), {"align": "r", "rpad": 14}),
           ("seal", AG, {"dy": -2}))
    out.append(gz)

    def hz(kind, name, wenshu, date):
        d = Doc(kind, name, date=d_ymd(date))
        d.add(("title", "送达回证", {"pt": 22, "spacing": 4}),
              ("table", [["案由", PARTY + "经营超过保质期食品案"], ["送达文书", wenshu], ["受送达人", PARTY + "（" + OWNER + "）"],
                         ["送达地点", ADDR], ["送达方式", "直接送达"],
                         [{"t": "受送达人签名", "minh": 26}, h(OWNER)], ["收到时间", h(d_ymd(date))],
                         ["送达人", h(O1 + "  " + O2)], [{"t": "备注", "minh": 16}, ""]], [0.26, 0.74], {"pt": 12, "minh": 14}),
              ("para", AG + "（印）", {"align": "r", "sb": 6, "rpad": 4}), ("seal", AG, {"dy": -1}))
        return d

    out.append(hz("notice_receipt", "送达回证（事先告知书）", "行政处罚事先告知书（" + NO_GZ + "）", T["notice"]))

    jd = Doc("decision", "行政处罚决定书", docno=NO_JD, date=d_ymd(T["decision"]))
    jd.add(("title", AG, {"pt": 17}), ("title", "行政处罚决定书", {"pt": 20}), ("para", NO_JD, {"align": "r"}),
           ("para", "当事人：" + PARTY + "    统一社会信用代码：" + CODE, {"indent": 0}),
           ("para", "经营者：" + OWNER + "    身份证号码：" + OWNER_ID, {"indent": 0}),
           ("para", "地址：" + ADDR + "    食品经营许可证编号：" + LIC, {"indent": 0}),
           ("para", "经查，" + FACT),
           ("para", "上述事实有现场检查笔录、现场照片、询问笔录、进货单据复印件、营业执照及食品经营许可证复印件等证据证实。"),
           ("para", "本局认为，你店经营超过保质期的食品，违反了《中华人民共和国食品安全法》第三十四条的规定。本局于2017年8月3日向你店送达了《行政处罚事先告知书》（"
                    + NO_GZ + "），你店在规定期限内未提出陈述、申辩。"),
           ("para", "你店2016年11月曾因同类问题被本局责令改正，不属于违法行为轻微并及时纠正的情形；鉴于涉案食品货值金额较小、尚未售出，你店能如实陈述、配合调查，"
                    "本局在法定幅度内从轻处罚。依据《中华人民共和国食品安全法》第一百二十四条第一款的规定，决定如下："),
           ("para", "一、没收超过保质期的食品13件；"), ("para", "二、罚款人民币伍万元整（¥50,000.00）。"),
           ("keep", 60),
           ("para", "罚款应自收到本决定书之日起十五日内，持本决定书到乐山市五通桥区非税收入代收银行缴纳。逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》"
                    "第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。"),
           ("para", "如不服本处罚决定，可以在收到本决定书之日起六十日内向乐山市五通桥区人民政府或者乐山市食品药品监督管理局申请行政复议，"
                    "也可以在收到本决定书之日起六个月内依法向人民法院提起行政诉讼。"),
           ("space", 8), ("para", AG, {"align": "r", "rpad": 6}), ("para", d_cn(T["decision"]), {"align": "r", "rpad": 14}),
           ("seal", AG, {"dy": -2}))
    out.append(jd)
    out.append(hz("decision_receipt", "送达回证（决定书）", "行政处罚决定书（" + NO_JD + "）", T["served"]))

    jk = Doc("payment", "四川省非税收入一般缴款书", date=d_ymd(T["paid"]))
    jk.add(("title", "四川省非税收入一般缴款书", {"pt": 17, "sb": 10}),
           ("para", "缴款码：5111121708230047  填制日期：2017年08月23日  执收单位编码：511112047", {"align": "c", "pt": 9.5}),
           ("table", [["付款人全称", OWNER + "（" + PARTY + "）", "收款人全称", "乐山市五通桥区财政局非税收入汇缴结算户"],
                      ["付款人账号", "6228 4806 5913 0276 418", "收款人开户行", "乐山市商业银行五通桥支行"],
                      ["执收单位名称", {"t": AG, "span": 3}],
                      ["项目名称", "罚没收入", "决定书号", NO_JD],
                      ["金额（大写）", "人民币" + daxie(FINE), "（小写）", "¥50,000.00"],
                      [{"t": "收款银行（盖章）", "minh": 42}, {"t": "", "seal": "乐山市商业银行五通桥支行", "seal_sub": "现金收讫", "span": 3}]],
            [0.18, 0.34, 0.16, 0.32], {"pt": 10.5, "minh": 13}))
    out.append(jk)

    ja = Doc("closing", "结案审批表", date=d_ymd(T["closing"]))
    ja.add(("title", "行政处罚结案审批表", {"pt": 20}),
           ("table", [["案件名称", {"t": PARTY + "经营超过保质期食品案", "span": 3}],
                      ["决定书文号", NO_JD, "决定日期", d_ymd(T["decision"])],
                      ["处罚内容", {"t": "没收超过保质期食品13件；罚款50000元", "span": 3}],
                      [{"t": "执行情况", "minh": 36}, {"t": "当事人于2017年8月23日缴纳罚款50000元（四川省非税收入一般缴款书）；没收的13件食品已于2017年8月25日"
                                                          "监督销毁；处罚结果已于2017年8月17日在五通桥区人民政府网站公开。", "span": 3}],
                      [{"t": "承办人意见", "minh": 18}, {"t": h("已执行完毕，建议结案。罗建军 陈晓梅 8.28"), "span": 3}],
                      [{"t": "稽查大队意见", "minh": 16}, {"t": h("同意。王彬 8.28"), "span": 3}],
                      [{"t": "领导审批", "minh": 16}, {"t": h("同意结案。杨春林 2017.8.29"), "span": 3}]],
            [0.2, 0.3, 0.18, 0.32], {"pt": 11.5}))
    out.append(ja)
    return out


STYLE = Style(body="song", body_pt=12.5, lead=1.6, title="hei", hand="kai", cell_pt=11.5, top=22, bottom=20,
              hand_ink=(20, 45, 150))


def build(outdir):
    ds = docs()
    pages = paginate(ds, STYLE, seed=3)
    folder = outdir / CASE_ID
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.jpg"):
        old.unlink()
    names = []
    # one photo per page; file names carry the phone's capture time, in the order the file was photographed
    hh, mm, ss = 10, 14, 7
    for i, p in enumerate(pages):
        im = render_raster(p, STYLE, dpi=112)
        data = photo_effect(im, seed=300 + i, out_w=960, out_h=1280, quality=46)
        ss += 23 + (i * 7) % 19
        mm += ss // 60
        ss %= 60
        name = f"IMG_20170830_{hh:02d}{mm:02d}{ss:02d}.jpg"
        (folder / name).write_bytes(data)
        names.append((name, p.doc.kind))
    kinds = {}
    for n, k in names:
        kinds.setdefault(k, []).append(n)
    return {
        "case_id": CASE_ID,
        "codes": ["LAW-02", "PROC-02", "DOC-04"],
        "encoding": None,
        "notes": ("LAW-02: 事先告知书、调查终结报告和决定书均只引“《食品安全法》第三十四条”（该条有十三项，本案属第（十）项）和“第一百二十四条第一款”"
                  "（该款有九项，本案属第（五）项），未具体到项；PROC-02: 对个体工商户罚款5万元属较大数额罚款，但事先告知书（" + kinds["notice"][0]
                  + "）只告知陈述、申辩权，未告知听证权，卷内也无听证告知；DOC-04: 询问笔录第2页（" + kinds["inquiry"][-1]
                  + "）末尾“被询问人签名”栏空白，无被询问人核对确认（第1页有签名）。其他：罚款5万元为法定最低额，决定书说明了理由且解释了为何不属于“轻微并及时纠正”；"
                  "货值83.90元=6×4.50+4×6.80+3×9.90；集体讨论含法制审核意见且早于决定；送达次日完成；2017年适用旧行政处罚法条号及旧复议法。"),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "个体工商户", "credit_code": CODE, "id_number": OWNER_ID},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": T["filing"].isoformat(), "notice": T["notice"].isoformat(),
                      "decision": T["decision"].isoformat(), "decision_served": T["served"].isoformat()},
            "citations": [
                {"law": "《中华人民共和国食品安全法》", "article": 34, "paragraph": None, "item": None, "role": "violated"},
                {"law": "《中华人民共和国食品安全法》", "article": 124, "paragraph": 1, "item": None, "role": "penalty"},
            ],
        },
        "_meta": {"format": "folder of phone photos (JPEG 960x1280, one page per photo)", "pages": len(pages),
                  "files": names, "sector": "食品药品监管 / 食品安全法(2015)", "party_label": "个体工商户", "year": 2017,
                  "huozhi": HUOZHI},
    }
