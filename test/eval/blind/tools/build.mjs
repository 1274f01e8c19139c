// Builds the *.brief.md files and labels.jsonl from the hand-annotated sources in ../annotated/*.ann
// Markup: [[surface text|entityKey]] or [[surface text|entityKey|form]] or [[surface text|entityKey|form|note]]
// Offsets are computed on the generated text as JavaScript (UTF-16) string indices.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { E } from './entities.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const annDir = path.join(root, 'annotated');
const TYPES = { p: 'person', o: 'organization', l: 'place' };
const FORMS = new Set(['full', 'surname', 'given', 'title-only', 'acronym', 'alias', 'other']);

function inferForm(span, ent, type, flags) {
  if (span === ent) return 'full';
  if (type === 'p') {
    const sf = flags.includes('sf');
    if (ent.endsWith(' ' + span)) return sf ? 'given' : 'surname';
    if (ent.startsWith(span + ' ')) return sf ? 'surname' : 'given';
    return null; // must be explicit
  }
  if (/^[A-Z][A-Z0-9.&-]*$/.test(span) && span.length <= 8) return 'acronym';
  return 'alias';
}

const files = fs.readdirSync(annDir).filter(f => f.endsWith('.ann')).sort();
const labels = [];
const errors = [];
for (const f of files) {
  const src = fs.readFileSync(path.join(annDir, f), 'utf8');
  const outName = f.replace(/\.ann$/, '.brief.md');
  let out = '';
  let pos = 0;
  const fileLabels = [];
  while (true) {
    const a = src.indexOf('[[', pos);
    if (a < 0) { out += src.slice(pos); break; }
    const b = src.indexOf(']]', a + 2);
    if (b < 0) { errors.push(`${f}: unclosed [[ at ${a}`); out += src.slice(pos); break; }
    out += src.slice(pos, a);
    const parts = src.slice(a + 2, b).split('|');
    const [span, key, formArg, ...noteParts] = parts;
    const def = E[key];
    if (!def) { errors.push(`${f}: unknown key ${key} for "${span}"`); }
    const start = out.length;
    out += span;
    const end = out.length;
    if (def) {
      const [t, ent, qid, flags = ''] = def;
      const type = TYPES[t];
      let form = formArg && formArg.length ? formArg : inferForm(span, ent, t, flags);
      if (!form) errors.push(`${f}: cannot infer form for "${span}" -> ${ent}`);
      else if (!FORMS.has(form)) errors.push(`${f}: bad form ${form} for "${span}"`);
      const notes = [];
      if (noteParts.length) notes.push(noteParts.join('|'));
      if (flags.includes('fict') && !notes.some(n => /fictional/.test(n))) notes.push(type === 'person' ? 'fictional person' : 'fictional organisation');
      fileLabels.push({ file: outName, start, end, text: span, type, entity: ent, wikidata: qid, form, note: notes.length ? notes.join('; ') : undefined });
    }
    pos = b + 2;
  }
  // mark mentions that sit in the YAML front matter title
  const fmEnd = out.indexOf('\n---', 4);
  const titleStart = out.indexOf('title:');
  const titleEnd = out.indexOf('\n', titleStart);
  for (const l of fileLabels) {
    if (l.start >= titleStart && l.end <= titleEnd) l.note = l.note ? `front-matter title; ${l.note}` : 'front-matter title';
    if (l.start > titleEnd && l.start < fmEnd) errors.push(`${f}: label inside front matter outside title: ${l.text}`);
  }
  fs.writeFileSync(path.join(root, outName), out);
  labels.push(...fileLabels);
}
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
fs.writeFileSync(path.join(root, 'labels.jsonl'), labels.map(l => JSON.stringify(l)).join('\n') + '\n');
console.log(`built ${files.length} files, ${labels.length} labels`);
