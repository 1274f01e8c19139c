import assert from 'node:assert/strict'
import {it} from 'node:test'
import {DETECTORS, loadItems, score} from '../eval/claims.js'

it('flags none of the seed\'s attributed, inherited or cited statements', () => {
  const scored = score(loadItems().filter((item) => item.split === 'seed'))
  const sourced = scored.filter(({label}) => label.claim && ['cited', 'attributed', 'inherited'].includes(label.attribution))
  assert.ok(sourced.length >= 30)
  const flagged = sourced.filter(({predicted}) => DETECTORS['unsourced-claim'](predicted) || DETECTORS['vague-attribution'](predicted))
  assert.deepEqual(flagged.map(({label}) => label.text), [])
})

it('flags the seed\'s unsourced statements, its editorial aside among them', () => {
  const scored = score(loadItems().filter((item) => item.split === 'seed'))
  const unsourced = scored.filter(({label}) => DETECTORS['unsourced-claim'](label))
  assert.ok(unsourced.some(({label}) => label.aside))
  assert.deepEqual(unsourced.filter(({predicted}) => !DETECTORS['unsourced-claim'](predicted)).map(({label}) => label.text), [])
})
