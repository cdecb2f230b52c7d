"""Coding Dask collections of stories on a Dask cluster (docs/scaling.md).

    import dask.bag as db
    import herald.dask
    stories = db.read_text("news-*.jsonl").map(json.loads)
    events = herald.dask.code_bag(stories)               # a bag of event dicts
    frame = herald.dask.code_dataframe(story_frame)      # a Dask DataFrame of events

Each task names its coder options, never the coder itself: a Coder holds compiled dictionaries
and a syntax model that do not pickle, and loading them takes a second or so. Every worker
process builds one Coder per set of options the first time it needs it and keeps it, so the
dictionaries and the model come from the worker's own installation (the built-in dictionaries,
or files at the same paths on every node; the model from $HERALD_MODELS or the places
`herald code` searches). Partitions keep their order, so the result equals coding the same
stories in one process.
"""

import threading

import herald

_coders = {}
_coders_lock = threading.Lock()


def _options_key(options):
    def frozen(value):
        return tuple(value) if isinstance(value, (list, tuple)) else value
    return tuple(sorted((name, frozen(value)) for name, value in options.items()))


def coder(**coder_options):
    """The Coder of this process for `coder_options` (the arguments of herald.Coder), built on
    first use and kept for the life of the process."""
    key = _options_key(coder_options)
    with _coders_lock:
        found = _coders.get(key)
        if found is None:
            found = herald.Coder(**coder_options)
            _coders[key] = found
        return found


def code_stories(stories, coder_options):
    """Codes an iterable of story dicts ({'text': ..., 'id': ..., 'date': ...}; id and date may
    be missing) into one list of event dicts, in order. The function a bag partition runs."""
    instance = coder(**coder_options)
    events = []
    for story in stories:
        events.extend(instance.code(story["text"], date=story.get("date"), id=story.get("id", "")))
    return events


def code_frame(stories, coder_options):
    """Codes a pandas DataFrame of stories; the function a dataframe partition runs."""
    return coder(**coder_options).code_frame(stories)


def code_bag(bag, **coder_options):
    """A dask.bag of event dicts (the fields of `herald code` JSON Lines) from a bag of story
    dicts, one partition of events per partition of stories."""
    return bag.map_partitions(code_stories, coder_options)


def code_dataframe(frame, **coder_options):
    """A Dask DataFrame of events (the columns of herald.EVENT_COLUMNS) from a Dask DataFrame of
    stories with a text column and, optionally, id and date columns. Each output partition
    holds the events of one input partition, indexed from 0."""
    return frame.map_partitions(code_frame, coder_options, meta=herald.events_frame())
