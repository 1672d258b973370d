#!/usr/bin/env bash
# make up-local / make down-local: the generated rule files in a real Prometheus and Alertmanager
# (Debian's prometheus and prometheus-alertmanager packages) on 127.0.0.1, for trying alerts
# without a cluster. State, logs and pid files live in .local/ (git-ignored); processes are
# stopped by the PID recorded when they were started, never by name.
#
#   k8s/local/local-stack.sh up|down
#   PROM_PORT (9090) and AM_PORT (9093) choose the ports.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
state="$repo_root/.local"
prom_port="${PROM_PORT:-9090}"
am_port="${AM_PORT:-9093}"
ready_timeout_s=30

find_binary() { # the first of the names that is on PATH
  local name
  for name in "$@"; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
  done
  echo "local-stack: ERROR: none of '$*' is on PATH; install the Debian packages prometheus and prometheus-alertmanager (scripts/install-tools.sh)" >&2
  return 1
}

running() { # running <name>: true when its pid file names a live process
  local pid_file="$state/run/$1.pid"
  [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

wait_ready() { # wait_ready <name> <url>: bounded wait for /-/ready, or the log and a failure
  local name="$1" url="$2" deadline=$((SECONDS + ready_timeout_s))
  until curl -fs -o /dev/null "$url"; do
    if ! running "$name"; then
      echo "local-stack: ERROR: $name exited; its log ($state/log/$name.log):" >&2
      tail -n 30 "$state/log/$name.log" >&2 || true
      return 1
    fi
    if ((SECONDS >= deadline)); then
      echo "local-stack: ERROR: $name not ready at $url after ${ready_timeout_s}s; see $state/log/$name.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "local-stack: $name ready: ${url%/-/ready}"
}

start() { # start <name> <command...>: in the background, its pid recorded
  local name="$1"; shift
  if running "$name"; then
    echo "local-stack: $name already running (pid $(cat "$state/run/$name.pid"))"
    return 0
  fi
  nohup "$@" >"$state/log/$name.log" 2>&1 </dev/null &
  echo $! >"$state/run/$name.pid"
}

stop() { # stop <name>: SIGTERM to the recorded pid, a bounded wait, then SIGKILL
  local name="$1" pid_file="$state/run/$1.pid" pid
  if [[ ! -f "$pid_file" ]]; then
    echo "local-stack: $name not running (no pid file)"
    return 0
  fi
  pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 40); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.25
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "local-stack: $name (pid $pid) still running after 10s; sending SIGKILL" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$pid_file"
  echo "local-stack: $name stopped (pid $pid)"
}

up() {
  local prometheus alertmanager
  prometheus="$(find_binary prometheus)"
  alertmanager="$(find_binary alertmanager prometheus-alertmanager)"
  mkdir -p "$state/run" "$state/log" "$state/prometheus-data" "$state/alertmanager-data"
  # Prometheus globs only the file name of a rule_files entry, so each folder is listed.
  local rule_globs="" folder
  while IFS= read -r folder; do
    rule_globs+="  - $folder/*.yaml"$'\n'
  done < <(find "$repo_root/generated/alerts" "$repo_root/generated/k8s/prometheus/rules" \
    -name '*.yaml' -printf '%h\n' 2>/dev/null | LC_ALL=C sort -u)
  # Written here rather than kept in git: it holds this checkout's absolute paths and the ports.
  cat >"$state/prometheus.yml" <<YAML
# Written by k8s/local/local-stack.sh; rewritten on every make up-local.
global:
  scrape_interval: 15s
  evaluation_interval: 30s
rule_files:
${rule_globs}alerting:
  alertmanagers:
    - static_configs:
        - targets: ['127.0.0.1:$am_port']
scrape_configs:
  - job_name: prometheus
    static_configs:
      - targets: ['127.0.0.1:$prom_port']
  - job_name: alertmanager
    static_configs:
      - targets: ['127.0.0.1:$am_port']
YAML
  start alertmanager "$alertmanager" \
    --config.file="$repo_root/k8s/local/alertmanager.yml" \
    --storage.path="$state/alertmanager-data" \
    --web.listen-address="127.0.0.1:$am_port" \
    --cluster.listen-address=
  start prometheus "$prometheus" \
    --config.file="$state/prometheus.yml" \
    --storage.tsdb.path="$state/prometheus-data" \
    --web.listen-address="127.0.0.1:$prom_port"
  if ! wait_ready alertmanager "http://127.0.0.1:$am_port/-/ready" \
      || ! wait_ready prometheus "http://127.0.0.1:$prom_port/-/ready"; then
    down
    return 1
  fi
  local rules
  rules="$(curl -fsS "http://127.0.0.1:$prom_port/api/v1/rules")"
  echo "local-stack: loaded $(grep -o '"type":"alerting"' <<<"$rules" | wc -l) alerting and" \
    "$(grep -o '"type":"recording"' <<<"$rules" | wc -l) recording rules; stop with make down-local"
}

down() {
  stop prometheus
  stop alertmanager
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  *) echo "usage: $0 up|down" >&2; exit 2 ;;
esac
