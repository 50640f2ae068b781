#!/usr/bin/env bash
# The action's last step: fail the job when the check found warnings (fail-on: warning)
# or could not run; with fail-on: never only a failure to run fails it.
set -uo pipefail
status_file="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/public-service-lint.status"
status=$(cat "$status_file" 2>/dev/null || echo 2)
fail_on="${INPUT_FAIL_ON:-warning}"
if [ "$status" = 2 ]; then
  echo "public-service-lint could not run (exit status 2): see the step above."
  exit 2
fi
if [ "$fail_on" = warning ] && [ "$status" != 0 ]; then
  echo "public-service-lint found wording to change (or a file it could not check): exit status $status."
  exit "$status"
fi
exit 0
