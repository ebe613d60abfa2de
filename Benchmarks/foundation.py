#!/usr/bin/env python3
"""Foundation benchmark: demo creation, aging report vs. the sqlite3 floor, and a 1M-row import.

Run from the package root after `swift build -c release`:
    python3 Benchmarks/foundation.py [--customers 100000] [--runs 5] [--work DIR]
Prints a Markdown table (the README's "Performance" figures come from it).
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

AS_OF = "2026-11-23"

# The storage engine's floor: one plain GROUP BY of invoice amounts by currency, customer and
# bucket, with no payment allocation at all. Cobro's report does strictly more work than this.
FLOOR_SQL = f"""
SELECT currency, customer_id,
       CASE WHEN d <= 0 THEN 0 WHEN d <= 30 THEN 1 WHEN d <= 60 THEN 2
            WHEN d <= 90 THEN 3 WHEN d <= 120 THEN 4 ELSE 5 END AS bucket,
       sum(amount)
FROM (SELECT currency, customer_id, amount,
             julianday('{AS_OF}') - julianday(due_date) AS d
      FROM invoice WHERE issue_date <= '{AS_OF}')
GROUP BY currency, customer_id, bucket;
"""


def timed(command, env, stdout=subprocess.DEVNULL, stdin=None):
    """Runs a command; returns (seconds, peak RSS in MiB of that child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    result = subprocess.run(command, env=env, stdout=stdout, stdin=stdin, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr.decode()}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def median_of(runs, command, env, **kwargs):
    timed(command, env, **kwargs)  # warm-up: page cache and SQLite's first open
    times = [timed(command, env, **kwargs)[0] for _ in range(runs)]
    return statistics.median(times), min(times), max(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--binary", default=".build/release/cobro")
    parser.add_argument("--work", default=None, help="folder for the databases (default: a temporary one)")
    args = parser.parse_args()

    binary = os.path.abspath(args.binary)
    work = args.work or tempfile.mkdtemp(prefix="cobro-bench-")
    os.makedirs(work, exist_ok=True)
    env = dict(os.environ, TZ="UTC", LANG="C.UTF-8", XDG_CONFIG_HOME=os.path.join(work, "config"))
    demo = os.path.join(work, "demo.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(demo + suffix):
            os.remove(demo + suffix)

    rows = []
    seconds, rss = timed([binary, "demo", "--no-open", "--customers", str(args.customers), "--seed", "1",
                          "--today", AS_OF, "--db", demo], env)
    counts = subprocess.run(["sqlite3", demo, "SELECT (SELECT count(*) FROM customer) || ' customers, ' || "
                             "(SELECT count(*) FROM invoice) || ' invoices, ' || (SELECT count(*) FROM payment) || ' payments'"],
                            capture_output=True, text=True).stdout.strip()
    rows.append(("demo creation", f"{seconds:.2f} s", "1 run", f"{rss:.0f} MiB", counts))

    report = [binary, "report", "aging", "--as-of", AS_OF, "--format", "json", "--db", demo]
    med, low, high = median_of(args.runs, report, env)
    _, rss = timed(report, env)
    floor_times = []
    for run in range(args.runs + 1):
        start = time.perf_counter()
        subprocess.run(["sqlite3", demo], input=FLOOR_SQL.encode(), stdout=subprocess.DEVNULL, check=True)
        if run > 0:
            floor_times.append(time.perf_counter() - start)
    floor_med = statistics.median(floor_times)
    rows.append(("report aging --format json", f"{med:.3f} s", f"median of {args.runs} ({low:.3f}–{high:.3f})",
                 f"{rss:.0f} MiB", f"{med / floor_med:.2f}× the floor"))
    rows.append(("floor: GROUP BY in sqlite3", f"{floor_med:.3f} s", f"median of {args.runs}", "", "no allocation, invoices only"))

    # A 1M-row invoices file: the demo's own invoices, exported, imported into a fresh database.
    invoices_csv = os.path.join(work, "invoices.csv")
    customers_csv = os.path.join(work, "customers.csv")
    subprocess.run([binary, "export", "invoices", invoices_csv, "--as-of", "2100-01-01", "--db", demo], env=env, check=True)
    subprocess.run([binary, "export", "customers", customers_csv, "--db", demo], env=env, check=True)
    with open(invoices_csv, "rb") as handle:
        lines = sum(1 for _ in handle) - 1
    import_times = []
    for run in range(max(1, args.runs // 2)):
        fresh = os.path.join(work, f"import-{run}.sqlite")
        subprocess.run([binary, "import", "customers", customers_csv, "--db", fresh], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        seconds, rss = timed([binary, "import", "invoices", invoices_csv, "--db", fresh], env)
        import_times.append(seconds)
        for suffix in ("", "-wal", "-shm"):
            os.remove(fresh + suffix) if os.path.exists(fresh + suffix) else None
    med = statistics.median(import_times)
    rows.append((f"import invoices ({lines:,} rows)", f"{med:.2f} s", f"median of {len(import_times)}",
                 f"{rss:.0f} MiB", f"{lines / med:,.0f} rows/s"))

    print(f"Customers: {args.customers:,}; as of {AS_OF}; binary {args.binary}; work folder {work}\n")
    print("| measurement | time | runs | peak RSS | note |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if not args.work:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
