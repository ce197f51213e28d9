#!/usr/bin/env bash
# `npm test`: the whole suite, stopping at the first failing stage.
#
#   deps       bash scripts/ensure-system-deps.sh  (chromium, fonts-wqy-microhei, postgresql-15)
#   typecheck  npm run typecheck
#   build      npm run build                        (web app; served by the product server in E2E)
#   unit       vitest on PGlite                      -> test-artifacts/unit.json
#   postgres   vitest on a throwaway PostgreSQL 15   -> test-artifacts/postgres.json
#   bench      npm run bench (20,000 workers, 5,000-row import) -> test-artifacts/bench-quick/
#   e2e        browser E2E (e2e/vitest.config.ts)    -> test-artifacts/e2e.json
#   logs       scripts/scan-suite-logs.ts: the server logs of the unit, postgres and e2e stages (every test app
#              and product server logs at info level into test-artifacts/suite-logs) hold no full ID number,
#              mobile number, password, session cookie/token or API key (issue 8)
#
# TEST_STAGES="unit,postgres" runs a subset (default: all, in the order above).
# Ends with a per-stage table and a last line "N passed, N failed[, N skipped]".
# A failed stage without test results (typecheck, build, a crashed vitest) counts as 1 failed.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
ART="$ROOT/test-artifacts"
mkdir -p "$ART"
# Every test app and product server of this run logs here (apps/api/test/suite-log.ts, e2e/harness.ts).
SUITE_LOGS="$ART/suite-logs"
export CWP_SUITE_LOG_DIR="$SUITE_LOGS"

ALL_STAGES=(deps typecheck build unit postgres bench e2e logs)
if [[ -n ${TEST_STAGES:-} ]]; then
  IFS=', ' read -r -a WANTED <<<"$TEST_STAGES"
  for s in "${WANTED[@]}"; do
    [[ " ${ALL_STAGES[*]} " == *" $s "* ]] || { echo "unknown stage '$s' in TEST_STAGES (known: ${ALL_STAGES[*]})" >&2; exit 2; }
  done
else
  WANTED=("${ALL_STAGES[@]}")
fi
wanted() { [[ " ${WANTED[*]} " == *" $1 "* ]]; }
# A run that produces logs starts from none (TEST_STAGES=logs alone rescans the last run's).
if wanted unit || wanted postgres || wanted e2e; then rm -rf "$SUITE_LOGS"; fi

ROWS=()                       # "stage|status|seconds|passed|failed|skipped"
TOTAL_P=0 TOTAL_F=0 TOTAL_S=0
FAILED_STAGE=""

# counts_from_json <file> -> "passed failed skipped" (empty if the file is missing/unreadable)
counts_from_json() {
  node -e '
    const fs = require("node:fs");
    let r;
    try { r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch { process.exit(0); }
    let failed = r.numFailedTests ?? 0;
    // A test file that failed to load/run reports no failed tests: count it as one failure.
    for (const f of r.testResults ?? []) {
      if (f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed")) failed++;
    }
    console.log(`${r.numPassedTests ?? 0} ${failed} ${(r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)}`);
  ' "$1"
}

# run_stage <name> <json-report-or-"-"> <command...>
run_stage() {
  local name=$1 report=$2; shift 2
  echo
  echo "=================== [$name] $* ==================="
  [[ $report != - ]] && rm -f "$report"
  local t0=$SECONDS rc=0
  "$@" || rc=$?
  local secs=$((SECONDS - t0)) p=0 f=0 s=0
  if [[ $report != - ]]; then
    local counts
    counts=$(counts_from_json "$report")
    if [[ -n $counts ]]; then read -r p f s <<<"$counts"; fi
  fi
  if [[ $rc -ne 0 && $f -eq 0 ]]; then f=1; fi   # failed without a failed test (crash, tsc, build…)
  local status=ok
  [[ $rc -ne 0 ]] && status="FAILED($rc)"
  ROWS+=("$name|$status|$secs|$p|$f|$s")
  TOTAL_P=$((TOTAL_P + p)) TOTAL_F=$((TOTAL_F + f)) TOTAL_S=$((TOTAL_S + s))
  [[ $rc -ne 0 ]] && FAILED_STAGE=$name
  return "$rc"
}

vitest_json() { # <stage> <TEST_DB> <extra vitest args...>
  local stage=$1 db=$2; shift 2
  env TEST_DB="$db" npx --no-install vitest run \
    --reporter=default --reporter=json --outputFile="$ART/$stage.json" "$@"
}
stage_unit()     { vitest_json unit pglite; }
# Only the API tests touch the database; the pure domain tests already ran in "unit".
stage_postgres() { vitest_json postgres postgres apps/api/; }
stage_e2e()      { vitest_json e2e pglite -c e2e/vitest.config.ts; }
# Scans what the stages above logged; needs at least one of them to have run in this invocation.
stage_logs()     { npx --no-install tsx scripts/scan-suite-logs.ts "$SUITE_LOGS" --min-lines "${SUITE_LOG_MIN_LINES:-10000}"; }
# The quick benchmark: same code as `npm run bench`, 20,000 workers; fails if any number disagrees with GROUP BY.
# Not the load part: its server start with demo data alone takes ~20 s, so even --seconds 5 adds ~40 s.
stage_bench()    { npm run bench -- --part dashboard,grading,import --workers 20000 --iterations 5 --import-rows 5000 --xlsx-rows 500 --pglite-rows 500 --out-dir "$ART/bench-quick"; }

run_all() {
  if wanted deps;      then run_stage deps      -                    bash scripts/ensure-system-deps.sh || return; fi
  if wanted typecheck; then run_stage typecheck -                    npm run typecheck || return; fi
  if wanted build;     then run_stage build     -                    npm run build || return; fi
  if wanted unit;      then run_stage unit      "$ART/unit.json"     stage_unit || return; fi
  if wanted postgres;  then run_stage postgres  "$ART/postgres.json" stage_postgres || return; fi
  if wanted bench;     then run_stage bench     -                    stage_bench || return; fi
  if wanted e2e;       then run_stage e2e       "$ART/e2e.json"      stage_e2e || return; fi
  if wanted logs;      then run_stage logs      -                    stage_logs || return; fi
}

T_START=$SECONDS
run_all
RC=$?

echo
echo "=================== summary ($((SECONDS - T_START)) s) ==================="
printf '%-10s %-12s %6s %7s %7s %8s\n' stage status seconds passed failed skipped
for row in "${ROWS[@]}"; do
  IFS='|' read -r n st sec p f s <<<"$row"
  printf '%-10s %-12s %6s %7s %7s %8s\n' "$n" "$st" "$sec" "$p" "$f" "$s"
done
for s in "${WANTED[@]}"; do
  found=0
  for row in "${ROWS[@]}"; do [[ ${row%%|*} == "$s" ]] && found=1; done
  [[ $found -eq 0 ]] && printf '%-10s %-12s\n' "$s" "not run"
done
[[ -n $FAILED_STAGE ]] && echo "stopped at failing stage: $FAILED_STAGE"
echo
line="$TOTAL_P passed, $TOTAL_F failed"
[[ $TOTAL_S -gt 0 ]] && line+=", $TOTAL_S skipped"
echo "$line"
exit "$RC"
