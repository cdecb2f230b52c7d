"""What the Python tests share: the stories they code, the paths CMake passes, and running the
herald program to compare against."""

import json
import os
import subprocess
import tempfile
import unittest

SOURCE_DIR = os.environ.get("HERALD_SOURCE_DIR",
                            os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
HERALD_BINARY = os.environ.get("HERALD_BINARY", "")
CODING_DATA = os.path.join(SOURCE_DIR, "tests", "data", "coding")
REUTERS = os.path.join(SOURCE_DIR, "..", "shared", "corpus", "reuters21578.jsonl")

# Stories written for these tests: events, a story with none, dated actor codes, non-ASCII text
# (code-point offsets), a byte-order mark and a NUL byte (cleaned as the readers clean them).
STORIES = [
    {"id": "s1", "date": "2024-03-05",
     "text": "Colombia accused the United States of spying. Rain fell all day in Bogota."},
    {"id": "s2", "date": "2023-11-20",
     "text": "Russian troops attacked Ukrainian positions near Kharkiv, and Kyiv condemned Moscow."},
    {"id": "s3", "date": "2022-01-10", "text": "Markets were calm. Nothing else happened."},
    {"id": "s4", "date": "2023-02-01",
     "text": "Petro praised Washington on Thursday. The Venezuelan government blamed Colombia."},
    {"id": "s5", "date": "2021-05-01",
     "text": "En Bogot\u00e1, Petro met Venezuelan ministers. \u00abCaracas\u00bb boycotted U.S. firms."},
    {"id": "s6", "date": "2024-07-04",
     "text": "\ufeffIsrael\u0000 attacked Hamas. Egypt urged Israel to stop; Iran threatened Israel."},
]

DICTIONARY_FILES = {
    "actors": [os.path.join(CODING_DATA, "actors.txt")],
    "agents": os.path.join(CODING_DATA, "agents.txt"),
    "verbs": os.path.join(CODING_DATA, "verbs.txt"),
}


def dictionary_flags(files):
    flags = []
    for path in files["actors"]:
        flags += ["--actors", path]
    return flags + ["--agents", files["agents"], "--verbs", files["verbs"]]


def herald_code_jsonl(stories, flags=()):
    """The events `herald code` writes for `stories` (dicts with id, date, text), parsed."""
    if not HERALD_BINARY:
        raise unittest.SkipTest("HERALD_BINARY is not set (run the tests through ctest)")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "stories.jsonl")
        with open(path, "w", encoding="utf-8") as out:
            for story in stories:
                out.write(json.dumps(story, ensure_ascii=False) + "\n")
        run = subprocess.run([HERALD_BINARY, "code", *flags, path], capture_output=True, timeout=120)
    if run.returncode != 0:
        raise AssertionError(f"herald code failed ({run.returncode}): {run.stderr.decode()}")
    return [json.loads(line) for line in run.stdout.decode("utf-8").splitlines()]


def reuters_stories(count):
    """The first `count` Reuters-21578 stories from ../shared, or None when it is absent."""
    if not os.path.isfile(REUTERS):
        return None
    import herald

    return herald.read_stories(REUTERS, count)
