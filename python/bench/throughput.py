#!/usr/bin/python3
"""Throughput of the Python module on the first N Reuters-21578 stories (../shared/corpus):
Coder.code_frame in this process, then herald.dask.code_dataframe on a LocalCluster of
--workers single-threaded worker processes. Prints wall and CPU seconds (the CPU of the worker
processes for Dask) and stories per second per core, with the load average, since on a shared
machine the wall clock alone says little. docs/scaling.md has the figures.

  PYTHONPATH=build/python /usr/bin/python3 python/bench/throughput.py --stories 1000 --workers 2

Exits 0 with a message when the corpus is absent.
"""
import argparse
import logging
import os
import resource
import sys
import time

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(SOURCE_DIR, "..", "shared", "corpus", "reuters21578.jsonl")


def process_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def report(label, stories, events, wall, cpu, cores):
    print(f"{label}: {stories} stories, {events} events in {wall:.2f} s wall, {cpu:.2f} s CPU on "
          f"{cores} core(s): {stories / wall:.0f} stories/s wall, {stories / cpu:.0f} stories per CPU "
          f"second", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes (0: skip Dask)")
    parser.add_argument("--corpus", default=CORPUS)
    args = parser.parse_args()
    if not os.path.isfile(args.corpus):
        print(f"skipped: {args.corpus} is absent")
        return 0

    import pandas as pd

    import herald

    stories = pd.DataFrame(herald.read_stories(args.corpus, args.stories))
    print(f"load average before: {os.getloadavg()}, {os.cpu_count()} cores", flush=True)
    coder = herald.Coder()
    coder.code_frame(stories.head(20))  # first-touch costs out of the figure
    wall, cpu = time.perf_counter(), process_cpu_seconds()
    events = coder.code_frame(stories)
    report("code_frame, 1 process", len(stories), len(events), time.perf_counter() - wall,
           process_cpu_seconds() - cpu, 1)

    if args.workers > 0:
        import dask.dataframe as dd
        from distributed import Client, LocalCluster

        import herald.dask

        with LocalCluster(n_workers=args.workers, processes=True, threads_per_worker=1, host="127.0.0.1",
                          dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            client.run(lambda: herald.dask.coder() is not None)  # each worker loads its coder up front
            frame = dd.from_pandas(stories, npartitions=8 * args.workers)
            cpu_before = client.run(process_cpu_seconds)
            wall = time.perf_counter()
            distributed_events = herald.dask.code_dataframe(frame).compute()
            wall = time.perf_counter() - wall
            cpu_after = client.run(process_cpu_seconds)
            cpu = sum(cpu_after[worker] - cpu_before[worker] for worker in cpu_after)
            report(f"herald.dask.code_dataframe, {args.workers} workers", len(stories), len(distributed_events),
                   wall, cpu, args.workers)
            same = distributed_events.reset_index(drop=True).equals(events)
            print(f"Dask events equal the single-process events: {same}")
    print(f"load average after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
