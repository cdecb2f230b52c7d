"""The herald module: its events equal `herald code` output, its options, code_frame, and that
coding runs without the GIL."""

import datetime
import json
import os
import sys
import tempfile
import threading
import time
import unittest
import warnings

import pandas as pd

import herald
import support


def code_all(coder, stories):
    events = []
    for story in stories:
        events.extend(coder.code(story["text"], date=story["date"], id=story["id"]))
    return events


class CoderTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.coder = herald.Coder()

    def test_module_imports(self):
        self.assertRegex(herald.__version__, r"^\d+\.\d+\.\d+$")
        self.assertEqual(len(herald.EVENT_COLUMNS), 19)
        self.assertEqual(herald.EVENT_COLUMNS[:3], ("date", "source", "target"))
        self.assertEqual(self.coder.dictionary_source, "built-in")
        self.assertEqual(self.coder.dictionary_errors, 0)

    def test_code_equals_herald_code_jsonl(self):
        expected = support.herald_code_jsonl(support.STORIES)
        got = code_all(self.coder, support.STORIES)
        self.assertGreaterEqual(len(expected), 5, "the test stories should give events")
        self.assertEqual(got, expected)
        for event in got:  # same keys in the same order, and the same JSON types
            self.assertEqual(tuple(event), herald.EVENT_FIELDS)
            self.assertIsInstance(event["sentence_index"], int)
            self.assertIsInstance(event["goldstein"], (float, type(None)))

    def test_read_stories_reads_what_herald_code_reads(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "stories.jsonl")
            with open(path, "w", encoding="utf-8") as out:
                for story in support.STORIES:
                    out.write(json.dumps({**story, "extra": 1}, ensure_ascii=False) + "\n")
            self.assertEqual(herald.read_stories(path), support.STORIES)
            self.assertEqual(herald.read_stories(path, 2), support.STORIES[:2])

    def test_code_equals_herald_code_on_reuters(self):
        stories = support.reuters_stories(60)
        if stories is None:
            self.skipTest(f"skipped: {support.REUTERS} is absent")
        expected = support.herald_code_jsonl(stories)
        self.assertGreater(len(expected), 0)
        self.assertEqual(code_all(self.coder, stories), expected)

    def test_dictionary_files_equal_herald_code_with_the_same_flags(self):
        coder = herald.Coder(**support.DICTIONARY_FILES)
        self.assertEqual(coder.dictionary_source, "files")
        expected = support.herald_code_jsonl(support.STORIES, support.dictionary_flags(support.DICTIONARY_FILES))
        self.assertEqual(code_all(coder, support.STORIES), expected)
        # Petro's code depends on the date (COLOPP until 2022-08-06, COLGOV after).
        text = "Petro praised Washington."
        self.assertEqual([e["source"] for e in coder.code(text, date="2023-01-05")], ["COLGOV"])
        self.assertEqual([e["source"] for e in coder.code(text, date=datetime.date(2021, 1, 5))], ["COLOPP"])
        self.assertEqual([e["source"] for e in coder.code(text, date=pd.Timestamp("20210105"))], ["COLOPP"])

    def test_dict_dir_of_the_builtin_files_codes_as_the_builtin_dictionaries(self):
        coder = herald.Coder(dict_dir=os.path.join(support.SOURCE_DIR, "data", "dictionaries"))
        self.assertEqual(code_all(coder, support.STORIES), code_all(self.coder, support.STORIES))

    def test_models_and_beam_equal_herald_code_with_the_same_flags(self):
        models = os.path.join(support.SOURCE_DIR, "models")
        stories = support.STORIES + (support.reuters_stories(30) or [])
        coder = herald.Coder(models=models, beam=1)
        expected = support.herald_code_jsonl(stories, ["--models", models, "--beam", "1"])
        self.assertEqual(code_all(coder, stories), expected)
        exact = herald.Coder(models=models, beam=4, beam_margin=0)
        expected = support.herald_code_jsonl(stories, ["--models", models, "--beam", "4", "--beam-margin", "0"])
        self.assertEqual(code_all(exact, stories), expected)

    def test_bad_options_and_input_raise_clear_errors(self):
        with self.assertRaisesRegex(FileNotFoundError, "verbs: no such file: /no/such/verbs.txt"):
            herald.Coder(verbs="/no/such/verbs.txt")
        with self.assertRaisesRegex(FileNotFoundError, "dict_dir"):
            herald.Coder(dict_dir="/no/such/folder")
        with self.assertRaisesRegex(ValueError, "not both"):
            herald.Coder(dict_dir=support.CODING_DATA, verbs=support.DICTIONARY_FILES["verbs"])
        with self.assertRaisesRegex(ValueError, "dict_format"):
            herald.Coder(dict_format="cameo", **support.DICTIONARY_FILES)
        with self.assertRaisesRegex(ValueError, "beam must be between 1 and 64, not 0"):
            herald.Coder(beam=0)
        with self.assertRaisesRegex(ValueError, "beam_margin must be between 0 and 1000, not -1"):
            herald.Coder(beam_margin=-1)
        with self.assertRaisesRegex(herald.ModelError, "/no/such/models"):
            herald.Coder(models="/no/such/models")
        with self.assertRaisesRegex(ValueError, "story 'x': bad date '2024-02-30'"):
            self.coder.code("Colombia accused Venezuela.", date="2024-02-30", id="x")
        with self.assertRaisesRegex(TypeError, "story 'y': text must be str, not bytes"):
            self.coder.code(b"Colombia accused Venezuela.", id="y")
        with self.assertRaisesRegex(ValueError, "lone surrogate"):
            self.coder.code("Colombia \udcff accused Venezuela.")

    def test_a_coder_does_not_pickle_and_says_what_to_do(self):
        import pickle
        with self.assertRaisesRegex(TypeError, "herald.dask builds one Coder per worker"):
            pickle.dumps(self.coder)

    def test_malformed_dictionary_entries_warn_and_are_listed(self):
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            verbs = os.path.join(tmp, "verbs.txt")
            with open(verbs, "w") as out:
                out.write("--- ACCUSE [112] ---\nACCUSE\n- * BY [abc\n")
            with self.assertWarns(herald.DictionaryWarning) as caught:
                coder = herald.Coder(actors=support.DICTIONARY_FILES["actors"], verbs=verbs)
        self.assertGreater(coder.dictionary_errors, 0)
        self.assertIn(verbs + ":3:", str(caught.warning))
        self.assertTrue(any(line.startswith(verbs + ":3: error:") for line in coder.diagnostics))
        self.assertEqual([e["code"] for e in coder.code("Colombia accused Venezuela.")], ["112"])

    def test_code_frame_of_three_stories(self):
        frame = pd.DataFrame({
            "id": [101, 102, 103],
            "date": pd.to_datetime(["2024-03-05", "2022-01-10", "2023-11-20"]),
            "text": [support.STORIES[0]["text"], support.STORIES[2]["text"], support.STORIES[1]["text"]],
            "title": ["a", "b", "c"],
        })
        events = self.coder.code_frame(frame)
        self.assertEqual(tuple(events.columns), herald.EVENT_COLUMNS)
        self.assertEqual(str(events["quad_class"].dtype), "Int64")
        self.assertEqual(str(events["goldstein"].dtype), "float64")
        self.assertEqual(str(events["verb_begin"].dtype), "int64")
        expected = []
        for row in frame.itertuples():
            expected += self.coder.code(row.text, date=row.date.date(), id=row.id)
        self.assertEqual(len(events), len(expected))
        self.assertGreaterEqual(len(expected), 3)
        self.assertEqual(list(events["story_id"]), [e["story_id"] for e in expected])
        self.assertEqual(set(events["story_id"]), {"101", "103"})
        for event, row in zip(expected, events.to_dict("records")):
            self.assertEqual(row["source_begin"], event["source_span"][0])
            self.assertEqual(row["verb_end"], event["verb_span"][1])
            for field in ("date", "source", "target", "code", "root_code", "quad_class", "goldstein",
                          "sentence_index", "source_text", "target_text", "verb_text", "sentence"):
                self.assertEqual(row[field], event[field], field)

    def test_code_frame_without_id_and_date_and_with_no_events(self):
        frame = pd.DataFrame({"text": ["Colombia accused Venezuela.", "Nothing happened."]}, index=[7, 8])
        events = self.coder.code_frame(frame)
        self.assertEqual(list(events["story_id"]), ["7"])
        self.assertEqual(list(events["date"]), [""])
        empty = self.coder.code_frame(frame.iloc[1:])
        self.assertEqual(len(empty), 0)
        self.assertEqual(tuple(empty.columns), herald.EVENT_COLUMNS)
        with self.assertRaisesRegex(KeyError, "text"):
            self.coder.code_frame(pd.DataFrame({"body": ["x"]}))
        with self.assertRaisesRegex(TypeError, "story '1': text must be str, not NoneType"):
            self.coder.code_frame(pd.DataFrame({"id": [0, 1], "text": ["Colombia accused Venezuela.", None]}))


class GilTest(unittest.TestCase):
    """Coding releases the GIL. The probe: with a switch interval of an hour, a thread holding
    the GIL keeps it until it blocks or gives it up, so an observer thread that loops while the
    coder thread codes can see the coder thread *inside* a call only if the call released the
    GIL. A call that holds the GIL (checked first, so the probe itself is shown to work) is never
    seen from inside."""

    @classmethod
    def setUpClass(cls):
        cls.coder = herald.Coder()
        cls.text = " ".join(story["text"] for story in support.STORIES) * 4

    def seen_inside(self, call, attempts=20):
        state = {"phase": "before", "seen": False}

        def observer():
            while state["phase"] != "after":
                if state["phase"] == "inside":
                    state["seen"] = True
                time.sleep(0)  # blocks briefly, so gives the GIL up

        def caller():
            for _ in range(attempts):
                state["phase"] = "inside"
                call()
                state["phase"] = "between"
                if state["seen"]:
                    break
            state["phase"] = "after"

        interval = sys.getswitchinterval()
        sys.setswitchinterval(3600)
        try:
            threads = [threading.Thread(target=observer), threading.Thread(target=caller)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            sys.setswitchinterval(interval)
        return state["seen"]

    def test_coding_releases_the_gil(self):
        self.assertFalse(self.seen_inside(lambda: sum(range(2_000_000)), attempts=3),
                         "the probe must not see inside a call that holds the GIL")
        self.assertTrue(self.seen_inside(lambda: self.coder.code(self.text, date="2024-01-01")))
        frame = pd.DataFrame({"id": ["a", "b"], "date": ["2024-01-01"] * 2, "text": [self.text] * 2})
        self.assertTrue(self.seen_inside(lambda: self.coder.code_frame(frame)))

    def test_threads_sharing_a_coder_get_the_sequential_events(self):
        expected = code_all(self.coder, support.STORIES)
        results = [None] * 4

        def work(slot):
            results[slot] = code_all(self.coder, support.STORIES)

        threads = [threading.Thread(target=work, args=(slot,)) for slot in range(len(results))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for result in results:
            self.assertEqual(result, expected)


if __name__ == "__main__":
    warnings.simplefilter("default")
    unittest.main()
