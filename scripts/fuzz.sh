#!/bin/sh
# Builds libFuzzer targets from the package's own sources and runs each for a bounded time.
#   scripts/fuzz.sh                 # both targets, 60 s each
#   FUZZ_SECONDS=3600 scripts/fuzz.sh wire   # the long mode: one target for an hour
# Targets: wire (JSONParser and every OBP decoder), sanitizer (Sanitizer.clean and DisplayWidth).
# A crash leaves its input in .build/fuzz/<target>/crash-*; add it to the regression corpus in
# Tests/BankKitTests/FuzzRegressionTests.swift (or SanitizerTests) and fix the bug.
set -eu
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
out=.build/fuzz
mkdir -p "$out"
targets=${*:-wire sanitizer}

build() {
    name=$1; shift
    swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name Fuzz"$name" "$@" -o "$out/$name-fuzzer" \
        2> "$out/$name.build.log" || { cat "$out/$name.build.log" >&2; exit 1; }
}

for target in $targets; do
    case $target in
    wire)
        build wire Fuzz/WireFuzz.swift Sources/BankKit/Wire/*.swift Sources/BankKit/Domain/*.swift \
            Sources/BankKit/Provider/*.swift Sources/BankKit/HTTP/HTTPHeaders.swift
        seeds="Fuzz/seeds/wire" ;;
    sanitizer)
        build sanitizer Fuzz/SanitizerFuzz.swift Sources/TerminalUI/Text/Sanitizer.swift \
            Sources/TerminalUI/Text/DisplayWidth.swift
        seeds="Fuzz/seeds/sanitizer" ;;
    *) echo "unknown fuzz target: $target (wire, sanitizer)" >&2; exit 2 ;;
    esac
    mkdir -p "$out/$target/corpus"
    echo "fuzzing $target for ${seconds}s"
    # Output goes to a file, not a pipe: a symbolizer left behind by a crash would hold a pipe open for ever.
    (cd "$out/$target" && "../$target-fuzzer" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 \
        -print_final_stats=1 corpus "$PWD/../../../$seeds" > run.log 2>&1) || true
    grep -E "stat::number_of_executed_units|^Done|ERROR|SUMMARY|Fatal error|crash-" "$out/$target/run.log" || true
    if ls "$out/$target"/crash-* >/dev/null 2>&1; then
        echo "CRASH: see $out/$target/crash-*" >&2
        exit 1
    fi
done
