// Measures unsourced-claim and vague-attribution against the labelled sets in test/eval/claims/.
// `dev` may be tuned on; `test` is held out; `seed` is the document the product was built from.
import {readFileSync, readdirSync} from 'node:fs'
import {resolve} from 'node:path'
import {analyseClaims, type ClaimUnit} from '../../server/src/engine/claims/analyse.js'
import {parseBriefing} from '../../server/src/engine/parse.js'

interface Label {
  text: string
  claim: boolean
  attribution: string
  aside?: boolean
}

interface Item {
  id: string
  split: string
  markdown: string
  sentences: Label[]
}

export interface Scored {
  id: string
  label: Label
  predicted: {claim: boolean; attribution: string}
}

const HEADER = '---\ntitle: Evaluation fragment\ndate: 2025-07-24\n---\n\n'

export function loadItems(folder = resolve(import.meta.dirname, 'claims')): Item[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(resolve(folder, name), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Item))
}

/** Pairs every labelled sentence with the unit the engine made of the same text. */
export function score(items: Item[]): Scored[] {
  const scored: Scored[] = []
  for (const item of items) {
    const text = HEADER + item.markdown
    const units = analyseClaims(parseBriefing(text)).units
    let from = HEADER.length
    for (const label of item.sentences) {
      const found = text.indexOf(label.text, label.aside ? HEADER.length : from)
      if (found === -1) throw new Error(`${item.id}: labelled text not found: ${label.text}`)
      if (!label.aside) from = found + label.text.length
      const unit = bestUnit(units, found, found + label.text.length, Boolean(label.aside))
      scored.push({id: item.id, label, predicted: unit ? {claim: unit.claim, attribution: unit.claim ? unit.attribution : 'none'} : {claim: false, attribution: 'none'}})
    }
  }
  return scored
}

function bestUnit(units: ClaimUnit[], start: number, end: number, aside: boolean): ClaimUnit | undefined {
  let best: ClaimUnit | undefined
  let bestOverlap = 0
  for (const unit of units) {
    if (unit.aside !== aside) continue
    const overlap = Math.min(end, unit.span.end) - Math.max(start, unit.span.start)
    if (overlap > bestOverlap) {
      best = unit
      bestOverlap = overlap
    }
  }
  return best
}

export interface Figures {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

export function figures(scored: Scored[], flagged: (label: {claim: boolean; attribution: string}) => boolean): Figures {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const {label, predicted} of scored) {
    const gold = flagged(label)
    const said = flagged(predicted)
    if (gold && said) tp++
    else if (said) fp++
    else if (gold) fn++
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  return {tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)}
}

export const DETECTORS = {
  'unsourced-claim': (label: {claim: boolean; attribution: string}) => label.claim && label.attribution === 'unsourced',
  'vague-attribution': (label: {claim: boolean; attribution: string}) => label.claim && label.attribution === 'vague'
}
