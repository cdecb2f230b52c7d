#!/usr/bin/python3
"""Throughput of `herald code -j N` over the Reuters-21578 corpus (../shared/corpus).

For each thread count, runs the whole pipeline (read JSON Lines, segment, match, parse, code,
write JSON Lines to /dev/null) --repeat times under /usr/bin/time -v and prints a Markdown
table: wall and CPU (user + sys) seconds of the coding, sentences/s, tokens/s, events/s, the
speed-up over the first thread count, and the process's peak memory (max RSS). The machine's load average and each run's
involuntary context switches are printed too: on a shared machine a wall-clock speed-up means
little without them.

  bench/throughput.py                       # build/herald, threads 1 2, the whole corpus
  bench/throughput.py --build build-parallel --stories 2000 --repeat 3
  bench/throughput.py --copies 3 --threads 2   # the corpus 3 times over a pipe: memory stays flat

Exits 0 with a message when the corpus is absent.
"""
import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(SOURCE_DIR, "..", "shared", "corpus", "reuters21578.jsonl")

SUMMARY = re.compile(r"herald: (\d+) stories, (\d+) sentences \((\d+) parsed\), (\d+) events")
RATES = re.compile(r"herald: coded (\d+) tokens in ([\d.]+) s wall, ([\d.]+) s CPU, \d+ threads?:")


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def time_field(report, name):
    match = re.search(r"^\s*" + re.escape(name) + r": (.+)$", report, re.MULTILINE)
    if not match:
        raise RuntimeError("no '%s' in /usr/bin/time output:\n%s" % (name, report))
    return match.group(1)


def wall_seconds(value):
    seconds = 0.0
    for part in value.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def run_once(herald, input_path, threads, copies, extra):
    """Runs herald once; returns a dict of counts and times."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as time_report:
        herald_command = [herald, "code", "-j", str(threads), "-o", "/dev/null"] + extra
        if copies == 1:
            command = ["/usr/bin/time", "-v", "-o", time_report.name] + herald_command + [input_path]
            completed = subprocess.run(command, stderr=subprocess.PIPE, text=True)
        else:
            # The corpus several times over standard input: herald cannot know the size ahead.
            shell = "for i in $(seq %d); do cat %s; done | /usr/bin/time -v -o %s %s -" % (
                copies, shlex.quote(input_path), shlex.quote(time_report.name),
                " ".join(shlex.quote(a) for a in herald_command))
            completed = subprocess.run(["bash", "-c", shell], stderr=subprocess.PIPE, text=True)
        report = time_report.read()
    summary = SUMMARY.search(completed.stderr)
    rates = RATES.search(completed.stderr)
    if completed.returncode != 0 or not summary or not rates:
        raise RuntimeError("herald failed (exit %d):\n%s" % (completed.returncode, completed.stderr[-3000:]))
    stories, sentences, _, events = (int(x) for x in summary.groups())
    return {
        "stories": stories,
        "sentences": sentences,
        "events": events,
        "tokens": int(rates.group(1)),
        "coding_wall": float(rates.group(2)),
        "coding_cpu": float(rates.group(3)),
        "wall": wall_seconds(time_field(report, "Elapsed (wall clock) time (h:mm:ss or m:ss)")),
        "cpu": float(time_field(report, "User time (seconds)")) + float(time_field(report, "System time (seconds)")),
        "max_rss_mb": int(time_field(report, "Maximum resident set size (kbytes)")) / 1024.0,
        "involuntary_switches": int(time_field(report, "Involuntary context switches")),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(SOURCE_DIR, "build"), help="build directory holding herald")
    parser.add_argument("--corpus", default=CORPUS)
    parser.add_argument("--threads", default="1 2", help="thread counts, e.g. '1 2'")
    parser.add_argument("--repeat", type=int, default=1, help="runs per thread count; the fastest is kept")
    parser.add_argument("--stories", type=int, default=0, help="only the first N stories (0: all)")
    parser.add_argument("--copies", type=int, default=1, help="feed the input this many times over a pipe")
    parser.add_argument("--herald-args", default="", help="more flags for herald code, e.g. '--dict-dir D'")
    args = parser.parse_args()

    if not os.path.exists(args.corpus):
        print("skipped: corpus %s not found (it lives in ../shared/corpus)" % args.corpus)
        return 0
    herald = os.path.join(os.path.abspath(args.build), "herald")
    if not os.access(herald, os.X_OK):
        print("error: %s not found; build it first (cmake --build %s --target herald)" % (herald, args.build),
              file=sys.stderr)
        return 2

    input_path = os.path.abspath(args.corpus)
    subset = None
    if args.stories > 0:
        subset = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False)
        with open(input_path) as corpus:
            for number, line in enumerate(corpus):
                if number == args.stories:
                    break
                subset.write(line)
        subset.close()
        input_path = subset.name

    thread_counts = [int(t) for t in args.threads.split()]
    extra = shlex.split(args.herald_args)
    print("herald: %s; input: %s%s%s; %d CPUs; load average before: %s" % (
        herald, args.corpus, " (first %d stories)" % args.stories if args.stories else "",
        " x%d over a pipe" % args.copies if args.copies > 1 else "", os.cpu_count(), load_average()))
    print()
    print("| threads | stories | sentences | tokens | events | coding wall s | coding CPU s | sentences/s | "
          "tokens/s | events/s | sentences per CPU s | speed-up (wall) | start-up s | max RSS MB | "
          "involuntary switches |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    baseline = None
    try:
        for threads in thread_counts:
            runs = [run_once(herald, input_path, threads, args.copies, extra) for _ in range(args.repeat)]
            best = min(runs, key=lambda r: r["coding_wall"])
            wall = best["coding_wall"]
            if baseline is None:
                baseline = wall
            print("| %d | %d | %d | %d | %d | %.2f | %.2f | %.0f | %.0f | %.0f | %.0f | %.2fx | %.2f | %.0f | %d |" % (
                threads, best["stories"], best["sentences"], best["tokens"], best["events"], wall,
                best["coding_cpu"], best["sentences"] / wall, best["tokens"] / wall, best["events"] / wall,
                best["sentences"] / best["coding_cpu"], baseline / wall, best["wall"] - wall, best["max_rss_mb"], best["involuntary_switches"]))
            sys.stdout.flush()
    finally:
        if subset is not None:
            os.unlink(subset.name)
    print()
    print("load average after: %s" % load_average())
    print("Rates are over the coding wall time herald reports (reading, coding and writing every story);")
    print("start-up (loading the dictionaries and the model) is the rest of the process's wall time.")
    print("CPU is user + system time of all threads during coding; sentences per CPU s is what one")
    print("core gives whatever the load. Max RSS is the whole process's peak.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
