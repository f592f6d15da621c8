#!/usr/bin/env python3
"""Turn the statements the API sent for one scenario into pgbench scripts (bench/run.sh --pgbench).

pgbench_scripts.py <server log> <boundaries> <database> <out dir> [--requests 100] [--skip 5] [--max N]

<boundaries> is capture.lua's output: "<log size after the response> <status> <path>" per request, the first line
preceded by "<log size before the run> start -". The capture API logged every statement it executed
(log_min_duration_statement=0 for its sessions only), so the log between two boundaries holds one request's
statements with their parameters. Each of the first --requests requests (after --skip) becomes one script, its
statements in order with the same text: $n becomes a pgbench variable, defined once with -D (written to
<out dir>/defines, one "-D name=value" argument a line), so that pgbench -M prepared sends the same parameters.
pgbench sends them untyped: a text array parameter that the statement passes to unnest() gets an explicit ::text[].
With --max N, a parameter equal to the id the request drew from 1..N (the number in its path) is drawn again with
\\set v random(1, N) in every transaction, as the load generator does.
Prints a summary: requests, statements per request, distinct statement texts.
"""
import pathlib
import re
import sys

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[(\d+)\] (\S*)@(\S*) (\w+):  (.*)$")
EXECUTE = re.compile(r"^duration: [\d.]+ ms  execute [^:]*: (.*)$", re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'((?:[^']|'')*)')")


def entries(text: str, database: str):
    """(pid, level, message) of each log entry of the database; continuation lines start with a tab."""
    current = None
    for line in text.split("\n"):
        match = ENTRY.match(line)
        if match:
            if current:
                yield current
            pid, _, db, level, message = match.groups()
            current = (pid, level, message) if db == database else None
        elif line.startswith("\t") and current:
            current = (current[0], current[1], current[2] + "\n" + line[1:])
    if current:
        yield current


def statements(text: str, database: str):
    """[(sql, {n: value or None})] in execution order: each execute entry and the parameters DETAIL after it."""
    result, pending = [], {}
    for pid, level, message in entries(text, database):
        executed = EXECUTE.match(message) if level == "LOG" else None
        if executed:
            pending[pid] = len(result)
            result.append((executed.group(1).strip(), {}))
        elif level == "DETAIL" and message.startswith("parameters:") and pid in pending:
            index = pending.pop(pid)
            result[index] = (result[index][0], {int(n): None if raw == "NULL" else value.replace("''", "'")
                                                for n, raw, value in PARAM.findall(message)})
        elif level == "LOG":
            pending.pop(pid, None)
    return result


def main() -> None:
    args = sys.argv[1:]
    options = {"--requests": 100, "--skip": 5, "--max": 0}
    for name in options:
        if name in args:
            at = args.index(name)
            options[name] = int(args[at + 1])
            del args[at:at + 2]
    log_path, boundaries_path, database, out = pathlib.Path(args[0]), pathlib.Path(args[1]), args[2], pathlib.Path(args[3])
    out.mkdir(parents=True, exist_ok=True)
    marks = [line.split(" ", 2) for line in boundaries_path.read_text().splitlines() if line.strip()]
    raw = log_path.read_bytes()
    defines, names = [], {}
    scripts, per_request, texts = 0, [], set()
    chosen = range(1 + options["--skip"], min(len(marks), 1 + options["--skip"] + options["--requests"]))
    for i in chosen:
        start, end = int(marks[i - 1][0]), int(marks[i][0])
        status, path = marks[i][1], marks[i][2]
        if not status.startswith("2"):
            continue
        sent = statements(raw[start:end].decode("utf-8", "replace"), database)
        if not sent:
            continue
        drawn = re.search(r"/(\d+)(?:/|$|\?)", path) if options["--max"] else None
        lines = [f"-- {path}"]
        if drawn:
            lines.append(f"\\set drawn random(1, {options['--max']})")
        for sql, params in sent:
            def variable(match: re.Match) -> str:
                n = int(match.group(1))
                value = params.get(n)
                if value is None:
                    return "NULL"
                if drawn and value == drawn.group(1):
                    return ":drawn"
                if value not in names:
                    names[value] = f"v{len(names) + 1}"
                    defines.append(f"-D{names[value]}={value}")
                return ":" + names[value]
            body = re.sub(r"\$(\d+)\b", variable, sql)
            # pgbench's parameters are untyped: unnest() needs to know its array's type.
            body = re.sub(r"unnest\((:v\d+)\)", lambda m: f"unnest({m.group(1)}::text[])"
                          if not re.fullmatch(r"\{[-\d,]*\}", next(k for k, v in names.items() if v == m.group(1)[1:]))
                          else m.group(0), body)
            lines.append(body.rstrip().rstrip(";") + ";")
            texts.add(sql)
        (out / f"{scripts:03d}.sql").write_text("\n".join(lines) + "\n")
        per_request.append(len(sent))
        scripts += 1
    (out / "defines").write_text("\n".join(defines) + ("\n" if defines else ""))
    if not scripts:
        sys.exit(f"no statements of database {database} between the boundaries in {boundaries_path}")
    print(f"{scripts} requests, {sum(per_request) / scripts:.2f} statements per request, {len(texts)} distinct statements")


if __name__ == "__main__":
    main()
