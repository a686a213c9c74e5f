#!/bin/bash
# Runs three OBP clients nobody here wrote -- the obp-api SDK (PyPI), OBP-CLI (obp-python on PyPI) and
# Hello-OBP-DirectLogin-Python's lib/obp.py -- against `bankterm sandbox --import` of OBP's example file, and prints
# one line per call and `N passed, M failed`. Not part of `swift test`: it needs PyPI.
#
#   scripts/real-clients.sh
#
# Environment:
#   HELLO_OBP_LIB   path of Hello-OBP-DirectLogin-Python's lib/obp.py. Nothing is fetched from GitHub at run time:
#                   without it the script reads lib/obp.py out of a git mirror of the repository in
#                   HELLO_OBP_MIRROR (default /work/.mirror/OpenBankProject+Hello-OBP-DirectLogin-Python/repo),
#                   e.g. one made with `git clone --mirror https://github.com/OpenBankProject/Hello-OBP-DirectLogin-Python`.
#   BANKTERM        the bankterm binary (default .build/debug/bankterm; run `swift build` first).
#   IMPORT_FILE     the import (default ../shared/fixtures/obp/example_import.json, beside the checkout).
#   PYTHON          the Python 3 to make the venv with (default python3).
# Exit status 0 only when every call passed.
set -euo pipefail
cd "$(dirname "$0")/.."
BANKTERM=${BANKTERM:-.build/debug/bankterm}
IMPORT_FILE=${IMPORT_FILE:-../shared/fixtures/obp/example_import.json}
HELLO_OBP_MIRROR=${HELLO_OBP_MIRROR:-/work/.mirror/OpenBankProject+Hello-OBP-DirectLogin-Python/repo}
[ -x "$BANKTERM" ] || { echo "error: no $BANKTERM (run swift build, or set BANKTERM)" >&2; exit 2; }
[ -f "$IMPORT_FILE" ] || { echo "error: no import file $IMPORT_FILE (set IMPORT_FILE)" >&2; exit 2; }

work=$(mktemp -d)
sandbox_pid=
cleanup() {
    if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null || true; wait "$sandbox_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${HELLO_OBP_LIB:-}" ]; then
    [ -d "$HELLO_OBP_MIRROR" ] || { echo "error: set HELLO_OBP_LIB to lib/obp.py of Hello-OBP-DirectLogin-Python" >&2; exit 2; }
    HELLO_OBP_LIB=$work/hello_obp.py
    git --git-dir="$HELLO_OBP_MIRROR" show HEAD:lib/obp.py > "$HELLO_OBP_LIB"
fi

echo "setting up a venv in $work (pip install obp-api 'httpx<0.28' obp-python)" >&2
"${PYTHON:-python3}" -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check obp-api 'httpx<0.28' obp-python requests >&2

# The sandbox's data and the clients' config files stay in the temp dir.
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state HOME=$work/home
mkdir -p "$HOME"
"$BANKTERM" sandbox --port 0 --data "$work/sandbox.sqlite" --import "$IMPORT_FILE" > "$work/sandbox.log" 2>&1 &
sandbox_pid=$!
url=
for _ in $(seq 1 100); do
    url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/sandbox.log" | head -1)
    [ -n "$url" ] && break
    kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.log" >&2; exit 2; }
    sleep 0.2
done
[ -n "$url" ] || { echo "error: the sandbox did not start" >&2; cat "$work/sandbox.log" >&2; exit 2; }
echo "sandbox at $url" >&2

SANDBOX_URL=$url HELLO_OBP_LIB=$HELLO_OBP_LIB "$work/venv/bin/python" scripts/real_clients.py
