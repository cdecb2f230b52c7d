#!/usr/bin/env bash
# herald's main job on the bundled examples, with the built-in dictionaries and model:
# code the stories into events, store them, and show how Colombia and the United States
# treated each other. Run after scripts/setup.sh (the README's first command does both).
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p build/examples
echo "== herald code examples/stories.jsonl  (events as JSON Lines: build/examples/events.jsonl)"
build/herald code examples/stories.jsonl -o build/examples/events.jsonl
build/herald code examples/stories.jsonl --output tsv 2>/dev/null | cut -f1-7,12 | column -t -s $'\t' | head -30

echo
echo "== herald ingest examples/stories.jsonl --db build/examples/herald.db"
rm -f build/examples/herald.db build/examples/herald.db-wal build/examples/herald.db-shm
build/herald ingest examples/stories.jsonl --db build/examples/herald.db

echo
echo "== herald dyad COL USA  (the Colombia-U.S. dyad by week)"
build/herald dyad COL USA --db build/examples/herald.db --by week

build/herald plot COL USA --db build/examples/herald.db -o build/examples/col-usa.svg
echo
echo "Chart: build/examples/col-usa.svg"
echo "Dashboard: build/herald serve --db build/examples/herald.db   then open http://127.0.0.1:8080/#COL-USA"
