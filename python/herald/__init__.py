"""herald: CAMEO political event coding of news text, from Python.

    import herald
    coder = herald.Coder()                      # built-in dictionaries, the installed model
    coder.code("Colombia accused the United States of spying.", date="2024-03-05", id="s1")
    events = coder.code_frame(stories)          # pandas DataFrame of stories -> of events

Coder takes the dictionary choices of `herald code`: the built-in dictionaries by default, a
folder laid out like data/dictionaries (dict_dir=...), or single files (actors=[...], agents=...,
verbs=..., discards=..., issues=..., in dict_format 'petrarch' or 'tabari'); models=... names
the folder holding en_ewt.syntax (default: $HERALD_MODELS, then the places `herald code`
searches), beam=... narrows the parser's beam and beam_margin=... sets its score margin (0: exact
beam search; see models/MODEL_CARD.md). A Coder is immutable; any number of threads
may use one at once, and the coding runs without the GIL. herald.dask codes Dask bags and
dataframes on a cluster (docs/scaling.md).
"""

import json
import math
import os
import warnings

from herald._herald import EVENT_COLUMNS, EVENT_FIELDS, ModelError, __version__
from herald._herald import Coder as _CoreCoder

__all__ = ["Coder", "DictionaryWarning", "EVENT_COLUMNS", "EVENT_FIELDS", "ModelError", "__version__",
           "read_stories"]


def read_stories(path, limit=None):
    """The stories of a JSON Lines file, as dicts with the id, date and text that Coder.code and
    code_frame take (the input format of `herald code`); at most `limit` of them when given."""
    stories = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(stories) >= limit:
                break
            record = json.loads(line)
            stories.append({"id": record["id"], "date": record.get("date", ""), "text": record["text"]})
    return stories


class DictionaryWarning(UserWarning):
    """Entries of a dictionary file were malformed and skipped (see Coder.diagnostics)."""


def _existing_path(path, option, want_dir=False):
    path = os.fspath(path)
    if not (os.path.isdir(path) if want_dir else os.path.isfile(path)):
        kind = "folder" if want_dir else "file"
        raise FileNotFoundError(f"{option}: no such {kind}: {path}")
    return path


def _optional_path(path, option):
    return "" if path is None else _existing_path(path, option)


def _date_text(date):
    """'' for a missing date; the ISO date of a date, datetime or pandas Timestamp; else str."""
    if date is None or (isinstance(date, float) and math.isnan(date)):
        return ""
    if hasattr(date, "strftime"):
        try:
            return date.strftime("%Y-%m-%d")
        except ValueError:  # pandas.NaT
            return ""
    return str(date)


class Coder(_CoreCoder):
    """Codes stories into CAMEO events; see the module documentation for the options."""

    def __init__(self, *, dict_dir=None, actors=(), agents=None, verbs=None, discards=None,
                 issues=None, dict_format="petrarch", models=None, beam=None, beam_margin=None):
        if isinstance(actors, (str, os.PathLike)):
            actors = [actors]
        if beam is not None and not 1 <= int(beam) <= 64:
            raise ValueError(f"beam must be between 1 and 64, not {beam}")
        if beam_margin is not None and not 0 <= float(beam_margin) <= 1000:
            raise ValueError(f"beam_margin must be between 0 and 1000, not {beam_margin}")
        super().__init__(
            dict_dir="" if dict_dir is None else _existing_path(dict_dir, "dict_dir", want_dir=True),
            actors=[_existing_path(path, "actors") for path in actors],
            agents=_optional_path(agents, "agents"),
            verbs=_optional_path(verbs, "verbs"),
            discards=_optional_path(discards, "discards"),
            issues=_optional_path(issues, "issues"),
            dict_format=dict_format,
            models="" if models is None else os.fspath(models),
            beam=0 if beam is None else int(beam),
            beam_margin=-1.0 if beam_margin is None else float(beam_margin),
        )
        if self.dictionary_errors:
            errors = [line for line in self.diagnostics if ": error: " in line]
            shown = "\n  ".join(errors[:10])
            more = f"\n  ... and {len(errors) - 10} more" if len(errors) > 10 else ""
            warnings.warn(f"{len(errors)} dictionary entries skipped:\n  {shown}{more}",
                          DictionaryWarning, stacklevel=2)

    def __reduce__(self):
        raise TypeError("a herald.Coder cannot be pickled (it holds compiled dictionaries and a "
                        "model); send the options instead: herald.dask builds one Coder per worker "
                        "process from them")

    def code(self, text, date=None, id=""):
        """Codes one story: a list of dicts with the fields of `herald code` JSON Lines output
        (EVENT_FIELDS; spans are [begin, end] code-point offsets, null values None)."""
        return super().code(text, date=_date_text(date), id=str(id))

    def code_frame(self, stories):
        """Codes a pandas DataFrame of stories (columns text, and id and date when present;
        others are ignored) into a DataFrame of events with the CSV output's columns
        (EVENT_COLUMNS), in story order. Without an id column the index labels are the ids."""
        if "text" not in stories.columns:
            raise KeyError("the stories frame needs a 'text' column")
        texts = stories["text"].tolist()
        ids = [str(i) for i in (stories["id"] if "id" in stories.columns else stories.index)]
        dates = [_date_text(d) for d in stories["date"]] if "date" in stories.columns else [""] * len(texts)
        return events_frame(self.code_columns(ids, dates, texts))


def events_frame(columns=None):
    """A DataFrame of events from Coder.code_columns output; without it, an empty frame with the
    columns and dtypes (the `meta` of herald.dask.code_dataframe)."""
    import pandas as pd

    if columns is None:
        columns = {name: [] for name in EVENT_COLUMNS}
    numeric = {"sentence_index", "source_begin", "source_end", "target_begin", "target_end",
               "verb_begin", "verb_end"}
    data = {}
    for name in EVENT_COLUMNS:
        values = columns[name]
        if name == "quad_class":
            data[name] = pd.array(values, dtype="Int64")
        elif name == "goldstein":
            data[name] = pd.array([math.nan if v is None else v for v in values], dtype="float64")
        elif name in numeric:
            data[name] = pd.array(values, dtype="int64")
        else:
            data[name] = pd.array(values, dtype="object")
    return pd.DataFrame(data)
