"""herald.dask on a Dask LocalCluster of two worker processes: the events equal those of one
process exactly, and each worker builds its coder once."""

import logging
import threading
import unittest

import pandas as pd

import herald
import herald.dask
import support

# Enough stories for several partitions of real work; Reuters adds more when ../shared is there.
STORY_COUNT_FROM_REUTERS = 60
# Two workers start in about 7 s on a loaded two-core machine.
CLUSTER_START_SECONDS = 60


def start_cluster():
    """A Client on a two-process LocalCluster on 127.0.0.1, or a skip saying why not. A cluster
    whose workers cannot start waits for them forever, hence the thread and the time limit."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise unittest.SkipTest(f"skipped: distributed is not installed ({error})")
    started = {}

    def start():
        try:
            started["cluster"] = LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                              host="127.0.0.1", dashboard_address=None,
                                              silence_logs=logging.ERROR)
        except Exception as error:  # any failure to start is the environment's, not herald's
            started["error"] = error

    thread = threading.Thread(target=start, daemon=True)
    thread.start()
    thread.join(CLUSTER_START_SECONDS)
    if "cluster" not in started:
        reason = repr(started["error"]) if "error" in started else f"no workers after {CLUSTER_START_SECONDS} s"
        raise unittest.SkipTest(f"skipped: a Dask LocalCluster could not start ({reason})")
    return started["cluster"], Client(started["cluster"])


class DaskTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.stories = list(support.STORIES) + (support.reuters_stories(STORY_COUNT_FROM_REUTERS) or [])
        cls.coder = herald.Coder()
        cls.expected = []
        for story in cls.stories:
            cls.expected += cls.coder.code(story["text"], date=story["date"], id=story["id"])
        cls.cluster, cls.client = start_cluster()

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()

    def test_code_bag_equals_one_process(self):
        import dask.bag as db
        bag = db.from_sequence(self.stories, npartitions=4)
        events = herald.dask.code_bag(bag).compute()
        self.assertGreater(len(self.expected), 0)
        self.assertEqual(events, self.expected)

    def test_code_dataframe_equals_one_process(self):
        import dask.dataframe as dd
        frame = pd.DataFrame(self.stories)
        events = herald.dask.code_dataframe(dd.from_pandas(frame, npartitions=4)).compute()
        expected = self.coder.code_frame(frame)
        pd.testing.assert_frame_equal(events.reset_index(drop=True), expected)
        self.assertEqual(len(events), len(self.expected))

    def test_coders_are_built_on_the_workers_once(self):
        import dask.bag as db
        bag = db.from_sequence(self.stories, npartitions=8)
        herald.dask.code_bag(bag).compute()
        self.assertEqual(herald.dask._coders, {}, "no coder is built in the client process")
        built = self.client.run(lambda: len(herald.dask._coders))
        self.assertEqual(len(built), 2)
        self.assertGreaterEqual(sum(built.values()), 1)
        kept = self.client.run(lambda: herald.dask.coder() is herald.dask.coder())
        self.assertEqual(list(kept.values()), [True, True])

    def test_coder_options_reach_the_workers(self):
        import dask.bag as db
        options = dict(support.DICTIONARY_FILES)
        bag = db.from_sequence(self.stories[:6], npartitions=2)
        events = herald.dask.code_bag(bag, **options).compute()
        coder = herald.Coder(**options)
        expected = []
        for story in self.stories[:6]:
            expected += coder.code(story["text"], date=story["date"], id=story["id"])
        self.assertGreater(len(expected), 0)
        self.assertEqual(events, expected)


if __name__ == "__main__":
    unittest.main()
