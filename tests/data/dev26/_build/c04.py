"""dev26_04: 洛阳市城市管理局 (燃气管理部门), 在不具备安全条件的场所使用、储存燃气且逾期不改正
(城镇燃气管理条例 28(五) / 49①(五)), 2019.  A folder of phone photos, one page per JPEG; some pages upside
down, some shot at an angle."""
import os
import random

from lib import (Cell as Cl, Flow, d_std, jpeg_bytes, make_credit_code, photo_post, pil_render, upper_amount,
                 wd_between)

CASE = "dev26_04"
AG = "洛阳市城市管理局"
PARTY = "洛阳福满楼餐饮管理有限公司"
CODE = make_credit_code("91", "410302", "MA47T9LC")
LEGAL = "赵春生"
MGR = "邢国庆"
ADDR = "洛阳市老城区中州东路386号"
O1, C1 = "赵立新", "41030119030457"
O2, C2 = "孙浩", "41030119030462"
FINE = 30000
NO_ORDER = "洛城管燃责改〔2019〕0021号"
NO_FILE = "洛城管燃立〔2019〕0016号"
NO_NOTICE = "洛城管燃罚告〔2019〕0016号"
NO_DEC = "洛城管燃罚〔2019〕0016号"
D = dict(inspect="2019-04-09", deadline="2019-04-16", recheck="2019-04-17", filing="2019-04-18",
         inquiry="2019-04-22", report="2019-05-10", notice="2019-05-14", notice_served="2019-05-15",
         decision="2019-06-10", served="2019-06-12", review="2019-06-14", paid="2019-06-25", closing="2019-07-05")


def hw(s):
    return Cl(s, font="hw")


def make_flow(ranges=None):
    d = D
    f = Flow(size=12, lead=1.8, ml=24, mr=22)

    f.start_doc("封面", numbered=False)
    f.gap(28)
    f.title("洛阳市城市管理局", 22)
    f.title("行政处罚案卷", 28, after=20)
    f.table([["案　　由", hw("在不具备安全条件的场所使用储存燃气逾期不改正")], ["当 事 人", hw(PARTY)],
             ["处罚决定书文号", hw(NO_DEC)], ["立案日期", hw("2019年4月18日")], ["结案日期", hw("2019年7月5日")],
             ["承 办 人", hw(f"{O1}　{O2}")], ["保管期限", hw("长期")]], [36, 110], size=13, min_h=12)
    f.end_doc()

    f.start_doc("卷内目录", numbered=False)
    f.title("卷内目录", 20)
    names = [("责令限期改正通知书", "2019.4.9"), ("现场检查笔录", "2019.4.9"), ("复查笔录", "2019.4.17"), ("立案审批表", "2019.4.18"),
             ("询问笔录", "2019.4.22"), ("案件调查终结报告", "2019.5.10"), ("行政处罚事先告知书", "2019.5.14"),
             ("送达回证", "2019.5.15"), ("法制审核意见书", "2019.6.14"), ("行政处罚决定书", "2019.6.10"), ("送达回证", "2019.6.12"),
             ("罚款缴款书", "2019.6.25"), ("结案审批表", "2019.7.5")]
    rows = [[Cl("序号", align="center"), Cl("文件名称", align="center"), Cl("日期", align="center"), Cl("页号", align="center")]]
    for i, (n, dd) in enumerate(names):
        rows.append([Cl(str(i + 1), align="center"), n, Cl(dd, align="center"), Cl(ranges[i] if ranges else "", align="center", font="hw")])
    f.table(rows, [14, 80, 28, 22], size=11.5, min_h=9)
    f.end_doc()

    f.start_doc("责令限期改正通知书")
    f.title(AG, 16, after=0)
    f.title("责令限期改正通知书", 20, after=1)
    f.right(NO_ORDER, pad=0)
    f.runs([(PARTY, "hw"), ("：", "body")])
    f.para("经查，你单位在福满楼酒店地下一层厨房（地下室，无自然通风、未设置燃气泄漏报警及紧急切断装置）使用、储存液化石油气钢瓶（YSP118型）4瓶，"
           "该场所不具备使用、储存燃气的安全条件，违反了《城镇燃气管理条例》第二十八条第（五）项的规定。")
    f.para("依据《城镇燃气管理条例》第四十九条第一款的规定，责令你单位于2019年4月16日前改正：将液化石油气钢瓶移出地下室，停止在该场所使用、储存燃气。逾期不改正的，本局将依法处罚。")
    f.gap(6)
    f.right(AG)
    f.seal(AG, dy=-9, seed=41)
    f.right("2019年4月9日")
    f.runs([("当事人签收：", "body"), (f"{MGR}　2019.4.9", "hw")])
    f.end_doc()

    f.start_doc("现场检查笔录")
    f.title("现场检查笔录", 20)
    f.table([["检查时间", hw("2019年4月9日10时20分至11时10分")], ["检查地点", hw(ADDR + " 地下一层厨房")],
             ["被检查单位", hw(PARTY)], ["现场负责人", hw(f"{MGR}（店长）")],
             ["执法人员及证号", hw(f"{O1} {C1}　{O2} {C2}")]], [34, 110], size=11.5, min_h=9)
    f.para("执法人员出示了执法证件，告知了检查事项和被检查人申请回避的权利，被检查人不申请回避。", font="hw")
    f.para("检查情况：该酒店厨房设在地下一层，无外窗，仅有排油烟机，未安装可燃气体报警器和紧急切断阀。厨房内灶具旁存放YSP118型液化石油气钢瓶4瓶，"
           "其中2瓶正在连接使用，2瓶为备用满瓶。执法人员拍照4张并当场送达责令限期改正通知书。", font="hw")
    f.runs([("被检查人签名：", "body"), (MGR, "hw"), ("　执法人员签名：", "body"), (f"{O1}　{O2}", "hw")])
    f.end_doc()

    f.start_doc("复查笔录")
    f.title("复查笔录", 20)
    f.table([["复查时间", hw("2019年4月17日9时30分至10时05分")], ["复查地点", hw(ADDR + " 地下一层厨房")],
             ["执法人员及证号", hw(f"{O1} {C1}　{O2} {C2}")]], [34, 110], size=11.5, min_h=9)
    f.para("执法人员出示执法证件后进行复查。复查情况：地下一层厨房内仍存放并使用液化石油气钢瓶4瓶，当事人未在规定期限内改正。", font="hw")
    f.runs([("被检查人签名：", "body"), (MGR, "hw"), ("　执法人员签名：", "body"), (f"{O1}　{O2}", "hw")])
    f.end_doc()

    f.start_doc("立案审批表")
    f.title("立案审批表", 20)
    f.right(NO_FILE, pad=0)
    f.table([["当事人", hw(PARTY)], ["统一社会信用代码", hw(CODE)], ["法定代表人", hw(LEGAL)], ["地址", hw(ADDR)],
             ["案由", hw("在不具备安全条件的场所使用储存燃气，逾期不改正")],
             ["承办人意见", hw(f"建议立案。{O1} {O2} 2019.4.18")], ["负责人意见", hw("同意立案。马建军 2019.4.18")]], [34, 110], size=11.5, min_h=10)
    f.end_doc()

    f.start_doc("询问笔录")
    f.title("询问笔录", 20)
    f.table([["询问时间", hw("2019年4月22日14时30分至15时20分"), "询问地点", hw("市城管局燃气执法科")],
             ["询问人", hw(f"{O1}（{C1}）"), "记录人", hw(O1)],
             ["被询问人", hw(MGR), "身份证号", hw("410302198206130517")],
             ["工作单位", Cl(f"{PARTY}　店长（受法定代表人委托）", span=3, font="hw")]], [24, 52, 22, 46], size=11, min_h=9)
    for q in ["问：我们是洛阳市城市管理局执法人员（出示证件），你有申请回避的权利，是否申请回避？", "答：不申请。",
              "问：4月9日我局责令你单位4月16日前将液化石油气钢瓶移出地下室，你单位是否改正？",
              "答：没有改，因为一楼没有地方放，换管道天然气要等燃气公司报装，就一直在用。",
              "问：地下厨房一共使用几个钢瓶？", "答：4瓶，两瓶在用，两瓶备用，每天大概用掉一瓶。",
              "问：以上笔录是否属实？", "答：属实。"]:
        f.para(q, indent=0, font="hw")
    f.runs([("被询问人签名：", "body"), (f"{MGR} 2019.4.22", "hw")])
    f.runs([("询问人签名：", "body"), (O1, "hw")])
    f.end_doc()

    f.start_doc("案件调查终结报告")
    f.title("案件调查终结报告", 20)
    for t in [f"当事人{PARTY}在福满楼酒店地下一层厨房（不具备使用、储存燃气的安全条件）使用、储存液化石油气钢瓶4瓶。2019年4月9日本局责令其于4月16日前改正，"
              "4月17日复查仍未改正。",
              "证据：现场检查笔录、复查笔录、责令限期改正通知书及签收、询问笔录、现场照片、营业执照复印件。",
              "当事人的行为违反《城镇燃气管理条例》第二十八条第（五）项，依据该条例第四十九条第一款第（五）项，逾期不改正的，对单位可以处10万元以下罚款。",
              "裁量：钢瓶4瓶，位于人员密集的餐饮场所地下室，逾期未改正，属一般情节，建议罚款3万元。",
              f"承办人：{O1}　{O2}　2019年5月10日"]:
        f.para(t, font="hw")
    f.end_doc()

    f.start_doc("行政处罚事先告知书")
    f.title(AG, 16, after=0)
    f.title("行政处罚事先告知书", 20, after=1)
    f.right(NO_NOTICE, pad=0)
    f.runs([(PARTY, "hw"), ("：", "body")])
    f.para("你单位在不具备安全条件的地下室厨房使用、储存液化石油气，经责令限期改正后逾期不改正，违反了《城镇燃气管理条例》第二十八条第（五）项的规定。"
           "依据《城镇燃气管理条例》第四十九条第一款第（五）项的规定，本局拟对你单位处以罚款人民币叁万元。")
    f.para("根据《中华人民共和国行政处罚法》第三十一条、第三十二条、第四十二条的规定，你单位可在收到本告知书之日起三日内进行陈述、申辩，或者提出听证要求；逾期视为放弃。")
    f.gap(6)
    f.right(AG)
    f.seal(AG, dy=-9, seed=42)
    f.right("2019年5月14日")
    f.end_doc()

    f.start_doc("送达回证")
    f.title("送达回证", 20)
    f.table([["送达文书", hw(f"行政处罚事先告知书 {NO_NOTICE}")], ["受送达人", hw(PARTY)], ["送达地点", hw(ADDR)],
             ["送达方式", hw("直接送达")], ["受送达人签名", hw(f"{MGR}（受委托）　2019.5.15")], ["送达人", hw(f"{O1}　{O2}")],
             ["备注", ""]], [34, 110], size=12, min_h=14)
    f.end_doc()

    f.start_doc("法制审核意见书")
    f.title("法制审核意见书", 20)
    f.table([["案件名称", hw(f"{PARTY}在不具备安全条件的场所使用储存燃气案")],
             ["审核意见", hw("事实清楚，证据充分，适用依据正确，程序合法，罚款3万元适当，同意。")],
             ["审核人", hw("范文静　2019年6月14日")], ["法制科负责人", hw("同意　宋涛　2019.6.14")]], [34, 110], size=12, min_h=14)
    f.end_doc()

    f.start_doc("行政处罚决定书")
    f.title(AG, 16, after=0)
    f.title("行政处罚决定书", 20, after=1)
    f.right(NO_DEC, pad=0)
    f.left(f"当事人：{PARTY}")
    f.left(f"统一社会信用代码：{CODE}")
    f.left(f"地址：{ADDR}　法定代表人：{LEGAL}")
    for t in ["经查，你单位在福满楼酒店地下一层厨房使用、储存YSP118型液化石油气钢瓶4瓶，该场所无自然通风，未设置燃气泄漏报警及紧急切断装置，不具备使用、储存燃气的安全条件。"
              f"本局于2019年4月9日作出《责令限期改正通知书》（{NO_ORDER}），责令你单位于2019年4月16日前改正，2019年4月17日复查时你单位仍未改正。",
              "以上事实有现场检查笔录、复查笔录、询问笔录、现场照片、责令限期改正通知书及送达签收等证据证实。",
              f"本局于2019年5月14日向你单位告知了拟作出行政处罚的事实、理由、依据及你单位依法享有的陈述、申辩和要求听证的权利，你单位在规定期限内未提出陈述、申辩，也未要求听证。",
              "本局认为，你单位的行为违反了《城镇燃气管理条例》第二十八条第（五）项的规定。鉴于涉及钢瓶4瓶，位于人员密集的餐饮场所，逾期未改正，属一般情节，"
              "依据《城镇燃气管理条例》第四十九条第一款第（五）项的规定，决定对你单位处以罚款人民币叁万元整（¥30,000.00）。",
              "你单位应在收到本决定书之日起十五日内到洛阳银行各营业网点缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。",
              "如不服本决定，可在收到本决定书之日起六十日内向洛阳市人民政府申请行政复议，也可在六个月内向洛阳市西工区人民法院提起行政诉讼。"]:
        f.para(t)
    f.gap(6)
    f.right(AG)
    f.seal(AG, dy=-9, seed=43)
    f.right("2019年6月10日")
    f.end_doc()

    f.start_doc("送达回证")
    f.title("送达回证", 20)
    f.table([["送达文书", hw(f"行政处罚决定书 {NO_DEC}")], ["受送达人", hw(PARTY)], ["送达地点", hw(ADDR)],
             ["送达方式", hw("直接送达")], ["受送达人签名", hw("　　　　　　　　　　2019.6.12")], ["送达人", hw(f"{O1}　{O2}")],
             ["备注", ""]], [34, 110], size=12, min_h=14)
    f.end_doc()

    f.start_doc("罚款缴款书")
    f.title("河南省非税收入一般缴款书", 15)
    f.table([["缴款人", hw(PARTY), "执收单位", AG], ["收入项目", "城市管理罚没收入", "金额", hw("20,000.00")],
             ["金额大写", Cl(upper_amount(20000), span=3, font="hw")], ["收款银行", "洛阳银行老城支行", "日期", hw("2019-06-25")]],
            [22, 56, 22, 44], size=11, min_h=10)
    f.gap(4)
    f.left("（银行收讫章）", size=10)
    f.end_doc()

    f.start_doc("结案审批表")
    f.title("结案审批表", 20)
    f.table([["当事人", hw(PARTY)], ["处罚决定", hw(f"{NO_DEC}　罚款3万元")],
             ["执行情况", hw("当事人已于2019年6月25日缴纳罚款，钢瓶已移出地下室，改用管道天然气。")],
             ["承办人意见", hw(f"建议结案　{O1} {O2} 2019.7.5")], ["负责人意见", hw("同意结案　马建军 2019.7.5")]], [34, 110], size=12, min_h=13)
    f.end_doc()

    f.start_doc("备考表", numbered=False)
    f.title("卷内备考表", 20)
    f.para(f"本卷共13件{ranges[-1].split('-')[-1] if ranges else '　'}页。现场照片4张另存于执法音像资料库。", font="hw")
    f.right("立卷人：孙浩　检查人：范文静　2019年7月10日", font="hw")
    f.end_doc()

    def footer(fl, p):
        if p.number is not None:
            p.text(fl.w - fl.mr - 6, fl.h - 14, 14, str(p.number), "hw", (20, 30, 110), True)
    f.footer = footer
    f.finish()
    return f


def build(out_dir):
    d = D
    f0 = make_flow()
    body = [x for x in f0.docs if x[0] not in ("封面", "卷内目录", "备考表")]
    ranges = []
    for _, a, b in body:
        na, nb = f0.pages[a].number, f0.pages[b].number
        ranges.append(f"{na}-{nb}" if na != nb else str(na))
    f = make_flow(ranges)
    folder = os.path.join(out_dir, CASE)
    os.makedirs(folder, exist_ok=True)
    for fn in os.listdir(folder):
        os.remove(os.path.join(folder, fn))
    rnd = random.Random(404)
    files = []
    upside = {5, 12}  # 0-based photo indexes shot upside down
    tilted = {2, 8, 14}
    for i, pg in enumerate(f.pages):
        img = pil_render(pg, dpi=92, rnd=rnd)
        ph = photo_post(img, rnd, upside_down=i in upside, angle=rnd.uniform(-3.5, 3.5),
                        persp=0.07 if i in tilted else 0.0, long_side=1180)
        t = 9 * 3600 + 30 * 60 + 12 + i * 37
        name = f"IMG_20190712_{t // 3600:02d}{t // 60 % 60:02d}{t % 60:02d}.jpg"
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(jpeg_bytes(ph, 50))
        files.append((name, pg.doc, pg.number, i in upside, i in tilted))
    label = {
        "case_id": CASE,
        "codes": ["SUBJ-01", "PROC-04", "SERV-02", "EXEC-01"],
        "encoding": None,
        "notes": (
            "SUBJ-01: the 询问笔录 of 2019-04-22 names 赵立新 as both 询问人 and 记录人 and only he signs - one officer. "
            "PROC-04: the 法制审核意见书 is dated 2019-06-14, four days after the 决定书 (2019-06-10), although it is filed before it; "
            "the review came after the decision. SERV-02: the 决定书 送达回证 (2019-06-12, 直接送达) has an empty 受送达人签名 "
            "field (only a date) and no note of refusal, witness or recording. EXEC-01: the 缴款书 shows 20,000.00 (贰万元整) "
            "against a 30,000 fine, no instalment approval, yet the 结案审批表 reports the fine paid and the case is closed. "
            "Lawful features: two-step 燃气 procedure (责令限期改正 2019-04-09, deadline 04-16, 复查 04-17, 立案 04-18, fine only "
            "for 逾期不改正 as 第四十九条 requires); 2019 notice uses the old 行政处罚法 numbering and the 三日 hearing window; "
            "decision 27 calendar days after the notice; photos 6 and 13 are upside down and photos 3, 9, 15 shot at an angle."),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "单位", "credit_code": CODE, "id_number": None},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": d["filing"], "notice": d["notice"], "decision": d["decision"], "decision_served": d["served"]},
            "citations": [
                {"law": "《城镇燃气管理条例》", "article": 28, "paragraph": None, "item": 5, "role": "violated"},
                {"law": "《城镇燃气管理条例》", "article": 49, "paragraph": 1, "item": 5, "role": "penalty"}]},
    }
    check = {"file": CASE, "kind": "photos", "files": [x[0] for x in files], "pages": len(files),
             "page_map": files,
             "must_contain": [PARTY, CODE, NO_DEC, "2019年6月10日", "2019年6月14日", "20,000.00"],
             "day_checks": [("before", d["decision"], d["review"])]}
    return label, check
