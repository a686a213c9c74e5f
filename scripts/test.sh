#!/usr/bin/env bash
# Every test, one test target at a time after one build. Run together, the sandbox-heavy targets start dozens of
# in-process servers at once on a 2-core machine and starve each other's cooperative threads until timeouts fire;
# one target at a time keeps each suite's timing honest. Exits non-zero if any target fails.
set -uo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests || exit 1
status=0
for target in BankKitTests BrowserModelTests TerminalUITests SandboxTests IntegrationTests BanktermTests EndToEndTests; do
    echo "== $target"
    swift test --skip-build --filter "^$target\." || status=1
done
exit $status
