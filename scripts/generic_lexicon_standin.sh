#!/usr/bin/env bash
# Score the actors extractor as if the lexicon knew none of the wars of the texts: the stand-in for
# the kept-back sets (issue 13). It copies plugins/polemos_actors into a scratch folder, keeps only
# the generic lexicon files (states, international bodies, media), puts that copy first on
# PYTHONPATH and runs `polemos evaluate` on the realgold dev split (or the folders given).
#
#   scripts/generic_lexicon_standin.sh SCRATCH_DIR [--errors] [GOLD_DIR ...]
#
# SCRATCH_DIR is emptied and reused. POLEMOS (default: .venv/bin/polemos of this checkout) is the
# command run; PYTHON (default: .venv/bin/python) checks the copy is the one imported.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${1:?usage: $0 SCRATCH_DIR [--errors] [GOLD_DIR ...]}"
shift
args=("$@")
if [ "${#args[@]}" -eq 0 ] || { [ "${#args[@]}" -eq 1 ] && [ "${args[0]}" = --errors ]; }; then
  args+=("$root/tests/data/realgold/dev")
fi
polemos="${POLEMOS:-$root/.venv/bin/polemos}"
python="${PYTHON:-$root/.venv/bin/python}"
keep="states.yaml international.yaml media.yaml"
rm -rf "$scratch/polemos_actors"
mkdir -p "$scratch"
cp -r "$root/plugins/polemos_actors" "$scratch/polemos_actors"
find "$scratch/polemos_actors" -name __pycache__ -prune -exec rm -rf {} +
for f in "$scratch/polemos_actors/lexicon/"*.yaml; do
  case " $keep " in
    *" $(basename "$f") "*) ;;
    *) rm "$f" ;;
  esac
done
# An entry of a kept file may name a parent (or a renaming) from a removed file: drop that field.
"$python" - "$scratch/polemos_actors/lexicon" <<'PY'
import sys
from pathlib import Path

import yaml

files = sorted(Path(sys.argv[1]).glob("*.yaml"))
docs = {path: yaml.safe_load(path.read_text(encoding="utf-8")) for path in files}
ids = {entry["id"] for doc in docs.values() for entry in doc["actors"]}
for path, doc in docs.items():
    dropped = 0
    for entry in doc["actors"]:
        for ref in ("parent", "renamed_to", "renamed_from"):
            if entry.get(ref) is not None and entry[ref] not in ids:
                del entry[ref]
                dropped += 1
    if dropped:
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
        print(f"{path.name}: {dropped} reference(s) to removed entries dropped", file=sys.stderr)
PY
export PYTHONPATH="$scratch${PYTHONPATH:+:$PYTHONPATH}"
imported="$("$python" -c 'import polemos_actors; print(polemos_actors.__file__)')"
case "$imported" in
  "$scratch"/*) ;;
  *) echo "polemos_actors imported from $imported, not from the scratch copy" >&2; exit 1 ;;
esac
echo "lexicon files: $(cd "$scratch/polemos_actors/lexicon" && ls ./*.yaml | xargs -n1 basename | tr '\n' ' ')" >&2
exec "$polemos" evaluate "${args[@]}"
