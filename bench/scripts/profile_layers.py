#!/usr/bin/env python3
"""The API's CPU per request split by layer, from one scenario's dotnet-trace (bench/run.sh --trace).

profile_layers.py <raw dir> [--top N]

For each <n>-<scenario>.speedscope.json (dotnet-trace convert --format Speedscope: EventPipe's sample profiler, one evented
profile per thread) prints a table: each layer's share of the samples in which the API was running code, and that
share of the CPU per request of the scenario's untraced measured run (<n>-<scenario>.load and .wrk), in µs.
A sample is running code when its leaf is CPU_TIME (managed code) or UNMANAGED_CODE_TIME outside the known waits
(thread pool and socket engine idle, timers, monitors: those are idle threads, not CPU). A sample belongs to the
layer of its deepest frame that a layer's pattern matches: the framework's and the runtime's own helpers (async
machinery, collections, LINQ, expression trees) count for the layer that called them. --top N lists, per layer, the
N frames that took the most samples (the deepest matched frame), to see what to cut.
With --markdown the tables are markdown (for the results file). With --summary one markdown table, a column per
scenario, the layers grouped as docs/performance.md shows them.
"""
import collections
import json
import pathlib
import re
import sys

# (layer, pattern on "Namespace.Type.Method" without the module and arguments); the first pattern that matches wins.
LAYERS = [
    ("JSON (System.Text.Json)", r"^System\.Text\.Json|^CastingAgency\.WebApi\.Json"),
    ("AutoMapper", r"^AutoMapper"),
    ("validation (FluentValidation)", r"^FluentValidation"),
    ("MediatR and its behaviours", r"^MediatR|^CastingAgency\.Application\.Common\.Behaviours"),
    ("Npgsql", r"^Npgsql"),
    ("dependency injection (scopes, resolution)", r"^dynamicClass\.ResolveService|^Microsoft\.Extensions\.DependencyInjection"),
    ("EF Core: executing, materialising", r"lambda_method|^dynamicClass|QueryingEnumerable|RelationalDataReader|"
                                          r"^Microsoft\.EntityFrameworkCore\.Storage\.(RelationalCommand|RelationalDataReader)"),
    ("EF Core: query cache, compilation, parameters", r"^Microsoft\.EntityFrameworkCore\.(Query|Internal\.EntityFrameworkQueryableExtensions)|"
                                                      r"ExpressionTreeFuncletizer|CompiledQuery|QueryCompiler"),
    ("EF Core: context, connection, diagnostics", r"^Microsoft\.EntityFrameworkCore"),
    ("handlers, queries, repositories (own code)", r"^CastingAgency\.(Application|Infrastructure|Domain)"),
    ("authentication (JWT bearer)", r"^Microsoft\.AspNetCore\.Authentication|^Microsoft\.IdentityModel|^System\.IdentityModel|"
                                    r"^CastingAgency\.WebApi\.Authorization\.(AuthenticationSetup|IdentityProviderKeys)"),
    ("authorization (policies, current user)", r"^Microsoft\.AspNetCore\.Authorization|^CastingAgency\.WebApi\.Authorization"),
    ("rate limiting", r"RateLimit|FixedWindowLimiter"),
    ("request logging, logging", r"^CastingAgency\.WebApi\.Infrastructure\.RequestLogging|^Microsoft\.Extensions\.Logging"),
    ("idempotency", r"Idempotency"),
    ("security headers", r"SecurityHeaders"),
    ("timeouts, body limit", r"RequestTimeouts|RequestLimits|^Microsoft\.AspNetCore\.Http\.Timeouts"),
    ("telemetry (OpenTelemetry, metrics, activities)", r"^OpenTelemetry|^CastingAgency\.WebApi\.Telemetry|"
                                                       r"^System\.Diagnostics\.(Activity|DiagnosticListener|DiagnosticSource|Metrics)"),
    ("MVC: action, binding, filters, results, controllers", r"^Microsoft\.AspNetCore\.Mvc|^CastingAgency\.WebApi\.(Controllers|Conventions|Contracts)|"
                                                            r"StrictQueryStringFilter|InvalidModelStateResponse"),
    ("routing", r"^Microsoft\.AspNetCore\.Routing"),
    ("other middleware (exceptions, status pages, HSTS, CORS, hosting)", r"^Microsoft\.AspNetCore\.(Diagnostics|HttpsPolicy|Cors|Hosting)|^CastingAgency\.WebApi"),
    ("Kestrel, HTTP, sockets", r"^Microsoft\.AspNetCore\.(Server|Http|WebUtilities|Connections)|^System\.Net|^System\.IO\.Pipelines|"
                               r"^Microsoft\.Extensions\.Primitives"),
]
OTHER = "thread pool (dispatch, spinning), timers, runtime alone"
COMPILED = [(name, re.compile(pattern)) for name, pattern in LAYERS]
# Stacks that are idle threads: waiting for work, for a timer, on a monitor, in epoll.
WAITS = re.compile(r"LowLevelLifoSemaphore|WaitHandle\.Wait|Monitor\.Wait|ManualResetEventSlim\.Wait|SocketAsyncEngine\.EventLoop|"
                   r"Thread\.Sleep|FileSystemWatcher|TimerQueue\.TimerThread|GateThread|Heartbeat\.TimerLoop|WaitSubsystem|"
                   r"ConsoleLoggerProcessor\.TryDequeue|BlockingCollection|SemaphoreSlim\.Wait|Thread\.Join")


def head(frame: str) -> str:
    return re.split(r"[\[(]", frame.split("!", 1)[-1], 1)[0]


def stacks(path: pathlib.Path) -> collections.Counter:
    """Milliseconds spent on each stack (tuple of frame names, root first) over all threads."""
    data = json.loads(path.read_text())
    frames = [f["name"] for f in data["shared"]["frames"]]
    weights = collections.Counter()
    for profile in data["profiles"]:
        stack, last = [], None
        for event in profile.get("events", []):
            if stack and last is not None:
                weights[tuple(stack)] += event["at"] - last
            if event["type"] == "O":
                stack.append(frames[event["frame"]])
            elif stack:
                stack.pop()
            last = event["at"]
    return weights


def layer_of(stack: tuple) -> tuple:
    for frame in reversed(stack):
        h = head(frame)
        for name, pattern in COMPILED:
            if pattern.search(h):
                return name, h
    return OTHER, head(stack[-2]) if len(stack) > 1 else "?"


def measured(raw: pathlib.Path, stem: str) -> tuple:
    """(API CPU seconds, requests) of the untraced measured run, or (None, None)."""
    load, wrk = raw / f"{stem}.load", raw / f"{stem}.wrk"
    if not (load.exists() and wrk.exists()):
        return None, None
    api = re.search(r"API ([\d.]+) \(", load.read_text())
    requests = re.search(r"(\d+) requests in", wrk.read_text())
    return (float(api.group(1)) if api else None), (int(requests.group(1)) if requests else None)


GROUPS = [
    ("middleware: request logging, rate limiting, idempotency, security headers, timeouts, telemetry, routing, other",
     ["request logging, logging", "rate limiting", "idempotency", "security headers", "timeouts, body limit",
      "telemetry (OpenTelemetry, metrics, activities)", "routing", "other middleware (exceptions, status pages, HSTS, CORS, hosting)"]),
    ("authentication (JWT bearer)", ["authentication (JWT bearer)"]),
    ("authorization (policies, current user)", ["authorization (policies, current user)"]),
    ("MVC: action, binding, filters, results", ["MVC: action, binding, filters, results, controllers"]),
    ("MediatR, behaviours, FluentValidation", ["MediatR and its behaviours", "validation (FluentValidation)"]),
    ("own handlers, queries, repositories", ["handlers, queries, repositories (own code)"]),
    ("EF Core: query pipeline (parameters, cache key, command cache)", ["EF Core: query cache, compilation, parameters"]),
    ("EF Core: executing, materialising, context", ["EF Core: executing, materialising", "EF Core: context, connection, diagnostics"]),
    ("Npgsql", ["Npgsql"]),
    ("AutoMapper", ["AutoMapper"]),
    ("JSON (System.Text.Json)", ["JSON (System.Text.Json)"]),
    ("dependency injection", ["dependency injection (scopes, resolution)"]),
    ("Kestrel, HTTP, sockets (syscalls, epoll)", ["Kestrel, HTTP, sockets"]),
    ("thread pool dispatch and spinning, timers", [OTHER]),
]


def shares(raw: pathlib.Path, trace: pathlib.Path) -> tuple:
    """(scenario, {layer: share}, CPU µs per request of the measured run or None)."""
    stem = trace.name[:-len(".speedscope.json")]
    running = collections.Counter()
    for stack, ms in stacks(trace).items():
        leaf = stack[-1]
        if leaf not in ("CPU_TIME", "UNMANAGED_CODE_TIME") or (leaf == "UNMANAGED_CODE_TIME" and any(WAITS.search(f) for f in stack)):
            continue
        running[layer_of(stack[:-1])[0]] += ms
    total = sum(running.values()) or 1.0
    cpu, requests = measured(raw, stem)
    return stem.split("-", 1)[1], {k: v / total for k, v in running.items()}, (1e6 * cpu / requests if cpu and requests else None)


def summary(raw: pathlib.Path, traces: list) -> list:
    columns = [shares(raw, trace) for trace in traces]
    lines = ["| µs per request (share of the running samples) | " + " | ".join(c[0] for c in columns) + " |",
             "|---|" + "---:|" * len(columns),
             "| API CPU per request, measured run | " + " | ".join(f"{c[2]:,.0f}" if c[2] else "n/a" for c in columns) + " |"]
    for group, members in GROUPS:
        cells = []
        for _, share, us in columns:
            part = sum(share.get(m, 0.0) for m in members)
            cells.append(f"{part * us:,.0f} ({100 * part:.1f}%)" if us else f"({100 * part:.1f}%)")
        lines.append(f"| {group} | " + " | ".join(cells) + " |")
    return lines


def table(raw: pathlib.Path, trace: pathlib.Path, top: int, markdown: bool) -> list:
    stem = trace.name[:-len(".speedscope.json")]
    weights = stacks(trace)
    running = collections.Counter()
    frames = collections.defaultdict(collections.Counter)
    managed = native = idle = 0.0
    for stack, ms in weights.items():
        leaf = stack[-1]
        if leaf not in ("CPU_TIME", "UNMANAGED_CODE_TIME"):
            continue
        if leaf == "UNMANAGED_CODE_TIME" and any(WAITS.search(f) for f in stack):
            idle += ms
            continue
        if leaf == "CPU_TIME":
            managed += ms
        else:
            native += ms
        name, frame = layer_of(stack[:-1])
        running[name] += ms
        frames[name][frame] += ms
    total = sum(running.values()) or 1.0
    cpu, requests = measured(raw, stem)
    per_request = 1e6 * cpu / requests if cpu and requests else None
    scenario = stem.split("-", 1)[1]
    lines = [f"{'### ' if markdown else ''}{scenario}: API CPU per request by layer"
             + (f" ({per_request:,.0f} µs per request in the measured run)" if per_request else ""), ""]
    lines.append(f"samples running code: {total / 1000:.1f} thread-seconds ({100 * managed / total:.0f}% managed, "
                 f"{100 * native / total:.0f}% native: syscalls, GC, runtime); idle threads left out: {idle / 1000:.1f} s")
    if running[OTHER] > 0.9 * total:
        lines.append("WARNING: over 90% of the samples have no frame above the thread pool: the stacks were not resolved "
                     "(seen with traces of a few seconds); trace again for longer (--duration 10s or more).")
    lines.append("")
    if markdown:
        lines += ["| layer | share | µs per request |", "|---|---:|---:|"]
    for name, ms in running.most_common():
        share = ms / total
        us = f"{share * per_request:,.0f}" if per_request else "n/a"
        lines.append(f"| {name} | {100 * share:.1f}% | {us} |" if markdown else f"{name:<66} {100 * share:5.1f}%  {us:>6} µs")
        if top:
            for frame, fms in frames[name].most_common(top):
                lines.append(f"{'| ' if markdown else ''}    {frame[:110]} {100 * fms / total:.1f}%{' | | |' if markdown else ''}")
    lines.append("")
    return lines


def main() -> None:
    args = sys.argv[1:]
    top = 0
    if "--top" in args:
        at = args.index("--top")
        top = int(args[at + 1])
        del args[at:at + 2]
    markdown = "--markdown" in args
    if markdown:
        args.remove("--markdown")
    raw = pathlib.Path(next(a for a in args if not a.startswith("--")))
    traces = sorted(raw.glob("*-*.speedscope.json"), key=lambda p: int(p.name.split("-", 1)[0]))
    if not traces:
        sys.exit(f"no <n>-<scenario>.speedscope.json in {raw}")
    if "--summary" in args:
        print("\n".join(summary(raw, traces)))
        return
    for trace in traces:
        print("\n".join(table(raw, trace, top, markdown)))


if __name__ == "__main__":
    main()
