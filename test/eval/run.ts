// `npm run eval`: precision, recall and F1 of each detector on each split, and every miss.
// `npm run eval -- --polnear <folder>` adds the figures on real news (a PolNeAR checkout; see polnear/README.md).
import {parseArgs} from 'node:util'
import {DETECTORS, figures, loadItems, score} from './claims.js'
import {evaluateBlind, printBlind} from './blind.js'
import {evaluateLinking} from './mentions.js'
import {printPolnear} from './polnear.js'

const {values: options} = parseArgs({options: {polnear: {type: 'string'}, misses: {type: 'string', default: '0'}}})

const items = loadItems()
const splits = [...new Set(items.map((item) => item.split))].sort()
const format = (value: number) => value.toFixed(3)

for (const [rule, flagged] of Object.entries(DETECTORS)) {
  console.log(`\n${rule}`)
  console.log('split   sentences   tp   fp   fn  precision  recall     f1')
  for (const split of splits) {
    const scored = score(items.filter((item) => item.split === split))
    const result = figures(scored, flagged)
    console.log(`${split.padEnd(7)} ${String(scored.length).padStart(9)} ${String(result.tp).padStart(4)} ${String(result.fp).padStart(4)} ${String(result.fn).padStart(4)}  ${format(result.precision).padStart(9)} ${format(result.recall).padStart(7)} ${format(result.f1).padStart(6)}`)
  }
}

console.log('\nMisses (gold → predicted), by split:')
for (const split of splits) {
  const misses = score(items.filter((item) => item.split === split)).filter(({label, predicted}) =>
    Object.values(DETECTORS).some((flagged) => flagged(label) !== flagged(predicted))
  )
  console.log(`\n[${split}] ${misses.length} misses`)
  for (const {id, label, predicted} of misses) {
    const gold = label.claim ? label.attribution : 'non-claim'
    const said = predicted.claim ? predicted.attribution : 'non-claim'
    console.log(`  ${id}: ${gold} → ${said}: ${label.text.slice(0, 110)}`)
  }
}

const linking = evaluateLinking()
const precision = linking.tp / (linking.tp + linking.fp)
const recall = linking.tp / (linking.tp + linking.fn)
console.log('\nentity linking (test/eval/mentions)')
console.log('  tp   fp   fn  precision  recall     f1')
console.log(`${String(linking.tp).padStart(4)} ${String(linking.fp).padStart(4)} ${String(linking.fn).padStart(4)}  ${format(precision).padStart(9)} ${format(recall).padStart(7)} ${format((2 * precision * recall) / (precision + recall)).padStart(6)}`)
for (const error of linking.errors) console.log(`  ${error}`)

void evaluateBlind().then((result) => {
  printBlind(result)
  if (options.polnear) printPolnear(options.polnear, {misses: Number(options.misses)})
  else console.log('\nPolNeAR (real news) skipped: fetch github.com/networkdynamics/PolNeAR and run `npm run eval -- --polnear <folder>`')
})
