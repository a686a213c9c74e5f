#!/usr/bin/env bash
# Every test, one test target at a time after one build. Run together, the sandbox-heavy targets start dozens of
# in-process servers at once on a 2-core machine and starve each other's cooperative threads until timeouts fire;
# one target at a time keeps each suite's timing honest. The sandbox load test runs on its own after its target:
# among 142 other tests starting at once, a client of its in-process server waited over a minute for a cooperative
# thread on CI, which says nothing about lost writes. Exits non-zero if any target fails.
set -uo pipefail
# Swift Testing starts every test of a target at once. On two cores, 140 sandbox tests at once thrash: the target
# took 168 s, and no test finished in its first 15 s; six at a time keeps both cores busy and took 73 s.
export SWT_EXPERIMENTAL_MAXIMUM_PARALLELIZATION_WIDTH=${SWT_EXPERIMENTAL_MAXIMUM_PARALLELIZATION_WIDTH:-6}
cd "$(dirname "$0")/.."
swift build --build-tests || exit 1
status=0
for target in BankKitTests BrowserModelTests TerminalUITests SandboxTests IntegrationTests BanktermTests EndToEndTests; do
    echo "== $target"
    if [ "$target" = SandboxTests ]; then
        swift test --skip-build --filter "^SandboxTests\." --skip "^SandboxTests\.SandboxLoadTests" || status=1
        swift test --skip-build --filter "^SandboxTests\.SandboxLoadTests" || status=1
    else
        swift test --skip-build --filter "^$target\." || status=1
    fi
done
exit $status
