#!/usr/bin/env bash
# The step the GitHub Action runs (action.yml): checks the paths with the CLI built in the
# action's own folder and writes the report. It never fails by itself on findings: it
# records the CLI's exit status, so the SARIF upload can run first, and the last step of
# the action decides (fail-on). Run it locally with the same INPUT_* variables to try it.
set -uo pipefail

action_path="${ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}"
cli="$action_path/packages/public-service-lint/dist/bin/public-service-lint.js"
paths="${INPUT_PATHS:-.}"
report="${INPUT_REPORT:-sarif}"
baseline="${INPUT_BASELINE:-}"
fail_on="${INPUT_FAIL_ON:-warning}"
sarif_file="${INPUT_SARIF_FILE:-public-service-lint.sarif}"
status_file="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/public-service-lint.status"

fail() {
  echo "::error title=public-service-lint::$1"
  echo 2 > "$status_file"
  exit 2
}

[ -f "$cli" ] || fail "the CLI is not built at $cli: the action's install step (npm ci in the action's folder) did not run"
case "$report" in sarif | github) ;; *) fail "input report must be sarif or github, not '$report'" ;; esac
case "$fail_on" in warning | never) ;; *) fail "input fail-on must be warning or never, not '$fail_on'" ;; esac

args=()
[ -n "$baseline" ] && args+=(--baseline "$baseline")
# Paths are separated by white space or new lines, as a multi-line input gives them.
read -r -d '' -a targets <<< "$paths"
[ "${#targets[@]}" -gt 0 ] || targets=(.)

status=0
if [ "$report" = sarif ]; then
  mkdir -p "$(dirname "$sarif_file")"
  node "$cli" --report sarif "${args[@]}" -- "${targets[@]}" > "$sarif_file" || status=$?
  results=$(node -e 'try { const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(log.runs[0].results.length) } catch { console.log("no") }' "$sarif_file")
  echo "public-service-lint: $results findings written to $sarif_file"
  [ -n "${GITHUB_OUTPUT:-}" ] && echo "sarif-file=$sarif_file" >> "$GITHUB_OUTPUT"
else
  node "$cli" --report github --quiet "${args[@]}" -- "${targets[@]}" || status=$?
fi

echo "$status" > "$status_file"
[ -n "${GITHUB_OUTPUT:-}" ] && echo "exit-code=$status" >> "$GITHUB_OUTPUT"
exit 0
