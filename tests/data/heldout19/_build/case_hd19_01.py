"""hd19_01_qingxi_biaojia: 市场监督管理局，超市商品未明码标价，简易程序当场罚款1000元（单位）。
Defect: DOC-02 (2025年当场处罚决定书救济告知写“可以……申请行政复议，也可以……直接提起行政诉讼”，
未告知当场处罚须先申请行政复议（行政复议法2023第二十三条第一款第一项、第二款）).
Format: scanned PDF (Pillow 200 dpi, Noto Serif CJK, red seal, skew, blur, noise, JPEG q45)."""
import os
from common import Volume, uscc, idno, cn_date, ar_date, dot_date, OUT
import scan

CASE_ID = "hd19_01_qingxi_biaojia"
AG = "青溪县市场监督管理局"
NAME = "青溪县惠邻购物有限公司"
CREDIT = uscc("91420526MA4F8PL3" + "1")
LEGAL = "聂红梅"
MGR = "段永福"
MGR_ID = idno("42052619900211" + "035")
ADDR = "湖北省青溪县龙泉镇人民路56号"
O1, C1 = "胡志斌", "42052621033"
O2, C2 = "田晓琳", "42052621041"
DATES = dict(decision="2025-08-12", paid="2025-08-20", filed="2025-08-14")
DEC_NO = "青市监当罚〔2025〕0112号"


def build():
    d = DATES
    v = Volume()
    v.add("现场笔录", f"""
^青溪县市场监督管理局
^^现 场 笔 录
时间：{ar_date(d['decision'])}9时40分至10时15分
地点：{NAME}（{ADDR}）经营场所
执法人员：{O1}（执法证号{C1}）、{O2}（执法证号{C2}）
当事人：{NAME}，统一社会信用代码{CREDIT}，法定代表人{LEGAL}
现场负责人：{MGR}（店长），身份证号{MGR_ID}
执法人员出示执法证件，表明身份，告知当事人有申请回避的权利，现场负责人表示不申请回避。检查发现：该超市生鲜区在售的鲫鱼、草鱼、排骨、五花肉、土鸡蛋等12种商品未设置价签，也无其他标价方式，顾客需询问收银员方知价格；其余区域商品标价齐全。现场负责人称原价签机故障，当日早上未及时补打价签。执法记录仪全程记录，拍照4张。
执法人员当场责令改正，当事人于10时10分前补齐全部价签。
当事人签名：段永福　{ar_date(d['decision'])}
>>执法人员签名：{O1}　{O2}
""")
    v.add("当场行政处罚决定书", f"""
^青溪县市场监督管理局
^^当场行政处罚决定书
>>{DEC_NO}
当事人：{NAME}　统一社会信用代码：{CREDIT}
法定代表人：{LEGAL}　住所：{ADDR}
违法事实：{ar_date(d['decision'])}9时40分，当事人在其经营场所生鲜区销售鲫鱼、草鱼、排骨等12种商品未明码标价。以上事实有现场笔录、现场照片、执法记录仪视频为证。
当事人的上述行为违反了《中华人民共和国价格法》第十三条第一款的规定。依据《中华人民共和国价格法》第四十二条的规定，责令当事人改正，并决定当场给予如下行政处罚：罚款人民币壹仟元整（¥1000元）。
当事人应当自收到本决定书之日起十五日内，到青溪县农村商业银行各营业网点或通过湖北省非税收入电子缴款平台缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
当事人对本处罚决定不服的，可以在收到本决定书之日起六十日内向青溪县人民政府申请行政复议，也可以在六个月内直接向青溪县人民法院提起行政诉讼。
执法人员：{O1}（执法证号{C1}）　{O2}（执法证号{C2}）
处罚地点：{ADDR}
>>青溪县市场监督管理局（印章）
>>{cn_date(d['decision'])}
当事人签收：段永福（受{NAME}委托）　{ar_date(d['decision'])}10时20分
""")
    v.add("罚款缴纳凭证", f"""
^^湖北省非税收入一般缴款书（电子）
||缴款日期\t{dot_date(d['paid'])}
||执收单位\t青溪县市场监督管理局
||缴款人\t{NAME}
||收入项目\t罚没收入（{DEC_NO}）
||金额\t人民币壹仟元整　¥1000.00
||备注\t电子缴款，交易流水号4205262508200417
""")
    v.add("当场行政处罚备案表", f"""
^青溪县市场监督管理局
^^当场行政处罚备案表
||决定书文号\t{DEC_NO}
||当事人\t{NAME}
||违法行为\t未明码标价
||处罚依据\t《中华人民共和国价格法》第四十二条
||处罚内容\t罚款1000元
||执法人员\t{O1}、{O2}
||执行情况\t{dot_date(d['paid'])}已缴纳罚款1000元
||备案日期\t{dot_date(d['filed'])}
||法制机构签收\t法规科 蔡文静 {dot_date(d['filed'])}
""")
    return v


def write():
    v = build()
    toc = "^^卷 内 目 录\n^" + NAME + "未明码标价案\n||序号\t文件名称\t页号\n"
    for i, (title, number, date, a, b) in enumerate(v.ranges(), 1):
        toc += f"||{i}\t{title}\t{a}" + (f"-{b}" if b != a else "") + "\n"
    pages = [(toc, None, None)]
    n = 0
    for title, number, date, pp in v.docs:
        for p in pp:
            n += 1
            pages.append((p, str(n), "青溪县市场监督管理局" if "（印章）" in p else None))
    scan.write_scan_pdf(os.path.join(OUT, CASE_ID + ".pdf"), pages)


if __name__ == "__main__":
    write()
