# -*- coding: utf-8 -*-
"""Case F: 安徽 2025 粮食和物资储备 (粮食收购企业未建立粮食经营台账) — text-layer PDF, each document opens with a big title
and the agency name beneath; signatures are images.
Planted: SERV-01 (决定书 served by post 10 working days after the decision), DISC-01 (no reason given anywhere for the
fine's place in the 0–20万 range), EXEC-01 (结案审批表 says paid, no payment voucher in the file)."""
from lib import D, ar_date, cn_date, daxie, make_credit, make_id, workdays_after

AG = "阜阳市粮食和物资储备局"
PARTY = "阜阳丰穗粮油贸易有限公司"
CC = make_credit("91", "341202", "MA2NB6E9")
LR = "韦长林"
LR_ID = make_id("341202", "19720309", "011")
KJ = "钟梅"
ADDR = "安徽省阜阳市颍州区三里桥街道粮食物流园6号"
NO_GZ = "阜粮储罚告〔2025〕4号"
NO_CF = "阜粮储罚决〔2025〕4号"
O1, C1 = "程浩然", "34120125007"
O2, C2 = "葛晓雯", "34120125019"
FINE = 50000
EMS = "1179 3826 5504 2"

d_src = D("2025-07-03"); d_la = D("2025-07-08"); d_xc = D("2025-07-10"); d_xw = D("2025-07-11")
d_zj = D("2025-07-25"); d_fz = D("2025-07-30"); d_gz = D("2025-08-01"); d_gz_sd = D("2025-08-04")
d_cf = D("2025-08-15"); d_mail = D("2025-08-27"); d_cf_sd = D("2025-08-29"); d_paid = D("2025-09-10"); d_ja = D("2025-09-22")


def S(n):
    return f"[[SIG:{n}]]"


def build():
    docs = []
    docs.append(dict(title="立案审批表", no="", date=d_la, lines=[
        f"案件来源：粮食购销领域监管检查（{ar_date(d_src)}颍州区粮食和物资储备局移交线索）",
        f"当事人：{PARTY}",
        f"统一社会信用代码：{CC}",
        f"法定代表人：{LR}　住所：{ADDR}",
        "涉嫌违法事实：当事人2025年夏粮收购期间收购小麦，未建立粮食经营台账，未按规定向所在地粮食和储备行政管理部门报送粮食购进、"
        "销售、储存等基本数据。",
        "涉嫌违反：《粮食流通管理条例》第二十三条第一款",
        f"承办人：{O1}（执法证号{C1}）、{O2}（执法证号{C2}）",
        "承办人意见：建议立案。" + S(O1) + S(O2) + f"　{ar_date(d_la)}",
        "执法监督科意见：同意。" + S("武振宇") + f"　{ar_date(d_la)}",
        "局负责人意见：同意立案。" + S("陶承志") + f"　{ar_date(d_la)}",
    ]))
    docs.append(dict(title="现场检查笔录", no="", date=d_xc, lines=[
        f"检查时间：{ar_date(d_xc)}　9时10分至10时30分",
        f"检查地点：{ADDR}（当事人仓库及办公室）",
        f"被检查人：{PARTY}　现场负责人：{LR}（法定代表人）",
        f"执法人员：{O1}（执法证号{C1}）、{O2}（执法证号{C2}）　记录人：{O2}",
        "执法人员出示执法证件，表明身份，告知检查事由，告知当事人有申请回避、陈述和申辩的权利。当事人表示不申请回避。",
        "检查情况：当事人有平房仓2栋，现存小麦约2,100吨。当事人2025年6月3日至6月30日收购小麦，现场仅有过磅单及部分微信转账记录，"
        "无粮食收购、销售、库存台账；颍州区粮食和物资储备局出具的情况说明显示，当事人未报送2025年6月粮食购销存数据。"
        "执法人员复制了过磅单（共418张）并拍照（照片6张）。",
        "当事人意见：情况属实。" + S(LR) + f"　{ar_date(d_xc)}",
        "执法人员：" + S(O1) + S(O2) + f"　{ar_date(d_xc)}",
    ]))
    docs.append(dict(title="询问笔录", no="", date=d_xw, lines=[
        f"询问时间：{ar_date(d_xw)}　14时20分至15时35分",
        f"询问地点：{AG}执法监督科",
        f"询问人：{O1}（执法证号{C1}）　记录人：{O2}（执法证号{C2}）",
        f"被询问人：{LR}　男　身份证号码：{LR_ID}",
        f"单位及职务：{PARTY}法定代表人",
        f"问：我们是{AG}执法人员，这是我们的执法证件。你如认为我们与本案有利害关系，可以申请回避。是否申请？",
        "答：证件看过了，不申请回避。",
        "问：你公司今年夏粮收购的情况如何？",
        "答：6月3日开秤，到6月30日结束，一共收了小麦3,260吨左右，卖给面粉厂1,160吨，现在库里还有2,100吨。",
        "问：收购、销售有没有建立粮食经营台账？",
        f"答：没有专门的台账，只有过磅单和转账记录，会计{KJ}那里有个简单的流水账，但没按规定的格式记。",
        "问：是否按规定向颍州区粮食和物资储备局报送了粮食购销存数据？",
        "答：没有报，去年是报过的，今年换了会计就漏了。",
        "问：你还有什么补充？",
        "答：我们愿意马上整改，把台账补起来。",
        "被询问人：以上笔录已看过，记录属实。" + S(LR) + f"　{ar_date(d_xw)}",
        "询问人：" + S(O1) + "　记录人：" + S(O2),
    ]))
    docs.append(dict(title="证据材料", no="", date=d_xc, lines=[
        f"1．营业执照复印件（{PARTY}，统一社会信用代码{CC}），粮食收购企业备案信息",
        "2．过磅单复印件418张（2025年6月3日至6月30日，合计毛重扣杂后3,261.4吨）",
        "3．颍州区粮食和物资储备局关于当事人未报送粮食购销存数据的情况说明",
        "4．现场照片6张（拍摄人：葛晓雯；2025年7月10日；证明仓储现场及无台账情况）",
        "5．现场检查笔录、询问笔录",
        "6．当事人与阜阳某面粉有限公司小麦购销合同及结算单复印件（销售1,160吨）",
    ]))
    docs.append(dict(title="案件调查终结报告", no="", date=d_zj, lines=[
        f"当事人：{PARTY}，统一社会信用代码{CC}，法定代表人{LR}。",
        f"调查经过：{ar_date(d_la)}立案，{ar_date(d_xc)}现场检查，{ar_date(d_xw)}询问当事人法定代表人，调取过磅单、购销合同等证据。",
        "违法事实：当事人于2025年6月3日至6月30日收购小麦约3,260吨、销售1,160吨，未建立粮食经营台账，"
        "也未向颍州区粮食和物资储备局报送粮食购进、销售、储存等基本数据。",
        "证据：见证据材料1—6项。",
        "定性及依据：当事人的行为违反了《粮食流通管理条例》第二十三条第一款的规定，依据《粮食流通管理条例》第四十五条第（五）项，"
        "由粮食和储备行政管理部门责令改正，给予警告，可以并处20万元以下罚款。",
        f"处理意见：责令改正，给予警告，并处罚款{FINE // 10000}万元。",
        "承办人：" + S(O1) + S(O2) + f"　{ar_date(d_zj)}",
    ]))
    docs.append(dict(title="法制审核意见书", no="", date=d_fz, lines=[
        f"审核对象：{PARTY}未建立粮食经营台账、未按规定报送粮食基本数据案",
        "审核意见：执法主体合法，事实清楚，证据确实充分，适用法律正确，程序合法，同意办案机构处理意见。",
        "法制审核人员：" + S("武振宇") + f"（法律职业资格证书编号A20163412020154）　{ar_date(d_fz)}",
    ]))
    docs.append(dict(title="行政处罚事先告知书", no=NO_GZ, date=d_gz, lines=[
        NO_GZ, "",
        f"{PARTY}：",
        "经查，你单位2025年6月3日至6月30日收购小麦约3,260吨，未建立粮食经营台账，未按照规定向所在地粮食和储备行政管理部门报送粮食"
        "基本数据和有关情况。你单位的行为违反了《粮食流通管理条例》第二十三条第一款的规定。依据《粮食流通管理条例》第四十五条第（五）项"
        f"的规定，本局拟对你单位作出责令改正、给予警告并处罚款人民币{daxie(FINE)}（￥{FINE:,}.00）的行政处罚。",
        "根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你单位享有陈述、申辩和要求听证的权利，"
        "可在收到本告知书之日起五个工作日内向本局提出。逾期未提出的，视为放弃。",
        f"{AG}（印章）", cn_date(d_gz),
        "[[SEAL]]",
    ]))
    docs.append(dict(title="送达回证（事先告知书）", no="", date=d_gz_sd, lines=[
        f"送达文书：行政处罚事先告知书（{NO_GZ}）",
        f"受送达人：{PARTY}",
        f"送达地点：{ADDR}",
        "送达方式：直接送达",
        "受送达人签名（盖章）：" + S(LR) + f"　收到日期：{ar_date(d_gz_sd)}",
        "送达人：" + S(O1) + S(O2),
    ]))
    docs.append(dict(title="行政处罚决定书", no=NO_CF, date=d_cf, lines=[
        NO_CF, "",
        f"当事人：{PARTY}",
        f"统一社会信用代码：{CC}",
        f"住所：{ADDR}　法定代表人：{LR}",
        f"本局于{ar_date(d_la)}对当事人涉嫌未建立粮食经营台账、未按规定报送粮食基本数据一案立案调查。",
        "经查，当事人于2025年6月3日至6月30日收购小麦约3,260吨、销售1,160吨，未建立粮食经营台账，"
        "也未向颍州区粮食和物资储备局报送粮食购进、销售、储存等基本数据和有关情况。",
        "上述事实有营业执照复印件、过磅单、购销合同及结算单、颍州区粮食和物资储备局情况说明、现场检查笔录、询问笔录、现场照片等证据证明。",
        "本局认为，当事人的上述行为违反了《粮食流通管理条例》第二十三条第一款的规定。本局于2025年8月4日向当事人送达了"
        "《行政处罚事先告知书》，当事人在法定期限内未提出陈述、申辩，未要求听证。",
        "依据《粮食流通管理条例》第四十五条第（五）项的规定，本局决定：",
        "一、责令当事人改正，建立粮食经营台账并按规定报送粮食基本数据；",
        "二、给予警告；",
        f"三、罚款人民币{daxie(FINE)}（￥{FINE:,}.00）。",
        "当事人应当自收到本决定书之日起十五日内，通过安徽省非税收入电子缴款平台或到徽商银行阜阳分行营业部缴纳罚款"
        "（收款人：阜阳市财政局，账号：1720 0012 3106 5540 078）。逾期不缴纳的，本局将依据《中华人民共和国行政处罚法》第七十二条"
        "第一款第（一）项的规定每日按罚款数额的百分之三加处罚款，并依法申请人民法院强制执行。",
        "当事人对本决定不服的，可以自收到本决定书之日起六十日内向阜阳市人民政府申请行政复议，或者自收到本决定书之日起六个月内"
        "依法向人民法院提起行政诉讼。",
        f"{AG}（印章）", cn_date(d_cf),
        "[[SEAL]]",
    ]))
    docs.append(dict(title="送达回证（决定书）及邮寄凭证", no="", date=d_cf_sd, lines=[
        f"送达文书：行政处罚决定书（{NO_CF}）",
        f"受送达人：{PARTY}",
        f"送达地址：{ADDR}",
        f"送达方式：邮寄送达（EMS，邮件号{EMS}）",
        f"交寄日期：{ar_date(d_mail)}",
        f"妥投（签收）日期：{ar_date(d_cf_sd)}　签收人：" + S(KJ) + "（单位收件人）",
        "送达人：" + S(O1) + S(O2),
        "附：EMS邮件详情单及中国邮政速递物流妥投查询单各1页。",
    ]))
    docs.append(dict(title="结案审批表", no="", date=d_ja, lines=[
        f"案件名称：{PARTY}未建立粮食经营台账、未按规定报送粮食基本数据案",
        f"决定书文号：{NO_CF}",
        f"处罚决定：责令改正；警告；罚款{FINE:,}元。",
        f"执行情况：当事人已于{ar_date(d_paid)}缴纳罚款{FINE:,}元，已建立2025年度粮食经营台账并补报6月份购销存数据。",
        "承办人意见：建议结案。" + S(O1) + S(O2) + f"　{ar_date(d_ja)}",
        "局负责人意见：同意。" + S("陶承志") + f"　{ar_date(d_ja)}",
    ]))
    cover = {
        "案件名称": f"{PARTY}未建立粮食经营台账、未按规定报送粮食基本数据案",
        "决定书文号": NO_CF, "当事人": PARTY, "办案机构": f"{AG}执法监督科",
        "立案日期": ar_date(d_la), "结案日期": ar_date(d_ja), "保管期限": "30年", "归档号": "2025-004",
    }
    wd = workdays_after(d_cf, d_cf_sd)
    label = dict(
        codes=["SERV-01", "DISC-01", "EXEC-01"], encoding=None,
        fields=dict(agency=AG, party=dict(name=PARTY, kind="单位", credit_code=CC, id_number=None),
                    penalty=dict(fine_yuan=FINE, procedure="普通"),
                    dates=dict(filing=str(d_la), notice=str(d_gz), decision=str(d_cf), decision_served=str(d_cf_sd)),
                    citations=[
                        dict(law="《粮食流通管理条例》", article=23, paragraph=1, item=None, role="violated"),
                        dict(law="《粮食流通管理条例》", article=45, paragraph=None, item=5, role="penalty"),
                    ]),
        checks=dict(day_counts={
            "decision_to_served_workdays": [str(d_cf), str(d_cf_sd), wd],
            "notice_served_to_decision_workdays": [str(d_gz_sd), str(d_cf), workdays_after(d_gz_sd, d_cf)],
            "filing_to_decision_days": [str(d_la), str(d_cf), (d_cf - d_la).days]}),
        notes=(f"SERV-01: 决定书 dated {d_cf} (Fri); nobody handed it over; it was posted {d_mail} and the EMS 妥投 date on the 送达回证 is {d_cf_sd}, "
               f"{wd} working days after the decision (limit 7, 行政处罚法 第六十一条、第八十五条; no holiday in between). "
               "DISC-01: neither the 调查终结报告 ('处理意见：责令改正，给予警告，并处罚款5万元') nor the 决定书 nor the 法制审核意见 gives any "
               "从轻/一般/从重 circumstance or reason for fixing 50,000元 within the 第四十五条 range (up to 20万; 20万–50万 if 情节严重). "
               "EXEC-01: the 结案审批表 (last document) states the fine was paid on 2025-09-10, but the file holds no 缴款凭证/银行回单 and the "
               "目录 lists none. Not defects: signatures are images by design (format); "
               f"告知书 served {d_gz_sd}, decision {workdays_after(d_gz_sd, d_cf)} working days later (5-working-day window closed); "
               f"decision {(d_cf - d_la).days} days after 立案; remedy clause names 阜阳市人民政府 (correct after 2024-01-01)."),
    )
    return dict(case_id="dev13_f_ah2025_liangshi", fmt="pdf_titles", agency=AG, docs=docs, cover=cover, label=label)
