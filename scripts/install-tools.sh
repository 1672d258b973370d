#!/usr/bin/env bash
# Installs the command-line tools the tests run: promtool (package prometheus) and amtool
# (package prometheus-alertmanager), from the distribution's own apt repositories and nowhere else.
# Idempotent: when both tools are already on PATH it installs nothing.
set -euo pipefail

missing=()
command -v promtool >/dev/null 2>&1 || missing+=(promtool)
command -v amtool >/dev/null 2>&1 || missing+=(amtool)

if ((${#missing[@]} > 0)); then
  echo "install-tools: not on PATH: ${missing[*]}; installing prometheus and prometheus-alertmanager with apt-get"
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-tools: ERROR: apt-get not found. Install promtool and amtool with your system's package" >&2
    echo "install-tools: manager (Debian/Ubuntu packages: prometheus, prometheus-alertmanager) and rerun." >&2
    exit 1
  fi
  as_root=()
  if [[ "$(id -u)" != "0" ]]; then
    if command -v sudo >/dev/null 2>&1; then
      # -n: never prompt; a CI job has no terminal to answer a password prompt.
      as_root=(sudo -n)
    else
      echo "install-tools: ERROR: installing packages needs root, and this user is not root and sudo is not" >&2
      echo "install-tools: installed. As root run: apt-get install -y prometheus prometheus-alertmanager" >&2
      exit 1
    fi
  fi
  if ! ${as_root[@]+"${as_root[@]}"} apt-get update; then
    echo "install-tools: ERROR: 'apt-get update' failed (no network or no root rights without a password?)" >&2
    exit 1
  fi
  if ! ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y --no-install-recommends prometheus prometheus-alertmanager; then
    echo "install-tools: ERROR: 'apt-get install prometheus prometheus-alertmanager' failed" >&2
    exit 1
  fi
  hash -r
fi

for tool in promtool amtool; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "install-tools: ERROR: $tool is still not on PATH after installing its package (PATH=$PATH)" >&2
    exit 1
  fi
done

# `|| true`: with pipefail, head closing the pipe early must not fail the script.
echo "install-tools: $(command -v promtool): $( (promtool --version 2>&1 || true) | head -1)"
echo "install-tools: $(command -v amtool): $( (amtool --version 2>&1 || true) | head -1)"
