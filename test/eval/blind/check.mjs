#!/usr/bin/env node
// Verifies the evaluation set: re-reads every *.brief.md file and labels.jsonl,
// checks offsets (JavaScript UTF-16 string indices), schema, span rules and
// consistency, then prints counts. Exit code 1 on any error.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const TYPES = new Set(['person', 'organization', 'place']);
const FORMS = ['full', 'surname', 'given', 'title-only', 'acronym', 'alias', 'other'];
const errors = [];
const warnings = [];

const files = fs.readdirSync(dir).filter(f => /^\d\d-[a-z0-9-]+\.brief\.md$/.test(f)).sort();
const texts = Object.fromEntries(files.map(f => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

// ---- front matter and length ----
const words = {};
for (const f of files) {
  const t = texts[f];
  const m = t.match(/^---\ntitle: (.+)\ndate: (\d{4}-\d{2}-\d{2})\nsources: \{\}\n---\n/);
  if (!m) { errors.push(`${f}: front matter does not match the required shape`); continue; }
  const date = m[2];
  if (date < '2025-01-01' || date > '2026-10-31' || isNaN(Date.parse(date))) errors.push(`${f}: date ${date} out of range`);
  const body = t.slice(m[0].length);
  words[f] = body.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length;
  if (words[f] < 350 || words[f] > 700) errors.push(`${f}: body has ${words[f]} words (want 350-700)`);
}

// ---- labels ----
const lines = fs.readFileSync(path.join(dir, 'labels.jsonl'), 'utf8').split('\n').filter(l => l.trim());
const labels = [];
lines.forEach((line, i) => {
  let l;
  try { l = JSON.parse(line); } catch (e) { errors.push(`labels.jsonl:${i + 1}: invalid JSON`); return; }
  const where = `labels.jsonl:${i + 1} (${l.file} "${l.text}")`;
  for (const k of ['file', 'start', 'end', 'text', 'type', 'entity', 'wikidata', 'form']) if (!(k in l)) errors.push(`${where}: missing ${k}`);
  if (!(l.file in texts)) { errors.push(`${where}: unknown file`); return; }
  if (!Number.isInteger(l.start) || !Number.isInteger(l.end) || l.start < 0 || l.end <= l.start) errors.push(`${where}: bad offsets`);
  const slice = texts[l.file].slice(l.start, l.end);
  if (slice !== l.text) errors.push(`${where}: text mismatch, file has "${slice}"`);
  if (!TYPES.has(l.type)) errors.push(`${where}: bad type ${l.type}`);
  if (!FORMS.includes(l.form)) errors.push(`${where}: bad form ${l.form}`);
  if (l.wikidata !== null && !/^Q\d+$/.test(l.wikidata)) errors.push(`${where}: bad wikidata ${l.wikidata}`);
  if (typeof l.entity !== 'string' || !l.entity) errors.push(`${where}: empty entity`);
  if (l.text !== l.text.trim()) errors.push(`${where}: span has surrounding whitespace`);
  if (/^the /.test(l.text)) errors.push(`${where}: span starts with lowercase "the"`);
  if (/'s$|’s$/.test(l.text)) errors.push(`${where}: span includes possessive`);
  if (l.type === 'person' && l.form !== 'title-only' && /^(Mr|Mrs|Ms|Dr|President|Prime Minister|Secretary|Sheikh|General|King|Queen|Pope)\b/.test(l.text))
    errors.push(`${where}: person span starts with a title`);
  labels.push(l);
});

// overlaps
for (const f of files) {
  const ls = labels.filter(l => l.file === f).sort((a, b) => a.start - b.start);
  for (let i = 1; i < ls.length; i++) if (ls[i].start < ls[i - 1].end) errors.push(`${f}: overlapping labels "${ls[i - 1].text}" and "${ls[i].text}"`);
}

// entity consistency: one type and one wikidata id per canonical entity
const ent = {};
for (const l of labels) {
  const e = (ent[l.entity] ||= { types: new Set(), qids: new Set(), n: 0 });
  e.types.add(l.type); e.qids.add(l.wikidata); e.n++;
}
for (const [name, e] of Object.entries(ent)) {
  if (e.types.size > 1) errors.push(`entity "${name}" has several types: ${[...e.types]}`);
  if (e.qids.size > 1) errors.push(`entity "${name}" has several wikidata ids: ${[...e.qids]}`);
}

// heuristic: an exact surface string labelled somewhere in a file but left unlabelled elsewhere in that file
const PRONOUN_LIKE = new Set(['He']);
for (const f of files) {
  const t = texts[f];
  const ls = labels.filter(l => l.file === f);
  const covered = new Uint8Array(t.length);
  for (const l of ls) for (let i = l.start; i < l.end; i++) covered[i] = 1;
  for (const s of new Set(ls.filter(l => l.form !== 'title-only').map(l => l.text))) {
    if (PRONOUN_LIKE.has(s)) continue;
    let i = -1;
    while ((i = t.indexOf(s, i + 1)) >= 0) {
      const before = t[i - 1] || ' ', after = t[i + s.length] || ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      if (!covered[i]) warnings.push(`${f}: "${s}" at ${i} is not labelled`);
    }
  }
}

// ---- report ----
const count = (arr, key) => arr.reduce((m, x) => (m[key(x)] = (m[key(x)] || 0) + 1, m), {});
const table = obj => Object.entries(obj).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(34)} ${v}`).join('\n');
console.log(`files: ${files.length}   labels: ${labels.length}   distinct entities: ${Object.keys(ent).length}`);
console.log('\nby type:\n' + table(count(labels, l => l.type)));
console.log('\nby form:\n' + table(count(labels, l => l.form)));
const tf = count(labels, l => `${l.type} / ${l.form}`);
console.log('\nby type / form:\n' + table(tf));
console.log('\nby file (labels, persons, orgs, places, body words):');
for (const f of files) {
  const ls = labels.filter(l => l.file === f);
  const c = count(ls, l => l.type);
  console.log(`  ${f.padEnd(36)} ${String(ls.length).padStart(4)} ${String(c.person || 0).padStart(4)} ${String(c.organization || 0).padStart(4)} ${String(c.place || 0).padStart(4)} ${String(words[f]).padStart(5)}`);
}
const fict = labels.filter(l => /fictional/.test(l.note || ''));
const fm = labels.filter(l => /front-matter title/.test(l.note || ''));
console.log(`\nmentions of fictional people/organisations: ${fict.length} (persons: ${fict.filter(l => l.type === 'person').length})`);
console.log(`mentions inside front-matter titles: ${fm.length}`);
console.log(`labels with a wikidata id: ${labels.filter(l => l.wikidata).length}`);
const astral = files.filter(f => /[\u{10000}-\u{10FFFF}]/u.test(texts[f]));
console.log(`files containing characters outside the BMP (UTF-16 surrogate pairs): ${astral.join(', ') || 'none'}`);

if (warnings.length) console.log('\nWARNINGS:\n' + warnings.join('\n'));
if (errors.length) { console.log('\nERRORS:\n' + errors.join('\n')); process.exit(1); }
console.log('\nOK: every label matches its file text; no errors.');
