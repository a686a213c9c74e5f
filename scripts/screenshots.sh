#!/bin/sh
# Makes screenshots/*.png from a real run of `bankterm demo`: drives it under a private tmux server, captures each
# screen with colours (`capture-pane -e`), turns the capture into HTML (scripts/ansi2html.py) and renders it with
# a headless Chromium. Without Chromium it leaves the .html (and .ans) files and says so.
# Usage: scripts/screenshots.sh [path/to/bankterm]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/.build/debug/bankterm}
out=$here/screenshots
mkdir -p "$out"
work=$(mktemp -d)
sock=bt-shots-$$
trap 'for s in default light; do tmux -L "bt-shots-$$-$s" kill-server 2>/dev/null || true; done; rm -rf "$work"' EXIT

browser=""
for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done

start() { # theme: each run gets its own tmux server
    sock=bt-shots-$$-$1
    tmux -L "$sock" -f /dev/null new-session -d -s shot -x 130 -y 40 \
        "env XDG_DATA_HOME=$work XDG_STATE_HOME=$work XDG_CONFIG_HOME=$work TERM=xterm-256color $bin --theme $1 demo"
    wait_for "Musterbank"
}

wait_for() { # text [-e: match the capture with its colour escapes]: poll every 50 ms, at most 10 s
    i=0
    until tmux -L "$sock" capture-pane ${2:-} -p -t shot | grep -qF -- "$1"; do
        i=$((i + 1))
        if [ "$i" -gt 200 ]; then echo "timed out waiting for: $1" >&2; exit 1; fi
        sleep 0.05
    done
}

keys() { tmux -L "$sock" send-keys -t shot "$@"; }

shot() { # name [light]
    tmux -L "$sock" capture-pane -e -p -t shot > "$out/$1.ans"
    python3 "$here/scripts/ansi2html.py" "bankterm: $1" "${2:-dark}" < "$out/$1.ans" > "$out/$1.html"
    if [ -n "$browser" ]; then
        "$browser" --headless --disable-gpu --no-sandbox --hide-scrollbars --window-size=1200,750 \
            --screenshot="$out/$1.png" "file://$out/$1.html" >/dev/null 2>&1
        rm -f "$out/$1.html" "$out/$1.ans"
    fi
    echo "screenshots/$1"
}

start default
keys Enter; wait_for "Girokonto"
keys Enter; wait_for "owner (50+)"
shot 1-banks-accounts-transactions
keys Enter; wait_for "Balance after"
keys t; wait_for "Tag:"; keys -l "kaffee"; keys Enter; wait_for "#kaffee"
keys c; wait_for "Comment:"; keys -l "Mit Kunde, Beleg liegt vor"; keys Enter; wait_for "saved comment"
shot 2-transaction-with-metadata
# The prompt's cursor is a reverse-video cell: wait for it to sit on the "p" of "per" after the ← presses.
keys c; wait_for "Comment:"; keys -l "Rechnung kommt per Post"; wait_for "per Post"
keys Left Left Left Left Left Left Left Left; wait_for "$(printf '\033[7mp')" -e
shot 7-comment-prompt
keys Escape
keys v; wait_for "Enter: switch"
shot 3-view-picker
keys Escape; keys ":"; keys -l "view _public"; keys Enter; wait_for "view: _public"
keys Enter; wait_for "(alias)"
shot 4-public-view
keys "?"; wait_for "g G scroll"
shot 5-help
keys Escape; keys Escape; keys ":"; keys -l "view owner"; keys Enter; wait_for "view: owner"
keys ":"; keys -l "counterparties"; keys Enter; wait_for "Out ▼"
keys Enter; wait_for "Transactions ⏎"
shot 8-counterparties
keys Escape; keys Escape; keys q

start light
keys Enter; wait_for "Girokonto"
keys Enter; wait_for "owner (50+)"
shot 6-light-theme light
keys q

[ -n "$browser" ] || echo "no Chromium found: left HTML pages in screenshots/ (open them, or install chromium and re-run)" >&2
