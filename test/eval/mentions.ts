// Measures entity linking against test/eval/mentions/mentions.jsonl: every labelled mention must be
// found and linked to the right entity ("?": left ambiguous); every other linked mention is a false alarm.
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {buildIndex} from '../../server/src/entities/load.js'
import {findMentions} from '../../server/src/entities/mentions.js'
import {parseBriefing} from '../../server/src/engine/parse.js'

interface Item {
  id: string
  date: string
  text: string
  mentions: {text: string; start: number; entity: string}[]
}

export interface LinkingResult {
  tp: number
  fp: number
  fn: number
  errors: string[]
}

export function evaluateLinking(path = resolve(import.meta.dirname, 'mentions/mentions.jsonl')): LinkingResult {
  const index = buildIndex()
  const items = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Item)
  const result: LinkingResult = {tp: 0, fp: 0, fn: 0, errors: []}
  for (const item of items) {
    const header = `---\ntitle: Evaluation\ndate: ${item.date}\n---\n\n`
    const text = header + item.text
    const predicted = findMentions(parseBriefing(text), index).map((mention) => ({
      start: mention.span.start - header.length,
      surface: mention.surface,
      // A title in apposition ("The Russian Defence Minister, Andrey Belousov") names the person after it.
      entity: mention.entityId ?? (mention.candidates ? '?' : mention.titles && /,/.test(text.slice(mention.span.end, mention.titles.span.start)) ? mention.titles.entityId : undefined)
    }))
    const used = new Set<number>()
    for (const gold of item.mentions) {
      const match = predicted.findIndex((mention, at) => !used.has(at) && mention.start === gold.start)
      if (match === -1) {
        result.fn++
        result.errors.push(`${item.id}: missed ${gold.text} (${gold.entity})`)
        continue
      }
      used.add(match)
      if (predicted[match]!.entity === gold.entity) result.tp++
      else {
        result.fp++
        result.fn++
        result.errors.push(`${item.id}: ${gold.text} linked to ${predicted[match]!.entity}, not ${gold.entity}`)
      }
    }
    for (const [at, mention] of predicted.entries()) {
      if (used.has(at) || mention.entity === undefined) continue
      result.fp++
      result.errors.push(`${item.id}: linked ${mention.surface} (${mention.entity}), which is not a labelled mention`)
    }
  }
  return result
}
