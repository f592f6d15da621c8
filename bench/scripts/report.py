#!/usr/bin/env python3
"""Turn the raw wrk outputs of one bench/run.sh run into a table.

report.py <raw dir> <results .md> <header text file>
The raw dir holds <n>-<scenario>.wrk (wrk --latency output) and <n>-<scenario>.rss (VmHWM in kB);
the scenario named "ceiling" is the denominator of every ratio.
"""
import pathlib
import re
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


def main() -> None:
    raw, out, header = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    rows = []
    for wrk in sorted(raw.glob("*.wrk")):
        name = wrk.stem.split("-", 1)[1]
        result = parse(wrk)
        rss = wrk.with_suffix(".rss")
        result["rss_mb"] = int(rss.read_text().split()[0]) / 1024 if rss.exists() else float("nan")
        rows.append((name, result))
    ceiling = next((r["rps"] for n, r in rows if n == "ceiling"), None)

    lines = ["| scenario | req/s | p50 ms | p99 ms | peak RSS MB | % of ceiling | requests | non-2xx |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in rows:
        ratio = f"{100 * r['rps'] / ceiling:.1f}%" if ceiling else "n/a"
        lines.append(f"| {name} | {r['rps']:,.0f} | {r['p50']:.2f} | {r['p99']:.2f} | {r['rss_mb']:.0f} | {ratio} | "
                     f"{r['requests']:,} | {r['non2xx']}{' (socket errors: ' + r['socket'] + ')' if r['socket'] else ''} |")
    table = "\n".join(lines)
    out.write_text(header.read_text() + "\n" + table + "\n")
    print(table)
    if any(r["non2xx"] for _, r in rows):
        print("\nWARNING: some scenarios had non-2xx responses; see the raw wrk output in " + str(raw), file=sys.stderr)


if __name__ == "__main__":
    main()
