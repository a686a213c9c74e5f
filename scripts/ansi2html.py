#!/usr/bin/env python3
"""Turns `tmux capture-pane -e -p` output (SGR colour escapes) into a standalone HTML page, so screenshots can be
rendered by a headless browser without extra tools. Usage: ansi2html.py TITLE [light] < capture.ans > capture.html ("light" paints a light terminal background)"""
import html
import re
import sys
import unicodedata

BASIC = ["#000000", "#cd0000", "#00cd00", "#cdcd00", "#0000ee", "#cd00cd", "#00cdcd", "#e5e5e5",
         "#7f7f7f", "#ff0000", "#00ff00", "#ffff00", "#5c5cff", "#ff00ff", "#00ffff", "#ffffff"]
FG, BG = "#d8dee9", "#1e2128"


def palette(n):
    if n < 16:
        return BASIC[n]
    if n >= 232:
        v = 8 + 10 * (n - 232)
        return "#%02x%02x%02x" % (v, v, v)
    levels = [0, 95, 135, 175, 215, 255]
    n -= 16
    return "#%02x%02x%02x" % (levels[n // 36], levels[(n // 6) % 6], levels[n % 6])


def apply(codes, state):
    codes = codes or [0]
    i = 0
    while i < len(codes):
        c = codes[i]
        if c == 0:
            state.clear()
        elif c in (1, 3, 4, 7):
            state[c] = True
        elif c in (22, 23, 24, 27):
            state.pop({22: 1, 23: 3, 24: 4, 27: 7}[c], None)
        elif 30 <= c <= 37 or 90 <= c <= 97:
            state["fg"] = BASIC[c - 30 if c < 90 else c - 82]
        elif 40 <= c <= 47 or 100 <= c <= 107:
            state["bg"] = BASIC[c - 40 if c < 100 else c - 92]
        elif c in (39, 49):
            state.pop("fg" if c == 39 else "bg", None)
        elif c in (38, 48) and i + 1 < len(codes):
            key = "fg" if c == 38 else "bg"
            if codes[i + 1] == 5 and i + 2 < len(codes):
                state[key] = palette(codes[i + 2])
                i += 2
            elif codes[i + 1] == 2 and i + 4 < len(codes):
                state[key] = "#%02x%02x%02x" % tuple(codes[i + 2:i + 5])
                i += 4
        i += 1


def css(state):
    fg, bg = state.get("fg", FG), state.get("bg", BG)
    if state.get(7):
        fg, bg = bg, fg
    style = "color:%s;background:%s" % (fg, bg)
    if state.get(1):
        style += ";font-weight:bold"
    if state.get(3):
        style += ";font-style:italic"
    if state.get(4):
        style += ";text-decoration:underline"
    return style


def cells(text):
    """Wide characters get exactly two columns, whatever width the browser's fallback font gives them."""
    out = []
    for ch in text:
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            out.append('<span style="display:inline-block;width:2ch">%s</span>' % html.escape(ch))
        else:
            out.append(html.escape(ch))
    return "".join(out)


def convert(text):
    state, out = {}, []
    for part in re.split(r"(\x1b\[[0-9;]*m)", text):
        match = re.fullmatch(r"\x1b\[([0-9;]*)m", part)
        if match:
            apply([int(c) for c in match.group(1).split(";") if c != ""], state)
        elif part:
            out.append('<span style="%s">%s</span>' % (css(state), cells(part)))
    return "".join(out)


title = sys.argv[1] if len(sys.argv) > 1 else "bankterm"
if len(sys.argv) > 2 and sys.argv[2] == "light":
    FG, BG = "#303030", "#fafafa"
body = convert(sys.stdin.read())
print('<!doctype html><meta charset="utf-8"><title>%s</title><style>body{margin:0;background:%s}'
      'pre{margin:0;padding:12px;font:15px/1.2 "DejaVu Sans Mono","Noto Sans Mono CJK JP",monospace;color:%s}'
      '</style><pre>%s</pre>' % (html.escape(title), BG, FG, body))
