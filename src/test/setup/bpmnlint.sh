#!/usr/bin/env bash
# Lints every model in bpmn/ with bpmnlint (recommended rules + camunda-compat for Camunda 7.24),
# as configured in bpmn/.bpmnlintrc. Installs the linter from the npm registry into target/ once.
# bpmnlint 12 needs @bpmn-io/lint-core, which this machine's npm registry lacks: 11.15 is the newest that installs.
set -euo pipefail
cd "$(dirname "$0")/../../.."
tools=target/bpmnlint
if [ ! -x "$tools/node_modules/.bin/bpmnlint" ]; then
  mkdir -p "$tools"
  echo '{"name":"citycoop-bpmnlint","private":true}' > "$tools/package.json"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error \
    bpmnlint@11.15.0 bpmnlint-plugin-camunda-compat@2.61.0 >/dev/null
fi
cd bpmn
mapfile -t models < <(find . -name '*.bpmn' | sort)
NODE_PATH="../$tools/node_modules" "../$tools/node_modules/.bin/bpmnlint" "${models[@]}"
echo "bpmnlint: ${#models[@]} model(s) pass"
