"""Is a short run of Chinese characters a person's name? (张三, 欧阳明, 李某某, 王**, 阿依·买买提)

Officer lists and signature lines are full of words that look like names to a character-class
regex (``申辩``, ``说明来意``, ``当事人确认``, ``这是``, ``内容``, ``消防监督员``). A name here is a known
surname (single or compound, as data below) followed by one to three given-name characters (or a
mask ``某``/``*``), the whole not containing a word of the legal/prose vocabulary in ``NOT_NAME``.
Names of minorities written with a middle dot (``阿依·买买提``) pass without a surname check, and so
do undotted Mongolian and Tibetan names (``乌云其木格``, ``巴特尔``, ``扎西次仁``): three to six
characters, every one of them a common transliteration syllable (``TRANSLITERATED``).
"""

from __future__ import annotations

import functools
import re

# 百家姓 single surnames plus common modern ones (闫, 覃, 付, 肖 …). Data, not logic: extend freely.
SINGLE_SURNAMES = frozenset(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎"
    "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄"
    "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭"
    "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚"
    "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫"
    "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双"
    "闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容"
    "向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空"
    "曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公闫覃付肖兰岳晋谌揭粟佘涂楚麦练区冼敬旷战阳原鄢隋"
    "尉邝甯代但占税门才么银达伦蒿栗宁母海洗植玉"
    # western provinces and minority surnames (云南 普/者/杞/矣/刀/岩, 甘肃 苟/雒/冶/喇/妥) and rarer Han ones
    "普苟杞雒者矣沐刀岩召俸冶喇妥拜撒铁敏锁仝亢佟邸缑笪茆芦琚苑眭蹇郇"
)
COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒",
    "夏侯", "端木", "澹台", "轩辕", "呼延", "南宫", "西门", "独孤", "百里", "万俟", "闻人", "钟离", "申屠",
)  # fmt: skip
# Words of the record's own prose and of officer titles: never part of a name.
NOT_NAME = re.compile(
    r"执法|证|号|签|意见|规定|的|条|款|项|人员|时间|地点|分别|单位|部门|局|我们|出示|表明|身份|见证|记录|"
    r"询问|检查|以上|笔录|无|同志|申辩|陈述|确认|来意|说明|内容|这是|在场|当事|监督|监察|稽查|调查|"
    r"核对|告知|现场|情况|负责|事由|依据|权利|回避|属实|员$|大队|中队|支队|所$|站$|机关|领导|审批|审核|"
    r"同意|辩|合法|程序|准确|有效|已|了|被|请|您|你们|他们"
)
GIVEN = r"[\u4e00-\u9fa5*＊某]"
_DOTTED = re.compile(r"[\u4e00-\u9fa5]{1,4}·[\u4e00-\u9fa5]{1,6}")
_GIVEN_2 = re.compile(rf"{GIVEN}{{1,2}}")
_GIVEN_3 = re.compile(rf"{GIVEN}{{1,3}}")
# Syllables of Mongolian and Tibetan names written in Chinese characters (乌云其木格, 斯琴高娃, 额尔敦
# 巴雅尔, 扎西次仁, 格桑卓玛). Data, not logic: a name made only of these needs no Han surname.
TRANSLITERATED = frozenset(
    "阿巴宝包毕必宾布查朝楚达岱道德敦额尔恩嘎干刚高戈格根古固哈海罕和赫呼胡花吉嘉金拉勒力林龙鲁伦云琴腾"
    "玛满芒孟米敏木那娜乃尼娅诺其琪钦青日瑞萨赛桑色僧沙什斯苏塔泰特图吐托娃旺乌希锡雅牙彦银音英扎珠"
    "卓次仁措姆旦增央顿曲平索朗洛强土登琼边普群培益西加罗多"
)

_COMPOUND = frozenset(COMPOUND_SURNAMES)
_COMPOUND_LENGTHS = tuple(sorted({len(c) for c in COMPOUND_SURNAMES}))


@functools.lru_cache(maxsize=4096)
def is_person_name(s: str) -> bool:
    """``s`` is a plausible person name: surname + 1–3 given characters, or a dotted name.

    Cached: a pure function of a short string, asked again for every mention of an officer."""
    if _DOTTED.fullmatch(s):
        return True
    if NOT_NAME.search(s):
        return False
    if 3 <= len(s) <= 6 and all(c in TRANSLITERATED for c in s):
        return True
    for n in _COMPOUND_LENGTHS:  # a set lookup per surname length, not a startswith per surname
        if s[:n] in _COMPOUND and _GIVEN_2.fullmatch(s[n:]):
            return True
    return s[:1] in SINGLE_SURNAMES and _GIVEN_3.fullmatch(s[1:]) is not None
