#!/usr/bin/env python3
"""Turn the raw wrk outputs of one bench/run.sh run into a table.

report.py <raw dir> <results .md> <header text file>
The raw dir holds <n>-<scenario>.wrk (wrk --latency output) and <n>-<scenario>.rss (VmHWM in kB);
the scenario named "ceiling" is the denominator of every ratio. <n>-booking.flows (bench/Flows' JSON) adds a row per
flow step and one for whole flows; <n>-<scenario>.load (uptime and the top CPU processes just before the measured run)
goes into a section of its own. With run.sh --pgbench, <n>-<scenario>.pgbench (pgbench's output and the CPU it took)
adds pgbench's rate beside the API's; with --trace, <n>-<scenario>.json (speedscope) adds the API's CPU per request by
layer (profile_layers.py).
"""
import csv
import datetime
import json
import pathlib
import re
import subprocess
import sys

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def to_ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def parse(path: pathlib.Path) -> dict:
    text = path.read_text()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p50 = to_ms(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
    p99 = to_ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
    total = int(re.search(r"(\d+) requests in", text).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    errors = re.search(r"Socket errors: (.*)", text)
    return {"rps": rps, "p50": p50, "p99": p99, "requests": total,
            "non2xx": int(bad.group(1)) if bad else 0, "socket": errors.group(1).strip() if errors else ""}


def counters_summary(raw: pathlib.Path, loads: list) -> list:
    """Per scenario, from dotnet-counters' CSV (run.sh --diag): GC, thread pool and Npgsql pool over the measured run."""
    path = raw / "counters.csv"
    if not path.exists():
        return []
    samples = []
    with path.open(newline="") as f:
        for row in csv.DictReader(f):
            try:
                at = datetime.datetime.strptime(row["Timestamp"], "%m/%d/%Y %H:%M:%S").replace(tzinfo=datetime.timezone.utc).timestamp()
                samples.append((at, row["Counter Name"], float(row["Mean/Increment"])))
            except (ValueError, KeyError):
                continue
    lines = ["", "### API runtime counters over each measured run (dotnet-counters, 1 s samples)", "",
             "| scenario | gen0 / gen1 / gen2 GCs | GC pause ms (sum) | max GC pause ms in 1 s | thread pool threads (max) | "
             "queue length (max) | lock contentions | Npgsql connections used (max) | JIT methods |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for load in loads:
        window = re.search(r"^window: ([\d.]+) ([\d.]+)", load.read_text(), re.M)
        if not window:
            continue
        start, end = float(window.group(1)), float(window.group(2))
        inside = [(name, value) for at, name, value in samples if start <= at <= end + 1]

        def total(prefix: str) -> float:
            return sum(v for n, v in inside if n.startswith(prefix))

        def peak(prefix: str) -> float:
            return max((v for n, v in inside if n.startswith(prefix)), default=0.0)

        gens = "/".join(f"{total(f'dotnet.gc.collections ({{collection}} / 1 sec)[gc.heap.generation={g}]'):.0f}" for g in ("gen0", "gen1", "gen2"))
        lines.append(f"| {load.stem.split('-', 1)[1]} | {gens} | {1000 * total('dotnet.gc.pause.time'):.1f} | "
                     f"{1000 * peak('dotnet.gc.pause.time'):.1f} | {peak('dotnet.thread_pool.thread.count'):.0f} | "
                     f"{peak('dotnet.thread_pool.queue.length'):.0f} | {total('dotnet.monitor.lock_contentions'):.0f} | "
                     f"{max((v for n, v in inside if n.startswith('db.client.connection.count') and 'state=used' in n), default=0):.0f} | "
                     f"{total('dotnet.jit.compiled_methods'):.0f} |")
    return lines


def main() -> None:
    raw, out, header = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    rows = []
    flows = []
    for measured in sorted(list(raw.glob("*.wrk")) + list(raw.glob("*.flows")), key=lambda p: int(p.stem.split("-", 1)[0])):
        name = measured.stem.split("-", 1)[1]
        rss = measured.with_suffix(".rss")
        rss_mb = int(rss.read_text().split()[0]) / 1024 if rss.exists() else float("nan")
        if measured.suffix == ".flows":
            data = json.loads(measured.read_text())
            flows.append((name, data))
            for step in data["steps"]:
                bad = sum(n for code, n in step["statuses"].items() if not 200 <= int(code) < 300)
                rows.append((f"{name}: {step['name']}", {"rps": step["per_second"], "p50": step["p50_ms"], "p99": step["p99_ms"],
                             "requests": step["requests"], "non2xx": bad, "socket": "", "rss_mb": rss_mb}))
            rows.append((f"{name}: whole flow", {"rps": data["flows_per_second"], "p50": data["flow_p50_ms"],
                         "p99": data["flow_p99_ms"], "requests": data["flows"], "non2xx": 0, "socket": "", "rss_mb": rss_mb}))
            continue
        result = parse(measured)
        result["rss_mb"] = rss_mb
        rows.append((name, result))
    ceiling = next((r["rps"] for n, r in rows if n == "ceiling"), None)

    # The CPU share of every other process (any nice value) during each measured run, from run.sh's .load files.
    others = {}
    for load in raw.glob("*.load"):
        share = re.search(r"others (\d+)%", load.read_text())
        if share:
            others[load.stem.split("-", 1)[1]] = int(share.group(1))
    # CPU µs per request of the API and of PostgreSQL in each measured run (run.sh's cpu_use line in the .load file).
    cpu = {}
    for load in raw.glob("*.load"):
        # PostgreSQL's ticks are summed over its live processes: a backend that exits during the run takes its ticks
        # with it, and the difference can even be negative; such a figure is left out.
        used = re.search(r"API (-?[\d.]+) \(.*PostgreSQL (-?[\d.]+) \(", load.read_text())
        if used:
            cpu[load.stem.split("-", 1)[1]] = (float(used.group(1)), float(used.group(2)))
    # pgbench replaying the scenario's statements right after it (run.sh --pgbench).
    pgbench = {}
    for run in raw.glob("*.pgbench"):
        text = run.read_text()
        tps = re.search(r"^tps = ([\d.]+)", text, re.M)
        done = re.search(r"actually processed: (\d+)", text)
        used = re.search(r"PostgreSQL ([\d.]+) \(", text)
        failed = re.search(r"number of failed transactions: (\d+)", text)
        if tps:
            pgbench[run.stem.split("-", 1)[1]] = {
                "tps": float(tps.group(1)), "pg_us": 1e6 * float(used.group(1)) / int(done.group(1)) if used and done and int(done.group(1)) else None,
                "failed": int(failed.group(1)) if failed else 0}
    lines = ["| scenario | req/s | p50 ms | p99 ms | peak RSS MB | % of ceiling | requests | non-2xx | API CPU µs/req | "
             "PostgreSQL CPU µs/req | pgbench tx/s | API ÷ pgbench | CPU to other processes |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in rows:
        ratio = f"{100 * r['rps'] / ceiling:.1f}%" if ceiling else "n/a"
        share = others.get(name.split(":")[0])
        disturbed = "" if share is None else f"{share}%{' (disturbed)' if share > 5 else ''}"
        api_us = pg_us = ""
        if name in cpu and r["requests"]:
            api_us, pg_us = (f"{1e6 * x / r['requests']:,.0f}" if x >= 0 else "n/a" for x in cpu[name])
        bench = pgbench.get(name)
        replay = f"{bench['tps']:,.0f}{' (' + str(bench['failed']) + ' failed)' if bench['failed'] else ''}" if bench else ""
        versus = f"{100 * r['rps'] / bench['tps']:.0f}%" if bench and bench["tps"] else ""
        lines.append(f"| {name} | {r['rps']:,.0f} | {r['p50']:.2f} | {r['p99']:.2f} | {r['rss_mb']:.0f} | {ratio} | "
                     f"{r['requests']:,} | {r['non2xx']}{' (socket errors: ' + r['socket'] + ')' if r['socket'] else ''} | "
                     f"{api_us} | {pg_us} | {replay} | {versus} | {disturbed} |")
    table = "\n".join(lines)
    extra = []
    for name, data in flows:
        extra += ["", f"### {name}: flows (book → confirm → cancel, {data['connections']} concurrent flows, {data['seconds']:.1f} s)", "",
                  f"{data['flows']:,} complete flows, {data['flows_per_second']:,.1f} flows/s; a flow's latency p50 "
                  f"{data['flow_p50_ms']:.2f} ms, p99 {data['flow_p99_ms']:.2f} ms. A refused step ends its flow (counted, not retried).", "",
                  "| step | requests | req/s | p50 ms | p99 ms | max ms | statuses |", "|---|---:|---:|---:|---:|---:|---|"]
        for step in data["steps"]:
            statuses = ", ".join(f"{code}: {n:,}" for code, n in step["statuses"].items())
            extra.append(f"| {step['name']} | {step['requests']:,} | {step['per_second']:,.1f} | {step['p50_ms']:.2f} | "
                         f"{step['p99_ms']:.2f} | {step['max_ms']:.1f} | {statuses} |")
    loads = sorted(raw.glob("*.load"), key=lambda p: int(p.stem.split("-", 1)[0]))
    if loads:
        extra += ["", "### Load just before each measured run (`uptime`, `ps -eo pid,ni,pcpu,comm --sort=-pcpu | head`)", ""]
        for load in loads:
            extra += [f"{load.stem.split('-', 1)[1]}:", "", "```", load.read_text().rstrip(), "```", ""]
    extra += counters_summary(raw, loads)
    if pgbench:
        extra += ["", "### pgbench: each scenario's statements, right after its measured run (run.sh --pgbench)", "",
                  "Same clients and threads as wrk's connections and threads, same duration, `-M prepared`; one transaction = "
                  "the statements one API request sent, in order, with its parameters (100 requests captured from the "
                  "server log; the id a request drew is drawn again per transaction). PostgreSQL µs = its CPU per transaction.", "",
                  "| scenario | statements | pgbench tx/s | PostgreSQL CPU µs/tx | API req/s | API ÷ pgbench |", "|---|---|---:|---:|---:|---:|"]
        for name, r in rows:
            bench = pgbench.get(name)
            if not bench:
                continue
            summary = next(raw.glob(f"*-{name}.pgbench")).read_text().strip().splitlines()[-1]
            pg_us = f"{bench['pg_us']:,.0f}" if bench["pg_us"] else ""
            extra.append(f"| {name} | {summary} | {bench['tps']:,.0f} | {pg_us} | {r['rps']:,.0f} | {100 * r['rps'] / bench['tps']:.0f}% |")
    if list(raw.glob("*-*.speedscope.json")):
        layers = subprocess.run([sys.executable, str(pathlib.Path(__file__).with_name("profile_layers.py")), str(raw), "--markdown"],
                                capture_output=True, text=True)
        extra += ["", "## API CPU per request by layer (run.sh --trace: a second run of each scenario under dotnet-trace)", "",
                  layers.stdout.rstrip() or layers.stderr.rstrip()]
    out.write_text(header.read_text() + "\n" + table + "\n" + "\n".join(extra) + "\n")
    print(table)
    if any(r["non2xx"] for _, r in rows):
        print("\nWARNING: some scenarios had non-2xx responses; see the raw wrk output in " + str(raw), file=sys.stderr)


if __name__ == "__main__":
    main()
