// QA helper: lists capitalised words that are not covered by any label, for manual review.
import fs from 'node:fs';
import path from 'node:path';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const labels = fs.readFileSync(path.join(root, 'labels.jsonl'), 'utf8').trim().split('\n').map(JSON.parse);
const files = fs.readdirSync(root).filter(f => f.endsWith('.brief.md')).sort();
const counts = {};
for (const f of files) {
  const t = fs.readFileSync(path.join(root, f), 'utf8');
  const ls = labels.filter(l => l.file === f);
  const covered = new Uint8Array(t.length);
  for (const l of ls) for (let i = l.start; i < l.end; i++) covered[i] = 1;
  const re = /\p{Lu}[\p{L}'’.-]*/gu;
  let m;
  while ((m = re.exec(t))) {
    if (covered[m.index]) continue;
    const w = m[0];
    const k = w;
    (counts[k] ||= []).push(f.slice(0, 2));
  }
}
console.log(Object.entries(counts).sort((a, b) => a[0].localeCompare(b[0])).map(([w, fs]) => `${w} ${fs.length} [${[...new Set(fs)].join(',')}]`).join('\n'));
