"""Writes gold/<doc>.jsonl from spans.py: python3 offsets.py (in this folder). Fails on a span it cannot place."""
import json, os, re, sys
from spans import SPANS

here = os.path.dirname(os.path.abspath(__file__))
for doc, spans in SPANS.items():
    text = open(os.path.join(here, "texts", doc + ".txt"), encoding="utf-8").read()
    cursor, lines = 0, []
    for label, covered, attributes in spans:
        m = re.compile(r"(?<![\w])" + re.escape(covered) + r"(?![\w])").search(text, cursor)
        if not m:
            sys.exit(f"{doc}: '{covered}' not found after {cursor}")
        cursor = m.end()
        lines.append(json.dumps({"start": m.start(), "end": m.end(), "label": label, "text": covered,
                                 "attributes": attributes}, ensure_ascii=False))
    with open(os.path.join(here, "gold", doc + ".jsonl"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
print(len(SPANS), "documents,", sum(len(s) for s in SPANS.values()), "spans")
