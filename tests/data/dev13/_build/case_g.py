# -*- coding: utf-8 -*-
"""Case G: 青海 2026 交通运输 道路货运 (货物扬撒, 简易程序) — folder of greyscale 150 dpi PNG page scans.
Planted: DOC-02 (当场处罚决定书 dated 2026 tells the party it may sue directly; no 复议前置 notice)."""
from lib import D, ar_date, dot_date, daxie, make_credit, make_id

AG = "海东市交通运输局"
PARTY = "青海瀚途物流有限公司"
CC = make_credit("91", "630203", "MA7587K2")
ADDR = "青海省海东市平安区平安镇东庄路27号"
DRV = "马永福"
DRV_ID = make_id("632123", "19890817", "015")
NO = "青东交当罚〔2026〕0417号"
PLATE = "青B·3K718"
O1, C1 = "祁文斌", "63020326011"
O2, C2 = "韩雪梅", "63020326024"
FINE = 1500
d = D("2026-04-16")
d_pay = D("2026-04-17")
d_ba = D("2026-04-20")


def build():
    pages = []
    pages.append(dict(title="卷内目录", lines=[
        f"{AG}", "行政处罚案卷（简易程序）", "",
        f"案件名称：{PARTY}未采取必要措施防止货物扬撒案",
        f"决定书编号：{NO}",
        f"当事人：{PARTY}",
        f"处罚日期：{ar_date(d)}　　归档日期：{ar_date(D('2026-04-24'))}",
        "保管期限：30年",
        "",
        "卷内目录",
        "序号　文件名称　　　　　　　　　　　　页号",
        "1　　当场行政处罚决定书　　　　　　　　1",
        "2　　现场照片及说明　　　　　　　　　　2",
        "3　　证件复印件　　　　　　　　　　　　3",
        "4　　罚款缴纳凭证　　　　　　　　　　　4",
        "5　　当场处罚决定备案表　　　　　　　　5",
    ], num=None))
    pages.append(dict(title="当场行政处罚决定书", lines=[
        f"{AG}", "当场行政处罚决定书", f"编号：{NO}", "",
        f"当事人：{PARTY}",
        f"统一社会信用代码：{CC}",
        f"地址：{ADDR}",
        f"车辆号牌：{PLATE}（重型自卸货车）　驾驶人：{DRV}　身份证号：{DRV_ID}",
        f"违法事实：{ar_date(d)}10时20分，当事人所属{PLATE}货车在G109国道平安区小峡段（K2016+300处）运输砂石，"
        "车厢未覆盖篷布，未采取必要措施，造成砂石沿途扬撒约200米。",
        "上述行为违反了《道路运输条例》第二十六条第二款的规定，依据《道路运输条例》第六十八条第二款的规定，"
        "决定给予如下行政处罚：",
        f"罚款人民币{daxie(FINE)}（￥{FINE:,}.00），并责令立即改正（覆盖篷布、清理路面）。",
        "当事人已被告知陈述、申辩的权利，当事人（驾驶人代表）表示：无异议，不陈述申辩。",
        "罚款缴纳方式：当事人应当自收到本决定书之日起十五日内，通过青海省非税收入缴款平台或到中国农业银行海东分行缴纳罚款"
        "（账号：2807 0101 0400 2136 9），逾期不缴纳的，每日按罚款数额的百分之三加处罚款。",
        f"如不服本决定，可以在收到本决定书之日起六十日内向海东市人民政府申请行政复议，或者在六个月内直接向人民法院提起行政诉讼。",
        f"执法人员：{O1}（执法证号{C1}）　{O2}（执法证号{C2}）　（已出示执法证件）",
        f"处罚地点：G109国道平安区小峡段　　处罚时间：{ar_date(d)}10时40分",
        f"当事人签收：{DRV}（{PARTY}驾驶员，持单位授权委托书）　{ar_date(d)}",
        f"{AG}（印章）",
    ], num=1, seal=True))
    pages.append(dict(title="现场照片及说明", lines=[
        "现场照片及说明", "",
        "[[PHOTO:车辆左侧全景，车厢砂石裸露无篷布]]",
        "[[PHOTO:车后路面砂石扬撒痕迹]]",
        f"拍摄时间：{ar_date(d)}10时25分　拍摄地点：G109国道K2016+300处",
        f"拍摄人：{O2}　拍摄设备：执法记录仪（编号QHJT-0213）",
        "证明内容：当事人车辆运输砂石未覆盖篷布、造成扬撒的事实。",
        f"当事人确认：{DRV}　{ar_date(d)}",
    ], num=2))
    pages.append(dict(title="证件复印件", lines=[
        "证件复印件", "",
        f"[[BOX:营业执照（副本）复印件　名称：{PARTY}　统一社会信用代码：{CC}　类型：有限责任公司　住所：{ADDR}]]",
        f"[[BOX:道路运输经营许可证复印件　青交运管许可东字630203002918号　经营范围：道路普通货物运输]]",
        f"[[BOX:驾驶人身份证复印件　姓名：{DRV}　公民身份号码：{DRV_ID}]]",
        f"[[BOX:道路运输证复印件　车辆号牌：{PLATE}　证号：青交运管东字630203118864号]]",
        "以上复印件与原件核对无误。",
        f"核对人：{O1}　{O2}　当事人：{DRV}　{ar_date(d)}",
    ], num=3))
    pages.append(dict(title="罚款缴纳凭证", lines=[
        "青海省非税收入缴款电子回单", "",
        f"缴款日期：{dot_date(d_pay)}",
        f"缴款人：{PARTY}",
        "收款单位：海东市财政局",
        f"执收单位：{AG}",
        f"缴款码：6302 2604 1700 8815　项目：交通罚没收入（{NO}）",
        f"金额：{daxie(FINE)}　￥{FINE:,}.00",
        "状态：缴款成功",
    ], num=4))
    pages.append(dict(title="当场处罚决定备案表", lines=[
        "当场行政处罚决定备案表", "",
        f"决定书编号：{NO}　当事人：{PARTY}",
        f"处罚内容：罚款{FINE:,}元　处罚日期：{ar_date(d)}",
        f"执法人员：{O1}（{C1}）　{O2}（{C2}）",
        f"备案时间：{ar_date(d_ba)}　罚款执行情况：已于{ar_date(d_pay)}缴纳",
        "法制审核机构审查意见：已备案。　审核人：李晓川",
        f"{AG}政策法规科　{ar_date(d_ba)}",
    ], num=5))
    label = dict(
        codes=["DOC-02"], encoding=None,
        fields=dict(agency=AG, party=dict(name=PARTY, kind="单位", credit_code=CC, id_number=None),
                    penalty=dict(fine_yuan=FINE, procedure="简易"),
                    dates=dict(filing=None, notice=None, decision=str(d), decision_served=str(d)),
                    citations=[
                        dict(law="《道路运输条例》", article=26, paragraph=2, item=None, role="violated"),
                        dict(law="《道路运输条例》", article=68, paragraph=2, item=None, role="penalty"),
                    ]),
        checks=dict(day_counts={"decision_to_payment_days": [str(d), str(d_pay), (d_pay - d).days]}),
        notes=("DOC-02: the 当场行政处罚决定书 (p02.png, archive page 1, dated 2026-04-16) says '可以在收到本决定书之日起六十日内向海东市人民政府申请"
               "行政复议，或者在六个月内直接向人民法院提起行政诉讼'. Since 2024-01-01 a 当场作出的行政处罚决定 is 复议前置 (行政复议法 (2023) "
               "第二十三条第一款第（一）项 and 第二款): the party must be told to apply for 复议 first. Not defects: 简易程序 on a 单位 with a fine of "
               "1,500元 is within the 3,000元 limit (行政处罚法 第五十一条); 1,500 lies inside 第六十八条第二款 (1,000–3,000); two officers with "
               "certificate numbers; paid next day via the non-tax platform (not 当场收缴); 备案 recorded on 2026-04-20. The case has no 立案/告知 "
               "dates by nature, so filing and notice are null."),
    )
    return dict(case_id="dev13_g_qh2026_huoyun", fmt="png_folder", agency=AG, pages=pages, label=label)
