#!/usr/bin/env bash
# The benchmark: builds release, then prints one line per figure (medians of several runs).
#   scripts/bench.sh            every figure
#   BENCH_DIR=DIR               where the 250,000-transaction bench database is kept (made once, ~seconds)
#   BENCH_SKIP_BUILD=1          use the release binaries already built
#   BENCH_FETCH_RUNS=N          timed --all and curl runs, alternated (default 5)
#   BENCH_MILLION=1             also the 1M figures: load time of --generate 1000000, and a 2.5M database whose
#                               bench account holds 1,000,000 transactions (made once, kept in BENCH_DIR; minutes)
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
    # One product per call: given twice, --product builds only the last. The Swift runtime and Foundation are
    # linked in, as README's release build is: dynamic, their loading costs 3 MB more at start (32.1 → 29.0 MB).
    swift build -c release --static-swift-stdlib --product bankterm >&2
    swift build -c release --static-swift-stdlib --product bankterm-bench >&2
fi
BIN=$(swift build -c release --static-swift-stdlib --show-bin-path)
BENCH_DIR=${BENCH_DIR:-$PWD/.build/bench}
mkdir -p "$BENCH_DIR"
DB=$BENCH_DIR/bench.sqlite
WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
    [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

BANK=bankterm.fi
ACCOUNT=fi-kaytto-001
USER=demo
PASSWORD=bankterm-demo
KEY=bankterm-sandbox-key
FETCH_RUNS=${BENCH_FETCH_RUNS:-5}

line() { printf '%-34s %s\n' "$1" "$2"; }
ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# --- fetch: `transactions --all` against `bankterm sandbox`, next to curl fetching the same pages -----------
"$BIN/bankterm" sandbox --port 0 --data "$DB" --generate 250000 >"$WORK/sandbox.out" 2>&1 &
SERVER_PID=$!
for _ in $(seq 600); do
    grep -q '^listening on ' "$WORK/sandbox.out" && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/sandbox.out" >&2; exit 1; }
    sleep 0.1
done
URL=$(sed -n 's/^listening on //p' "$WORK/sandbox.out")
[[ -n "$URL" ]] || { echo "the sandbox did not start" >&2; exit 1; }
TX_PATH="/obp/v5.1.0/banks/$BANK/accounts/$ACCOUNT/owner/transactions"

export XDG_STATE_HOME=$WORK/state XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data
export BANKTERM_PASSWORD=$PASSWORD
# `bankterm_all FORMAT`: the whole account in FORMAT; the peak RSS (KiB) lands in $WORK/rss.FORMAT.
bankterm_all() {
    local format=${1:-csv}
    /usr/bin/time -f '%M' -o "$WORK/rss.$format" "$BIN/bankterm" --base-url "$URL" --username "$USER" \
        --consumer-key "$KEY" transactions --bank "$BANK" --account "$ACCOUNT" --all --format "$format" --stats \
        >"$WORK/all.$format" 2>"$WORK/stats" || { cat "$WORK/stats" >&2; exit 1; }
}
bankterm_all # warm the server and log in, so the timed runs neither pay for a login nor count it
count=$(grep -o '^[0-9]*' "$WORK/stats")

TOKEN=$(curl -s -X POST -H "DirectLogin: username=$USER, password=$PASSWORD, consumer_key=$KEY" "$URL/my/logins/direct" \
    | sed 's/.*"token":"\([^"]*\)".*/\1/')
pages=$(( count / 50 + 1 ))
{
    echo "header = \"DirectLogin: token=$TOKEN\""
    for ((i = 0; i < pages; i++)); do echo "url = \"$URL$TX_PATH?limit=50&offset=$((i * 50))\""; done
} >"$WORK/curl.cfg"
# Alternated, so that whatever else the machine is doing falls on both alike.
bt_times=(); curl_times=(); json_times=(); ndjson_times=(); json_rss=0; ndjson_rss=0
for _ in $(seq "$FETCH_RUNS"); do
    t0=$(now_ms); bankterm_all; bt_times+=($(( $(now_ms) - t0 )))
    # Into a file, as bankterm's output goes: sent to /dev/null, curl skipped writing its 104 MB (0.1-0.5 s).
    t0=$(now_ms); curl -s -K "$WORK/curl.cfg" >"$WORK/curl.out"; curl_times+=($(( $(now_ms) - t0 )))
    t0=$(now_ms); bankterm_all json; json_times+=($(( $(now_ms) - t0 )))
    t0=$(now_ms); bankterm_all ndjson; ndjson_times+=($(( $(now_ms) - t0 )))
    json_rss=$(( $(cat "$WORK/rss.json") > json_rss ? $(cat "$WORK/rss.json") : json_rss ))
    ndjson_rss=$(( $(cat "$WORK/rss.ndjson") > ndjson_rss ? $(cat "$WORK/rss.ndjson") : ndjson_rss ))
done
json_lines=$(grep -c '^  {' "$WORK/all.json" || true)
ndjson_lines=$(wc -l <"$WORK/all.ndjson")
requests=$(grep -o '[0-9]* HTTP requests' "$WORK/stats" | grep -o '^[0-9]*')
bt_ms=$(printf '%s\n' "${bt_times[@]}" | median)
curl_ms=$(printf '%s\n' "${curl_times[@]}" | median)
line "fetch transactions --all" "$bt_ms ms  ($count transactions, $requests HTTP requests by --stats; $pages pages needed)"
line "fetch curl, same $pages pages" "$curl_ms ms  (one curl, keep-alive; medians of $FETCH_RUNS runs, alternated)"
line "fetch ratio bankterm/curl" "$(ratio "$bt_ms" "$curl_ms")  (target ≤ 1.0)"
json_ms=$(printf '%s\n' "${json_times[@]}" | median)
ndjson_ms=$(printf '%s\n' "${ndjson_times[@]}" | median)
line "fetch --format json" "$json_ms ms  ($json_lines objects; ratio to curl $(ratio "$json_ms" "$curl_ms"), target ≤ 1.0)"
line "fetch --format ndjson" "$ndjson_ms ms  ($ndjson_lines lines; ratio to curl $(ratio "$ndjson_ms" "$curl_ms"), target ≤ 1.0)"
line "fetch json / ndjson peak RSS" "$(awk "BEGIN { printf \"%.1f MB / %.1f MB\", $json_rss / 1024, $ndjson_rss / 1024 }")  (target < 40 MB)"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=

# --- startup: first paint of `bankterm demo`, embedded sandbox included, in a pty ---------------------------
# `script` gives the demo the terminal it needs, from any shell; its stdin is /dev/null, so the run never waits on
# (or reads keys from) whatever started the bench.
startup() {
    local out
    out=$(TERM=xterm-256color script -qec "stty rows 40 cols 120; '$BIN/bankterm' demo --bench-startup" /dev/null \
        </dev/null 2>&1 | tr -d '\r') || true
    grep -ao 'first paint [0-9]* ms, banks shown [0-9]* ms' <<<"$out" && return
    echo "bankterm demo --bench-startup printed no startup times; the end of what it printed:" >&2
    sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' <<<"$out" | tail -n 5 >&2
    exit 1
}
first=$(startup)
line "startup demo, first run" "$first (makes the demo data)"
paints=(); shown=()
for _ in $(seq 5); do
    out=$(startup); paints+=($(echo "$out" | awk '{ print $3 }')); shown+=($(echo "$out" | awk '{ print $7 }'))
done
line "startup demo, first paint" "$(printf '%s\n' "${paints[@]}" | median) ms  (median of 5; banks on screen $(printf '%s\n' "${shown[@]}" | median) ms; target < 300 ms)"

# --- in-process figures --------------------------------------------------------------------------------------
"$BIN/bankterm-bench" model "$DB"
for n in 1000 10000 100000; do "$BIN/bankterm-bench" memory "$DB" "$n"; done
# The sandbox figures start `bankterm sandbox` as a process of its own and load it from the bench's own
# keep-alive socket client (no wrk or ab needed): uncached page latency at three depths, then req/s for cached
# pages and for every page of the 100k account in turn.
"$BIN/bankterm-bench" sandbox "$DB"
"$BIN/bankterm-bench" waste "$DB"
# Stalls: the real `bankterm accounts` against a server that stalls after its headers, and one that trickles.
"$BIN/bankterm-bench" stall

# --- a million transactions (BENCH_MILLION=1) ----------------------------------------------------------------
if [[ -n "${BENCH_MILLION:-}" ]]; then
    rm -f "$WORK/load.sqlite"
    t0=$(now_ms)
    "$BIN/bankterm" sandbox --port 0 --data "$WORK/load.sqlite" --generate 1000000 >"$WORK/load.out" 2>&1 &
    SERVER_PID=$!
    until grep -q '^listening on ' "$WORK/load.out"; do
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/load.out" >&2; exit 1; }
        sleep 0.05
    done
    line "million: --generate 1000000" "$(( $(now_ms) - t0 )) ms  (to listening, a new database; target < 30 s)"
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
    rm -f "$WORK/load.sqlite"
    # The demo data gives the bench account 40% of what it generates: 2.5M for a million in one account.
    MILLION_DB=$BENCH_DIR/million.sqlite
    BENCH_GENERATE=2500000 BENCH_ACCOUNT_TRANSACTIONS=1000000 "$BIN/bankterm-bench" memory "$MILLION_DB" 1000000
    BENCH_GENERATE=2500000 BENCH_ACCOUNT_TRANSACTIONS=1000000 "$BIN/bankterm-bench" million "$MILLION_DB"
    "$BIN/bankterm" sandbox --port 0 --data "$MILLION_DB" --generate 2500000 >"$WORK/million.out" 2>&1 &
    SERVER_PID=$!
    until grep -q '^listening on ' "$WORK/million.out"; do
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/million.out" >&2; exit 1; }
        sleep 0.1
    done
    URL=$(sed -n 's/^listening on //p' "$WORK/million.out")
    t0=$(now_ms); bankterm_all ndjson; million_ms=$(( $(now_ms) - t0 ))
    line "million: --all --format ndjson" "$million_ms ms, peak RSS $(awk "BEGIN { printf \"%.1f MB\", $(cat "$WORK/rss.ndjson") / 1024 }")  ($(wc -l <"$WORK/all.ndjson") lines; target: constant memory, < 40 MB)"
fi
