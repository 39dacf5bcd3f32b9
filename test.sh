#!/usr/bin/env bash
# Runs every test of ComplaintMonitor, after installing what the tests need:
#   - Debian's chromium and a CJK font for the Playwright end-to-end tests (never a downloaded browser);
#   - the NuGet packages (restore).
# Ends with one line: "tests: N passed, N failed, N skipped". Exits non-zero when a test failed or none ran.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results="$(pwd)/TestResults"
rm -rf "$results"
dotnet build ComplaintMonitor.sln -c Release -nologo -clp:ErrorsOnly
set +e
dotnet test ComplaintMonitor.sln -c Release --no-build --nologo \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?
set -e

trx=$(find "$results" -name '*.trx' | head -n 1)
if [ -z "$trx" ]; then
  echo "tests: 0 passed, 0 failed"
  exit 1
fi
counters=$(grep -o '<Counters [^>]*>' "$trx")
count() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
passed=$(count passed)
failed=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
skipped=$(count notExecuted)
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
