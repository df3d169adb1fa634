"""Case F — 广州 区城管执法局 露天烧烤 当场处罚（简易程序）, scanned PDF (Pillow 200 dpi, seal, skew, noise, JPEG q45).
Defects: PROC-10 (当场处罚决定书 fines a natural person 500元 and confiscates the grill — beyond 简易程序),
DOC-02 (2024 on-the-spot decision tells the party it may sue directly; no 复议前置).
"""
import os
from common import *
from writers import write_scan_pdf

CASE_ID = "h21_f_gz_chengguan_lutianshaokao_jianyi_2024"
AG = "广州市海珠区城市管理和综合执法局"
NO = "海城执简〔2024〕第0615-07号"
PARTY, PID = "梁志豪", idno("44010519900211357")
ADDR = "广州市海珠区江海街道敦和路135号之二"
DEC_NO = "海城执当罚〔2024〕0906号"
FINE = 500
d = dict(decision=D("2024-06-15"), paid=D("2024-06-17"), filed=D("2024-06-18"))
O1, C1 = "冯伟明", "44010524003156"
O2, C2 = "李嘉欣", "44010524001872"


def hdr(doc_no):
    return f"案件编号：{NO}　　文书编号：{doc_no}\n"


docs = []
docs.append(Doc("当场行政处罚决定书", hdr(DEC_NO) + f"""
#C {AG}
## 当场行政处罚决定书
@R {DEC_NO}　No.4401050024601
当事人：{PARTY}　性别：男　身份证号：{PID}
住址：{ADDR}　联系电话：135****7720
违法事实：2024年6月15日22时10分，当事人在海珠区滨江东路与敦和路交界处人行道（市政府公布的禁止露天烧烤区域）摆设烧烤炉露天烧烤食品并对外销售。
以上事实有现场检查笔录、现场照片、执法记录仪视频为证。
当事人的行为违反了《中华人民共和国大气污染防治法》第八十一条第三款的规定，依据《中华人民共和国大气污染防治法》第一百一十八条第三款的规定，决定给予以下行政处罚：
1．没收烧烤工具（烧烤炉1台、烤网2张、木炭1袋）；
2．罚款人民币伍佰元整（¥500）。
履行方式和期限：当事人应自收到本决定书之日起十五日内到广州市非税收入指定代收银行或通过“粤税通/广东非税”缴纳罚款，逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
当事人对本决定不服的，可以在收到本决定书之日起六十日内向广州市海珠区人民政府申请行政复议，或者在六个月内直接向有管辖权的人民法院提起行政诉讼。
执法人员（签名）：{O1}（执法证号{C1}）　{O2}（执法证号{C2}）
当事人（签名）：{PARTY}　　2024-06-15 22:35
处罚地点：海珠区滨江东路与敦和路交界处
@R {AG}
@R {zh_date(d['decision'])}
"""))
docs.append(Doc("现场检查笔录", hdr("海城执现〔2024〕0615-07") + f"""
#C {AG}
## 现场检查笔录
检查时间：2024年6月15日22时10分至22时30分
检查地点：海珠区滨江东路与敦和路交界处人行道
被检查人：{PARTY}（身份证号{PID}）
执法人员：{O1}（执法证号{C1}）、{O2}（执法证号{C2}）
执法记录仪编号：HZ-CG-1147、HZ-CG-1152
执法人员出示执法证件，表明身份，告知被检查人享有陈述、申辩及申请回避的权利。
检查情况：被检查人在人行道上摆放烧烤炉1台（长约80厘米），正在使用木炭烧烤肉串、鱿鱼等食品，现场有顾客3人等候购买，地面有炭灰，烟气飘向相邻住宅楼。该路段属《广州市人民政府关于划定禁止露天烧烤区域的通告》所列禁止区域。执法人员现场拍照5张，全程录像。
被检查人陈述：刚摆了一个多小时，卖了大概一百多元，知道不能摆但想赚点钱。
被检查人（签名）：{PARTY}　2024-06-15
执法人员（签名）：{O1}　{O2}
"""))
docs.append(Doc("没收物品清单", hdr("海城执没清〔2024〕0906") + f"""
## 没收物品清单
T|序号|物品名称|规格|数量|备注
T|1|烧烤炉|铁质，约80×35cm|1台|旧
T|2|烤网|不锈钢|2张|
T|3|木炭|机制炭约5kg|1袋|已开封
当事人（签名）：{PARTY}　2024-06-15
执法人员（签名）：{O1}　{O2}
物品存放地点：海珠区城管执法局江海执法中队暂扣物品仓库
"""))
docs.append(Doc("罚款缴纳凭证", hdr("—") + f"""
## 广东省政府非税收入（电子）缴款凭证
T|缴款人|{PARTY}
T|执收单位|{AG}
T|项目|罚没收入　决定书号{DEC_NO}
T|金额|¥500.00（伍佰元整）
T|缴款日期|2024-06-17
"""))
docs.append(Doc("当场处罚备案及结案登记表", hdr("海城执备〔2024〕0906") + f"""
#C {AG}
## 当场行政处罚备案及结案登记表
T|决定书编号|{DEC_NO}
T|当事人|{PARTY}
T|处罚内容|没收烧烤工具；罚款500元
T|执行情况|2024-06-17缴清罚款；没收物品入库待处置
T|执法人员|{O1}　{O2}　2024-06-18
T|中队意见|已备案。江海中队　邓伟　2024-06-18
"""))


def toc(rows, total):
    s = f"案件编号：{NO}\n## 卷内目录\nT|序号|文件名称|页号\n"
    for seq, t, a, b in rows:
        s += f"T|{seq}|{t}|{a}-{b}\n" if a != b else f"T|{seq}|{t}|{a}\n"
    return s


def build():
    vol, total, rows = assemble(docs, toc, None)
    write_scan_pdf(os.path.join(OUT, CASE_ID + ".pdf"), vol, total, lambda n, t: f"- {n} -",
                   seal_text=AG, seal_pages={1: AG})


LABEL = dict(case_id=CASE_ID, codes=["DOC-02", "PROC-10"], encoding="utf-8",
             notes=("PROC-10：当场行政处罚决定书（简易程序）对自然人罚款500元（超过200元）并没收烧烤工具（非警告/罚款），应适用普通程序。"
                    "DOC-02：决定作出于2024年6月15日，当场处罚决定依《行政复议法》(2023)第二十三条须复议前置，决定书却告知“或者在六个月内直接向有管辖权的人民法院提起行政诉讼”，未告知先申请复议。"
                    "其他：扫描件，红色圆形印章压在决定书落款；两名执法人员有证号；罚款已缴。"),
             fields=dict(agency=AG, party=dict(name=PARTY, kind="个人", credit_code=None, id_number=PID),
                         penalty=dict(fine_yuan=FINE, procedure="简易"),
                         dates=dict(filing=None, notice=None, decision=str(d["decision"]),
                                    decision_served=str(d["decision"])),
                         citations=[dict(law="中华人民共和国大气污染防治法", article=81, paragraph=3, item=None, role="violated"),
                                    dict(law="中华人民共和国大气污染防治法", article=118, paragraph=3, item=None, role="penalty")]))
CHECK = dict(ids=[PID], simple_limit=(FINE, "个人"))

if __name__ == "__main__":
    build()
