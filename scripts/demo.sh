#!/usr/bin/env bash
# Set up polemos and run the main job: analyse the bundled article with every installed
# extractor, write results/homs-deraa-idleb.json and print a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
POLEMOS_EXTRAS= bash scripts/setup.sh
mkdir -p results
.venv/bin/polemos analyze --example --out results/homs-deraa-idleb.json
.venv/bin/python - <<'PY'
import json
from collections import Counter

data = json.load(open("results/homs-deraa-idleb.json", encoding="utf-8"))
print(f"\nresults/homs-deraa-idleb.json: {len(data['annotations'])} annotations, "
      f"{len(data['relations'])} relations, {len(data['errors'])} errors")
by_id = {a["id"]: a for a in data["annotations"]}
actors = Counter(a["attributes"].get("name") or a["text"] for a in data["annotations"] if a["layer"] == "actors")
print("actors:", ", ".join(f"{name} ({n})" for name, n in actors.most_common()))
for a in data["annotations"]:
    if a["layer"] == "quantities":
        at = a["attributes"]
        print(f"  {a['text']!r:40} value={at.get('value')} bound={at.get('bound')} "
              f"category={at.get('category')} certainty={at.get('certainty')}")
for r in data["relations"]:
    status = r["attributes"].get("status")
    label = f"{r['label']}/{status}" if status else r["label"]
    print(f"  {by_id[r['source']]['text']} --{label}--> {by_id[r['target']]['text']}  [{r['layer']}]")
PY
