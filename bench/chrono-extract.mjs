// chrono-node's side of the whole-process comparison with `dossier extract` (bench/extract.mjs): reads
// the same JSON Lines on stdin ({"id", "text", "lang": "nl"|"fr"|"en", "reference": "YYYY-MM-DD"}), runs
// chrono's parser for that language (chrono.nl, chrono.fr, chrono.en) with the reference date, and
// writes one {"id", "dates": [{"text", "index", "start", "end"}]} line per input line. Dates only: chrono
// finds no entities.
import * as chrono from "chrono-node";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const lines = Buffer.concat(chunks).toString("utf8").split("\n");
const out = [];
for (const line of lines) {
  if (!line.trim()) continue;
  const { id, text, lang, reference } = JSON.parse(line);
  const parser = chrono[lang] ?? chrono.en;
  const ref = new Date(`${reference ?? "2020-01-15"}T12:00:00Z`);
  const dates = parser.parse(text, ref).map((r) => ({
    text: r.text,
    index: r.index,
    start: r.start.date().toISOString(),
    end: r.end ? r.end.date().toISOString() : null,
  }));
  out.push(JSON.stringify({ id, dates }));
}
process.stdout.write(out.join("\n") + "\n");
