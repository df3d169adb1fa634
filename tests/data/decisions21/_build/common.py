"""Shared pieces for the decisions21 builder: identifiers (computed, never typed in full),
citation helper, text-layout helpers that imitate PDF-to-text output."""
import codes

# ---- 统一社会信用代码 / other codes (check characters computed, GB 32100 / GB 11714 / GS 15) ----
K = {}
K["C01"] = codes.uscc("91", "330110", "MA2KC7D1")
K["C02"] = codes.uscc("91", "320509", "MA1W8Q3F")
K["ORG02"] = codes.org_code("01417678")          # agency code used in the 索引号
K["C04"] = codes.uscc("91", "370783", "66934127")
K["C05"] = codes.uscc("91", "440605", "MA4UH6R2")
K["C06"] = codes.uscc("91", "130983", "MA07TQ5L")
K["C07"] = codes.uscc("92", "411623", "MA45XK8N")
K["AG07"] = codes.uscc("11", "411623", "MB1P4U3E")
K["ORG08"] = codes.org_code("58520746")
K["REG09"] = codes.regno("51110000002386")
K["C10"] = codes.uscc("91", "420607", "MA48BN9T")
K["REG12"] = codes.regno("34010000018947")
K["ORG12"] = codes.org_code("79357612")
K["REG13"] = codes.regno("21021100003512")
K["ORG13B"] = codes.org_code("74096583")
K["ORG13"] = codes.org_code("01107329")           # agency code used in the 索引号
K["C14"] = codes.uscc("91", "360111", "MA38R6WQ")
K["C15"] = codes.uscc("91", "430111", "MA4L2G7Y")
K["TAX16"] = "610113" + codes.org_code("71972318")  # 15-位 税务登记证号 = 行政区划 + 组织机构代码
K["C17"] = codes.uscc("91", "120116", "MA06Y3JC")
K["C18"] = codes.uscc("92", "520328", "MA6H0P1K")
K["C19"] = codes.uscc("91", "500112", "MA5UE81N")
K["C20"] = codes.uscc("92", "220104", "MA14FK3W")
K["C21"] = codes.uscc("91", "110105", "MA01Y7QX")
K["C22"] = codes.uscc("91", "150602", "MA0N8D2R")
K["C23"] = codes.uscc("91", "650102", "MA776P3U")


def hy(org9):
    """组织机构代码 written with its hyphen."""
    return org9[:8] + "-" + org9[8]


# ---- natural persons: the full number is assembled here and only its masked form is written ----
PERSONS = {
    # key: (region, birth date, sequence) -- pieces kept apart on purpose
    "P03": ("450702", "1978" + "1106", "153"),
    "P07": ("411623", "1975" + "0412", "031"),
    "P09": ("511102", "1979" + "0908", "317"),
    "P11": ("350481", "1968" + "0517", "015"),
    "P18": ("520328", "1970" + "0223", "415"),
    "P19": ("500112", "1986" + "0314", "239"),
    "P20": ("220104", "1983" + "0729", "062"),
}


def full_id(key):
    r, b, s = PERSONS[key]
    return codes.id_number(r, b, s)


def masked_id(key):
    return codes.id_masked(full_id(key))


for _k in PERSONS:
    K["M" + _k[1:]] = masked_id(_k)


# ---- citations ----
def C(law, article, paragraph=None, item=None, role="other", note=None):
    d = {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}
    if note:
        d["note"] = note
    return d


# ---- layout helpers ----
def wrap_lines(paragraph, width, indent=""):
    """Break a paragraph into fixed-width lines the way PDF-to-text does (no word logic)."""
    s = indent + paragraph
    return [s[i:i + width] for i in range(0, len(s), width)] or [""]


def paginate(lines, per_page, header=None, footer_fmt=None, formfeed=True, pages_total=None):
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    total = pages_total or len(pages)
    out = []
    for n, page in enumerate(pages, 1):
        if header and n > 1:
            out.append(header)
        out.extend(page)
        if footer_fmt:
            out.append(footer_fmt.format(n=n, total=total))
        if formfeed and n < len(pages):
            out.append("\f")
    return out
