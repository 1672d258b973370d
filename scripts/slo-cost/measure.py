#!/usr/bin/env python3
"""Samples Prometheus loads per evaluation cycle: our SLO rules against Sloth-equivalent rules.

Usage: python3 scripts/slo-cost/measure.py [--slos N [N ...]] [--days D] [--port P]
(from the repository root, after `mvn package` built cli/target/observability.jar).

1. Writes a Sloth prometheus/v1 spec with N event SLOs (99.9 %, 30 days) and converts it with
   `observability slo rules` (our rules) and with sloth_rules() below (the rules Sloth v0.11
   generates for the same spec, written out by hand: Sloth itself is not installed here).
2. Backfills D days of history with `promtool tsdb create-blocks-from openmetrics`, one file per
   2-hour block (promtool 2.42 rereads its whole input for every block): the raw counters (scraped
   every 60 s) and the series each rule set records and reads back over the period (Sloth:
   slo:sli_error:ratio_rate5m every 30 s; ours: the 5-minute increases every 5 min).
3. Starts Debian's prometheus on 127.0.0.1 on those blocks and runs every rule's expression at
   the end of the history with stats=all, reading totalQueryableSamples.
4. Per 30 s (Sloth's evaluation cycle) a group costs its rules' samples times 30 s / its interval.
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CYCLE = 30  # seconds: Sloth's rules run at the global evaluation interval, 30 s here
SCRAPE = 60
WINDOWS = ["5m", "30m", "1h", "2h", "6h", "1d", "3d"]
OBJECTIVE = 99.9


def seconds(window):
    return int(window[:-1]) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[window[-1]]


def spec(n):
    lines = ['version: "prometheus/v1"', 'service: "svc"', "slos:"]
    for i in range(n):
        lines += [
            f'  - name: "slo{i}"',
            f"    objective: {OBJECTIVE}",
            f'    description: "SLO {i}."',
            "    sli:",
            "      events:",
            f'        error_query: sum(rate(http_requests_total{{slo="{i}",code="500"}}[{{{{.window}}}}]))',
            f'        total_query: sum(rate(http_requests_total{{slo="{i}"}}[{{{{.window}}}}]))',
        ]
    return "\n".join(lines) + "\n"


def sloth_rules(n):
    """Sloth v0.11's output for the spec above: SLI group, metadata group, alert group per SLO."""
    budget = round(1 - OBJECTIVE / 100, 10)
    groups = []
    for i in range(n):
        ident = f'sloth_id="svc-slo{i}", sloth_service="svc", sloth_slo="slo{i}"'
        sli = []
        for w in WINDOWS:
            sli.append({
                "record": f"slo:sli_error:ratio_rate{w}",
                "expr": f'(sum(rate(http_requests_total{{slo="{i}",code="500"}}[{w}])))\n/\n(sum(rate(http_requests_total{{slo="{i}"}}[{w}])))',
                "labels": {"sloth_id": f"svc-slo{i}", "sloth_service": "svc", "sloth_slo": f"slo{i}", "sloth_window": w},
            })
        sli.append({
            "record": "slo:sli_error:ratio_rate30d",
            "expr": f"sum_over_time(slo:sli_error:ratio_rate5m{{{ident}}}[30d])\n/ ignoring (sloth_window)\n"
                    f"count_over_time(slo:sli_error:ratio_rate5m{{{ident}}}[30d])",
            "labels": {"sloth_window": "30d"},
        })
        meta = [
            {"record": "slo:objective:ratio", "expr": f"vector({OBJECTIVE / 100})"},
            {"record": "slo:error_budget:ratio", "expr": f"vector(1-{OBJECTIVE / 100})"},
            {"record": "slo:time_period:days", "expr": "vector(30)"},
            {"record": "slo:current_burn_rate:ratio",
             "expr": f"slo:sli_error:ratio_rate5m{{{ident}}}\n/ on(sloth_id, sloth_slo, sloth_service) group_left\n"
                     f"slo:error_budget:ratio{{{ident}}}"},
            {"record": "slo:period_burn_rate:ratio",
             "expr": f"slo:sli_error:ratio_rate30d{{{ident}}}\n/ on(sloth_id, sloth_slo, sloth_service) group_left\n"
                     f"slo:error_budget:ratio{{{ident}}}"},
            {"record": "slo:period_error_budget_remaining:ratio", "expr": f"1 - slo:period_burn_rate:ratio{{{ident}}}"},
            {"record": "sloth_slo_info", "expr": "vector(1)"},
        ]
        for rule in meta:
            rule["labels"] = {"sloth_id": f"svc-slo{i}", "sloth_service": "svc", "sloth_slo": f"slo{i}"}
        def pair(long, short, factor):
            return (f"max(slo:sli_error:ratio_rate{short}{{{ident}}} > ({factor} * {budget})) without (sloth_window)\n"
                    f"and\nmax(slo:sli_error:ratio_rate{long}{{{ident}}} > ({factor} * {budget})) without (sloth_window)")
        alerts = [
            {"alert": f"Slo{i}Page", "expr": f"({pair('1h', '5m', 14.4)})\nor\n({pair('6h', '30m', 6)})", "labels": {"severity": "page"}},
            {"alert": f"Slo{i}Ticket", "expr": f"({pair('1d', '2h', 3)})\nor\n({pair('3d', '6h', 1)})", "labels": {"severity": "ticket"}},
        ]
        groups += [
            {"name": f"sloth-slo-sli-recordings-svc-slo{i}", "interval": f"{CYCLE}s", "rules": sli},
            {"name": f"sloth-slo-meta-recordings-svc-slo{i}", "interval": f"{CYCLE}s", "rules": meta},
            {"name": f"sloth-slo-alerts-svc-slo{i}", "interval": f"{CYCLE}s", "rules": alerts},
        ]
    return {"groups": groups}


BLOCK = 7200  # seconds: promtool's backfill writes 2-hour blocks


def grid(start, step, lo, hi):
    """The times start + k * step inside [lo, hi)."""
    first = start + max(0, -(-(lo - start) // step)) * step
    return range(first, hi, step)


def history(work, n, days, end):
    """Raw counters for every SLO (0.5 % errors by day, 0.05 % by night), and the series each rule
    set records and reads back over the period, at the interval its group records them. Written as
    one OpenMetrics file per 2-hour block: promtool 2.42 reads its whole input once per block it
    writes, so one file of 30 days would be read 360 times. Every SLO sees the same traffic, so a
    block's samples are formatted once and written under each SLO's labels."""
    start = end - days * 86400

    def busy(t):
        return (t // 3600) % 24 >= 8

    counters = {"200": 0.0, "500": 0.0}
    files = []
    for lo in range(start - start % BLOCK, end + 1, BLOCK):
        hi = min(lo + BLOCK, end + 1)
        lo = max(lo, start)
        samples = {}
        for code in ("200", "500"):
            lines = []
            for t in grid(start, SCRAPE, lo, hi):
                share = 0.005 if busy(t) else 0.0005
                if t > start:
                    counters[code] += (20.0 if busy(t) else 2.0) * SCRAPE * (share if code == "500" else 1 - share)
                lines.append(f" {counters[code]:.1f} {t}\n")
            samples[code] = lines
        # Sloth reads its 5m ratio back over 30 days; it records it every 30 s.
        ratio = [f" {0.005 if busy(t) else 0.0005} {t}\n" for t in grid(start, CYCLE, lo, hi)]
        # We read the 5-minute increases back over 30 days; they are recorded every 5 minutes.
        increases = {
            "slo:sli_error_events:increase5m": [
                f" {(20.0 if busy(t) else 2.0) * 300 * (0.005 if busy(t) else 0.0005)} {t}\n"
                for t in grid(start, 300, lo, hi)],
            "slo:sli_total_events:increase5m": [
                f" {(20.0 if busy(t) else 2.0) * 300} {t}\n" for t in grid(start, 300, lo, hi)],
        }
        path = os.path.join(work, f"history-{lo}.om")
        files.append(path)
        with open(path, "w") as out:
            out.write("# TYPE http_requests counter\n")
            for i in range(n):
                for code in ("200", "500"):
                    series = f'http_requests_total{{slo="{i}",code="{code}"}}'
                    out.write(series + series.join(samples[code]))
            out.write("# TYPE slo:sli_error:ratio_rate5m gauge\n")
            for i in range(n):
                series = f'slo:sli_error:ratio_rate5m{{sloth_id="svc-slo{i}",sloth_service="svc",sloth_slo="slo{i}",sloth_window="5m"}}'
                out.write(series + series.join(ratio))
            for name, lines in increases.items():
                out.write(f"# TYPE {name} gauge\n")
                for i in range(n):
                    series = f'{name}{{slo_name="slo{i}",slo_service="svc"}}'
                    out.write(series + series.join(lines))
            out.write("# EOF\n")
    return files


def query(port, expr, at):
    url = f"http://127.0.0.1:{port}/api/v1/query?" + urllib.parse.urlencode({"query": expr, "time": at, "stats": "all"})
    with urllib.request.urlopen(url, timeout=120) as response:
        body = json.load(response)
    if body.get("status") != "success":
        raise RuntimeError(f"query failed: {expr}: {body}")
    return body["data"]["stats"]["samples"]["totalQueryableSamples"]


def interval_seconds(group, default):
    return seconds(group.get("interval", default))


def measure(port, rules, at):
    """Per rule: its group, the group's interval, the rule's name, samples per evaluation and per 30 s cycle."""
    rows = []
    for group in rules["groups"]:
        every = interval_seconds(group, "1m")
        for r in group["rules"]:
            samples = query(port, r["expr"], at)
            rows.append((group["name"], every, r.get("record") or r.get("alert"), samples, samples * CYCLE / every))
    return rows


def run(count, days, port):
    """Builds both rule sets for `count` SLOs, backfills `days` of history, measures every rule."""
    import yaml  # noqa: E402 - python3-yaml, Debian's

    work = tempfile.mkdtemp(prefix="slo-cost-")
    prometheus = None
    try:
        with open(os.path.join(work, "spec.yaml"), "w") as f:
            f.write(spec(count))
        jar = os.path.join(REPO, "cli", "target", "observability.jar")
        subprocess.run(["java", "-jar", jar, "slo", "rules", os.path.join(work, "spec.yaml"), "-o", os.path.join(work, "ours.yaml")],
                       check=True, stdout=subprocess.DEVNULL)
        ours = yaml.safe_load(open(os.path.join(work, "ours.yaml")))
        sloth = sloth_rules(count)
        with open(os.path.join(work, "sloth.yaml"), "w") as f:
            yaml.safe_dump(sloth, f)
        for name in ("ours.yaml", "sloth.yaml"):
            subprocess.run(["promtool", "check", "rules", os.path.join(work, name)], check=True, stdout=subprocess.DEVNULL)

        end = (int(time.time()) // 3600) * 3600
        started = time.time()
        data = os.path.join(work, "data")
        for path in history(work, count, days, end):
            subprocess.run(["promtool", "tsdb", "create-blocks-from", "openmetrics", path, data],
                           check=True, stdout=subprocess.DEVNULL)
            os.remove(path)
        backfill = time.time() - started
        with open(os.path.join(work, "prometheus.yml"), "w") as f:
            f.write("global:\n  evaluation_interval: 30s\n")
        prometheus = subprocess.Popen(
            ["prometheus", f"--config.file={work}/prometheus.yml", f"--storage.tsdb.path={data}",
             f"--web.listen-address=127.0.0.1:{port}", "--storage.tsdb.retention.time=400d",
             "--query.max-samples=200000000"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/-/ready", timeout=2)
                break
            except OSError:
                time.sleep(1)
        started = time.time()
        ours_rows = measure(port, ours, end)
        ours_seconds = time.time() - started
        started = time.time()
        sloth_rows = measure(port, sloth, end)
        sloth_seconds = time.time() - started
    finally:
        if prometheus is not None:
            prometheus.send_signal(signal.SIGTERM)
            prometheus.wait(timeout=120)
        shutil.rmtree(work, ignore_errors=True)
    sys.stderr.write(f"{count} SLOs: backfill {backfill:.0f} s, queries: ours {ours_seconds:.0f} s, Sloth's {sloth_seconds:.0f} s\n")
    return ours_rows, sloth_rows, ours_seconds, sloth_seconds


def total(rows):
    return sum(r[4] for r in rows)


def period(rows):
    return sum(r[4] for r in rows if r[2] in ("slo:sli_error:ratio_rate30d", "slo:sli_error_events:increase30d",
                                              "slo:sli_total_events:increase30d"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--slos", type=int, nargs="+", default=[20, 100],
                        help="SLO counts to measure, one run each (default: 20 100)")
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--port", type=int, default=19090)
    parser.add_argument("--out", default=os.path.join(REPO, "scripts", "slo-cost", "RESULTS.md"))
    args = parser.parse_args()

    results = [(count,) + run(count, args.days, args.port) for count in args.slos]
    version = subprocess.run(["prometheus", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    counts = " ".join(str(c) for c in args.slos)
    lines = [
        "# SLO rules: samples loaded per evaluation cycle, ours against Sloth's",
        "",
        f"Produced by `python3 scripts/slo-cost/measure.py --slos {counts} --days {args.days}` "
        f"(from the repository root, after `mvn package`) with {version}.",
        "",
        f"Event SLOs (99.9 %, 30 days) on {args.days} days of synthetic history: raw counters scraped every {SCRAPE} s "
        "(20 requests/s from 08:00 with 0.5 % errors, 2/s at night with 0.05 %), and the series each rule set reads back "
        "over the period backfilled at the interval it records them (`promtool tsdb create-blocks-from openmetrics`). "
        "Every rule's expression runs once at the end of the history with `stats=all`; a group's "
        "`totalQueryableSamples` count 30 s / its interval times per 30 s cycle (Sloth's groups run at the global "
        f"{CYCLE} s, ours every 1 m and 5 m). Sloth's rules are those it generates for the same spec, in the layout of "
        "its published `examples/_gen/getting-started.yml` (SLI group, metadata group, alert group per SLO; the period "
        "ratio `sum_over_time(slo:sli_error:ratio_rate5m[30d]) / count_over_time(...[30d])`), written out by "
        "`sloth_rules()` because Sloth itself is not installed here.",
        "",
        "| SLOs | rule set | samples per 30 s cycle | per SLO | period rules per cycle | wall time of one pass over every rule |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    for count, ours_rows, sloth_rows, ours_seconds, sloth_seconds in results:
        lines.append(f"| {count} | Sloth | {total(sloth_rows):,.0f} | {total(sloth_rows) / count:,.0f} | "
                     f"{period(sloth_rows):,.0f} | {sloth_seconds:.1f} s |")
        lines.append(f"| {count} | ours (`slo rules`) | {total(ours_rows):,.0f} | {total(ours_rows) / count:,.0f} | "
                     f"{period(ours_rows):,.0f} | {ours_seconds:.1f} s |")
    lines.append("")
    for count, ours_rows, sloth_rows, _, _ in results:
        lines.append(f"{count} SLOs: ours load {total(ours_rows) / total(sloth_rows):.1%} of Sloth's samples per cycle "
                     "(target: at most 50 %).")
    lines.append("")
    lines.append("The wall time is one evaluation of every rule's expression through the HTTP API, one query after "
                 "the other on a shared 2-core machine; it orders the rule sets, it is not Prometheus' group "
                 "evaluation time.")
    count, ours_rows, sloth_rows, _, _ = results[0]
    lines += [
        "",
        f"Per rule of the first SLO of each set ({count} SLOs):",
        "",
        "| group | interval | rule | samples per evaluation | per 30 s cycle |",
        "|---|---:|---|---:|---:|",
    ]
    for group, every, name, samples, cycle in [r for r in sloth_rows + ours_rows if r[0].endswith("slo0") or "-slo0-" in r[0]]:
        lines.append(f"| {group} | {every} s | {name} | {samples:,} | {cycle:,.0f} |")
    text = "\n".join(lines) + "\n"
    with open(args.out, "w") as f:
        f.write(text)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
