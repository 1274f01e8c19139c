// Measures entity linking, unknown-person and spelling reports on the blind mention set (test/eval/blind/,
// written and labelled by someone who had not read the entity list). Labels name entities by their English
// name (and a Wikidata id where the labeller knew it); a label's entity is "in the list" when an entry of
// the same kind has that name among its spellings, or that Wikidata id.
// `BRIEFLINT_ROOT=/path/to/checkout tsx test/eval/blind.ts` measures another checkout's code and list.
import {readFileSync, readdirSync} from 'node:fs'
import {resolve} from 'node:path'

interface Label {
  file: string
  start: number
  end: number
  text: string
  type: 'person' | 'organization' | 'place'
  entity: string
  wikidata: string | null
  form: string
  note?: string
}

interface Span {
  start: number
  end: number
}

export interface BlindResult {
  persons: {labels: number; inList: number; linked: number; wrong: string[]; spurious: string[]; missed: string[]}
  others: Record<string, {labels: number; inList: number; linked: number; wrong: number}>
  unknown: {lacking: number; found: number; falseAlarms: string[]; missed: string[]}
  spelling: string[]
  placeWrong?: string[]
}

const SET = resolve(import.meta.dirname, 'blind')

export async function evaluateBlind(root = resolve(import.meta.dirname, '../..')): Promise<BlindResult> {
  const {buildIndex} = await import(resolve(root, 'server/src/entities/load.ts'))
  const {findMentions} = await import(resolve(root, 'server/src/entities/mentions.ts'))
  const {fold} = await import(resolve(root, 'server/src/entities/normalize.ts'))
  const {lint} = await import(resolve(root, 'server/src/engine/lint.ts'))
  const {rules} = await import(resolve(root, 'server/src/rules/index.ts'))
  const index = buildIndex()
  const key = (name: string) => fold(name.replace(/\s*\([^)]*\)\s*$/, '')).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  const kinds: Record<Label['type'], string> = {person: 'person', organization: 'organization', place: 'place'}
  const bySpelling = new Map<string, string[]>()
  const byWikidata = new Map<string, string>()
  for (const entity of index.entities.values()) {
    for (const spelling of [entity.name, ...(entity.aliases ?? []), ...(entity.deprecated ?? [])]) {
      const list = bySpelling.get(key(spelling)) ?? []
      list.push(entity.id)
      bySpelling.set(key(spelling), list)
    }
    if (entity.links?.wikidata) byWikidata.set(entity.links.wikidata, entity.id)
  }
  const listed = (label: Label): string | undefined => {
    const kind = kinds[label.type]
    const fits = (id: string) => {
      const entityKind = index.entities.get(id)?.kind
      return entityKind === kind || (kind === 'organization' && entityKind === 'other')
    }
    if (label.wikidata && byWikidata.has(label.wikidata) && fits(byWikidata.get(label.wikidata)!)) return byWikidata.get(label.wikidata)
    return (bySpelling.get(key(label.entity)) ?? []).find(fits)
  }
  const labels = readFileSync(resolve(SET, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Label)
    .filter((label) => !label.note?.includes('front-matter title'))
  const result: BlindResult = {
    persons: {labels: 0, inList: 0, linked: 0, wrong: [], spurious: [], missed: []},
    others: {},
    unknown: {lacking: 0, found: 0, falseAlarms: [], missed: []},
    spelling: []
  }
  const lacking = new Map<string, {found: boolean; where: string}>()
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end
  for (const file of readdirSync(SET).filter((name) => name.endsWith('.brief.md')).sort()) {
    const text = readFileSync(resolve(SET, file), 'utf8')
    // (Checkouts from before the service restructuring take the config and the entities separately.)
    const {briefing, messages} = lint.length === 3 ? lint(text, {}, {entities: index}) : lint(text, {rules, entities: index})
    const mentions = findMentions(briefing, index) as {span: Span; surface: string; entityId?: string; form: string; titles?: unknown}[]
    const ours = mentions.filter((mention) => mention.entityId).map((mention) => ({...mention, entity: index.entities.get(mention.entityId!)!}))
    const gold = labels.filter((label) => label.file === file)
    for (const label of gold) {
      const expected = listed(label)
      const predicted = ours.filter((mention) => overlaps(mention.span, label))
      const hit = predicted.find((mention) => mention.entityId === expected) ?? predicted.find((mention) => mention.entity.kind === kinds[label.type]) ?? predicted[0]
      const where = `${file}:${label.start} ${label.text} (${label.entity})`
      if (label.type === 'person') {
        result.persons.labels++
        if (expected) result.persons.inList++
        if (expected && hit?.entityId === expected) result.persons.linked++
        else if (hit && hit.entity.kind === 'person') result.persons.wrong.push(`${where} → ${hit.entityId}`)
        else if (expected) result.persons.missed.push(where)
        if (!expected) {
          const seen = lacking.get(label.entity) ?? {found: false, where}
          lacking.set(label.entity, seen)
        }
      } else {
        const figures = (result.others[label.type] ??= {labels: 0, inList: 0, linked: 0, wrong: 0})
        figures.labels++
        if (expected) figures.inList++
        if (expected && hit?.entityId === expected) figures.linked++
        else if (hit && hit.entity.kind === kinds[label.type] && hit.entityId !== expected) {
          figures.wrong++
          ;(result.placeWrong ??= []).push(`${where} → ${hit.entityId}`)
        }
      }
    }
    // A person linked where the labeller saw no person at all. The labels leave a title in apposition unlabelled
    // ("Hungary's prime minister, Viktor Orbán" labels only the name): a title linked to the person named right after it is right.
    for (const mention of ours) {
      if (mention.entity.kind !== 'person' || gold.some((label) => overlaps(label, mention.span))) continue
      const apposition = mention.form === 'role' && gold.some((label) => label.start >= mention.span.end && label.start - mention.span.end <= 80 && listed(label) === mention.entityId)
      if (!apposition) result.persons.spurious.push(`${file}:${mention.span.start} ${mention.surface} → ${mention.entityId}`)
    }
    for (const message of messages as {ruleId?: string; reason: string; place?: {start?: {offset?: number}; end?: {offset?: number}}}[]) {
      const span = {start: message.place?.start?.offset ?? 0, end: message.place?.end?.offset ?? 0}
      if (message.ruleId === 'entity-alias') result.spelling.push(`${file}: ${message.reason}`)
      if (message.ruleId !== 'unknown-person') continue
      const people = gold.filter((label) => label.type === 'person' && overlaps(label, span))
      const lackingHere = people.filter((label) => !listed(label))
      for (const label of lackingHere) lacking.get(label.entity)!.found = true
      if (lackingHere.length === 0) result.unknown.falseAlarms.push(`${file}:${span.start} ${text.slice(span.start, span.end)}${people.length ? ' (listed person)' : ''}`)
    }
  }
  result.unknown.lacking = lacking.size
  result.unknown.found = [...lacking.values()].filter((person) => person.found).length
  result.unknown.missed = [...lacking.entries()].filter(([, person]) => !person.found).map(([name, person]) => `${name} (${person.where})`)
  return result
}

export function printBlind(result: BlindResult, verbose = true): void {
  const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`)
  const {persons, unknown} = result
  console.log('\nblind mention set (test/eval/blind), bodies only')
  console.log(`  persons linked: ${persons.linked}/${persons.inList} of those in the list (${percent(persons.linked, persons.inList)}); ${persons.linked}/${persons.labels} of all person mentions (${percent(persons.linked, persons.labels)})`)
  console.log(`  person mentions whose person is in the list: ${persons.inList}/${persons.labels} (${percent(persons.inList, persons.labels)})`)
  console.log(`  wrong person links: ${persons.wrong.length} on labelled mentions, ${persons.spurious.length} where nothing was labelled`)
  for (const [type, figures] of Object.entries(result.others)) {
    console.log(`  ${type} linked: ${figures.linked}/${figures.inList} of those in the list (${percent(figures.linked, figures.inList)}); ${figures.linked}/${figures.labels} of all (${percent(figures.linked, figures.labels)}); ${figures.wrong} wrong`)
  }
  console.log(`  unknown-person: finds ${unknown.found}/${unknown.lacking} of the people the list lacks (${percent(unknown.found, unknown.lacking)}); ${unknown.falseAlarms.length} reports on anything else`)
  console.log(`  entity-alias reports (default settings): ${result.spelling.length}`)
  if (!verbose) return
  for (const line of persons.wrong) console.log(`    wrong: ${line}`)
  for (const line of result.placeWrong ?? []) console.log(`    place wrong: ${line}`)
  for (const line of persons.spurious) console.log(`    spurious: ${line}`)
  for (const line of persons.missed) console.log(`    missed: ${line}`)
  for (const line of unknown.missed) console.log(`    unknown-person missed: ${line}`)
  for (const line of unknown.falseAlarms) console.log(`    unknown-person false alarm: ${line}`)
  for (const line of result.spelling) console.log(`    spelling: ${line}`)
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  void evaluateBlind(process.env.BRIEFLINT_ROOT ? resolve(process.env.BRIEFLINT_ROOT) : undefined).then((result) => printBlind(result, process.argv.includes('--verbose')))
}
