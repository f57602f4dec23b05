#!/usr/bin/env bash
# Runs every HelpBot test. On a bare Debian machine (as root) it first installs what the tests
# need and is missing: Chromium and Japanese fonts for browser tests, npm packages for the
# official Bot Framework and LINE clients. Ends with a plain "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing: ${need_apt[*]}" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null \
      || echo "warning: could not install ${need_apt[*]}; browser tests will fail" >&2
  else
    echo "warning: not root; cannot install ${need_apt[*]}" >&2
  fi
fi

if [ -f tests/clients/package.json ] && [ ! -d tests/clients/node_modules ]; then
  (cd tests/clients && npm ci --no-audit --no-fund --loglevel=error) || echo "warning: npm ci failed in tests/clients" >&2
fi

results="$root/TestResults"
rm -rf "$results"
dotnet test HelpBot.sln --report-trx --results-directory "$results" "$@"
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  # Count test results only (the run summary carries an outcome attribute too).
  p=$(grep -oE '<UnitTestResult [^>]*outcome="Passed"' "$trx" | wc -l)
  f=$(grep -oE '<UnitTestResult [^>]*outcome="(Failed|Error|Timeout|Aborted)"' "$trx" | wc -l)
  passed=$((passed + p))
  failed=$((failed + f))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The run failed before any test could report (a build error, a crashed host): count it.
  failed=1
fi
echo "$passed passed, $failed failed"
exit "$status"
