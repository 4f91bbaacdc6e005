#!/usr/bin/env bash
# sqlmap (Debian package) against every GET endpoint of CityCoop's REST API under /api, signed in
# by HTTP Basic, batch mode, level 2 / risk 1: every query parameter and the {code} path segments.
# Passes only if sqlmap reports, for every target, "all tested parameters do not appear to be
# injectable". A separate script, not part of `mvn -B verify` (security.md, "sqlmap").
#
#   .ci/sqlmap.sh                  starts CityCoop (demo data, throwaway PostgreSQL) on port 18080, scans, stops it
#   CITYCOOP_URL=http://host:port .ci/sqlmap.sh    scans a running CityCoop with its demo users
set -euo pipefail
cd "$(dirname "$0")/.."

command -v sqlmap >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlmap >/dev/null; }

OUT=target/sqlmap
mkdir -p "$OUT"
USER_CRED=kitakyushu.manager:demo
APP_PID=
if [[ -z "${CITYCOOP_URL:-}" ]]; then
  CITYCOOP_URL=http://localhost:18080
  mvn -B -q spring-boot:run -Dspring-boot.run.profiles=demo,test \
      -Dspring-boot.run.arguments=--server.port=18080 >"$OUT/app.log" 2>&1 &
  APP_PID=$!
  # the application runs as a child of Maven's JVM: stop it, then Maven
  trap 'pkill -P "$APP_PID" 2>/dev/null; kill "$APP_PID" 2>/dev/null || true' EXIT
fi
# the demo users exist once the demo data is loaded, a little after the server answers; a slow
# poll, since each refused sign-in counts towards the login throttle
for _ in $(seq 1 60); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' -u "$USER_CRED" "$CITYCOOP_URL/api/projects?limit=1")" == 200 ]] && break
  sleep 10
done

# the scan starts from a project the user sees, and the filters name its own values: sqlmap tells
# true from false by the answer, which an empty result would hide (the demo projects' dates move
# with the day they are loaded, so no fixed value fits). fy is the Japanese fiscal year of the start
# (April to March).
read -r CODE STATUS REGION THEME PARTNER FY < <(curl -fs -u "$USER_CRED" "$CITYCOOP_URL/api/projects?limit=1" | python3 -c '
import json, sys
p = json.load(sys.stdin)["projects"][0]
year, month = map(int, p["startDate"].split("-")[:2])
print(p["code"], p["status"], p["region"], p["theme"], p["partner"]["code"], year if month >= 4 else year - 1)') \
  || { echo "no project visible to $USER_CRED: is CityCoop running with its demo data?" >&2; exit 1; }
FILTER="status=$STATUS&region=$REGION&theme=$THEME&partner=$PARTNER&fy=$FY"

# a '*' marks a path segment for sqlmap to inject into
TARGETS=(
  "/api/projects?$FILTER&offset=0&limit=10"
  "/api/projects/${CODE}*"
  "/api/projects.csv?$FILTER"
  "/api/projects/${CODE}*/iati"
  "/api/reports/projects-by-region?fromJfy=$FY&toJfy=$((FY + 1))"
  "/api/reports/lead-organisations?fromJfy=$FY&toJfy=$((FY + 1))"
)
echo "scanning from project $CODE ($FILTER)"

failed=0
for target in "${TARGETS[@]}"; do
  log="$OUT/$(echo "$target" | tr -c 'A-Za-z0-9' '_' | cut -c1-60).log"
  echo "sqlmap $target"
  sqlmap -u "$CITYCOOP_URL$target" --auth-type=Basic --auth-cred="$USER_CRED" --batch --level=2 --risk=1 \
      --dbms=PostgreSQL --flush-session --disable-coloring --output-dir="$OUT/session" >"$log" 2>&1 || true
  if grep -q "all tested parameters do not appear to be injectable" "$log" \
      && ! grep -qi "is vulnerable\|appears to be.*injectable\b" <(grep -v "do not appear" "$log"); then
    echo "  nothing injectable ($(grep -c "testing '" "$log") techniques tried)"
  else
    echo "  NOT CLEAN: see $log"
    failed=1
  fi
done
exit $failed
