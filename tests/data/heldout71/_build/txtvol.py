"""Plain-text volumes: pages of lines with a display-width aware wrapper (CJK = 2 columns)."""
import unicodedata


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(s, width, indent=0):
    """Fixed-width wrap; runs of ASCII letters/digits are not split (as editors wrap words)."""
    toks, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j].isascii() and (s[j].isalnum() or s[j] in ".,:%-/_"):
            j += 1
        toks.append(s[i:j] if j > i else s[i])
        i = j if j > i else i + 1
    out, cur = [], " " * indent
    for tk in toks:
        if dw(cur + tk) > width and cur.strip():
            if tk in "，。、；：）》”":
                cur += tk
                out.append(cur)
                cur = ""
                continue
            out.append(cur)
            cur = ""
        cur += tk
    if cur:
        out.append(cur)
    return out


def center(s, width):
    pad = max(0, (width - dw(s)) // 2)
    return " " * pad + s


def right(s, width):
    return " " * max(0, width - dw(s)) + s


class Vol:
    def __init__(self, width=72):
        self.width = width
        self.pages = []          # list of (numbered, [lines], tags)
        self.cur = None

    def page(self, numbered=True, tag=None):
        self.cur = (numbered, [], [tag] if tag else [])
        self.pages.append(self.cur)

    def add(self, *lines):
        self.cur[1].extend(lines)

    def para(self, s, indent=4):
        self.cur[1].extend(wrap(s, self.width, indent))

    def ranges(self):
        n, out = 0, []
        for numbered, _, tags in self.pages:
            if numbered:
                n += 1
            for t in tags:
                out.append([t, n, n])
            if out and numbered:
                out[-1][2] = n
        return [tuple(x) for x in out]
