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
trap 'for s in default light op api; do tmux -L "bt-shots-$$-$s" kill-server 2>/dev/null || true; done; rm -rf "$work"' EXIT

browser=""
for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done

start() { # theme [run name, text to wait for, options before demo]: each run gets its own tmux server
    sock=bt-shots-$$-${2:-$1}
    tmux -L "$sock" -f /dev/null new-session -d -s shot -x 130 -y 40 \
        "env XDG_DATA_HOME=$work XDG_STATE_HOME=$work XDG_CONFIG_HOME=$work TERM=xterm-256color $bin --theme $1 ${4:-} demo"
    wait_for "${3:-Musterbank}"
}

wait_for() { # text [-e: match the capture with its colour escapes]: poll every 50 ms, at most 10 s
    i=0
    until tmux -L "$sock" capture-pane ${2:-} -p -t shot | grep -qF -- "$1"; do
        i=$((i + 1))
        if [ "$i" -gt 200 ]; then
            echo "timed out waiting for: $1; the screen was:" >&2
            tmux -L "$sock" capture-pane -p -t shot >&2
            exit 1
        fi
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
keys c; wait_for "Comment:"; keys -l "Mit Kunde, Beleg liegt vor"; keys Enter; wait_for "saved the comment"
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
# Views and access: _family made from owner (public alias, balances hidden), granted to aino, compared with _public.
keys Escape; keys Escape
keys ":"; keys -l "views"; keys Enter; wait_for "which_alias_to_use"
keys n; wait_for "New view copying"; keys -l "family"; keys Enter; wait_for "made _family"
keys j Space; wait_for "public*"
keys j j j j j Space j j j j j j j j j Space
# s asks with the list of changes, which ends with the alias once every toggle above has arrived.
keys s; wait_for "alias: none -> public"
shot 8-views-matrix
keys y; wait_for "saved _family"
# After Esc, wait for the browser before ":": an ESC and a key in one read is Alt+key.
keys Escape; wait_for "Balance over time"; keys ":"; keys -l "access"; keys Enter; wait_for "Access to"
keys g; wait_for "Grant views of"; keys -l "aino"; keys Enter; wait_for "Views to grant"
keys -l "_family"; keys Enter; wait_for "│aino"
shot 9-access
keys Escape; wait_for "Balance over time"; keys ":"; keys -l "compare owner _public"; keys Enter
wait_for "hidden│" # a loaded row: the balance column ends at the border (the browser's list ends in notes)
shot 10-compare-views
keys Escape; wait_for "Balance over time"
keys ":"; keys -l "view owner"; keys Enter; wait_for "view: owner"
# The payment form from `p`: the receiver picked with a filter, then `s` shows both balances before and after.
keys p; wait_for "New payment from"
keys Enter; wait_for "my account"
keys /; wait_for "filter the receivers"; keys -l "saasto"; keys Enter; wait_for "pick a receiver (1)"
keys Enter; keys Enter; wait_for "amount (e.g."; keys -l "1500"; keys Enter
keys j; keys Enter; wait_for "description"; keys -l "Miete Dezember"; keys Enter
keys s; wait_for "It is sent once."
shot 11-payment-confirm
keys n; keys Escape; keys Escape; keys q

# The API explorer and the counterparties, from a fresh run on the same data.
start default api
keys Enter; wait_for "Girokonto"
keys Enter; wait_for "Balance over time"
keys ":"; keys -l "api"; keys Enter; wait_for "GET    /obp/" # the rows: the title shows before the docs load
keys f; wait_for "filter endpoints"; keys -l "Get Banks"; keys Enter; wait_for 'matching "Get Banks"'
keys s; wait_for "200 in"
shot 11-api-explorer
# Esc closes the answer, a second Esc the explorer; apart, or the two read as one Alt+Esc.
keys Escape; sleep 0.3; keys Escape; wait_for "Balance over time"
keys ":"; keys -l "counterparties"; keys Enter; wait_for "Out ▼"
keys Enter; wait_for "Transactions ⏎"
shot 13-counterparties
keys Escape; keys Escape; keys q

start light
keys Enter; wait_for "Girokonto"
keys Enter; wait_for "owner (50+)"
shot 6-light-theme light
keys q

# OP: a payment made from the form of :oppayments, its browser flow followed, then its live status.
start default op "Banks (1)" "--provider op"
keys ":"; keys -l "oppayments"; keys Enter; wait_for "OP payments made here"
keys n; wait_for "Amount (EUR"; keys -l "24.90"; keys Enter
wait_for "Reference (Finnish"; keys -l "RF18 5390 0754 7034"; keys Enter
wait_for "Return URL"; keys -l "shop.example/thanks"; keys Enter
wait_for "Create a payment"; keys y; wait_for "INITIAL"
# The customer's side: the browser-flow URL, from the ledger bankterm keeps (the screen shows it cut to width).
url=$(sqlite3 "$work/bankterm/op-payments.sqlite" "select browser_flow_url from op_payment limit 1")
curl -s -o /dev/null "$url"
keys Enter; wait_for "COMPLETED"
shot 12-op-payments
keys Escape; keys q

[ -n "$browser" ] || echo "no Chromium found: left HTML pages in screenshots/ (open them, or install chromium and re-run)" >&2
