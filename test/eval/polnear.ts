// Scores unsourced-claim and vague-attribution on real news: the train articles of PolNeAR
// (github.com/networkdynamics/PolNeAR), converted to briefings as a desk would paste them and
// compared sentence by sentence with the corpus's human attribution spans.
//
// Only data/train is read: the corpus's authors keep dev and test for an independent measurement.
// Train is split by article, with a fixed hash, into articles we tune on and articles we only measure.
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {analyseClaims, type ClaimUnit} from '../../server/src/engine/claims/analyse.js'
import {parseBriefing} from '../../server/src/engine/parse.js'

export type Split = 'tune' | 'validate'

export interface Article {
  name: string
  split: Split
  date: string
  title: string
  text: string
  annotations: Attribution[]
}

interface Span {
  start: number
  end: number
}

export interface Attribution {
  /** The brat event id ("E12"), unique within the article's annotation file. */
  id: string
  cue: string
  /** Where the cue is: a sentence holding a speech cue reports speech, however long the rest of it. */
  cueSpans: Span[]
  source: string
  /** Every annotated span of the attribution: source, cue and content. */
  spans: Span[]
  speech: boolean
}

/** One held-out article in five, chosen by a hash of its name so the split never changes. */
export function splitOf(name: string): Split {
  return createHash('sha1').update(name).digest()[0]! % 5 === 0 ? 'validate' : 'tune'
}

export function loadArticles(root: string): Article[] {
  const train = join(root, 'data', 'train')
  if (!existsSync(join(train, 'text'))) throw new Error(`${root} has no data/train/text: pass the folder of a PolNeAR checkout`)
  const dates = readMetadata(join(root, 'data', 'metadata.tsv'))
  const annotationFiles = readdirSync(join(train, 'attributions')).filter((file) => file.endsWith('.ann')).sort()
  return readdirSync(join(train, 'text'))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4)
      const text = readFileSync(join(train, 'text', file), 'utf8')
      // Some articles were annotated twice; the first annotator's file is used, consistently.
      const annotation = annotationFiles.find((candidate) => candidate.slice(0, -9) === name)
      const annotations = annotation ? readAnnotations(readFileSync(join(train, 'attributions', annotation), 'utf8')) : []
      const title = text.split('\n', 1)[0]!.trim()
      return {name, split: splitOf(name), date: dates.get(name) ?? name.split('_')[1]!, title, text, annotations}
    })
}

function readMetadata(path: string): Map<string, string> {
  const dates = new Map<string, string>()
  if (!existsSync(path)) return dates
  const [header, ...rows] = readFileSync(path, 'utf8').split('\n')
  const columns = header!.split('\t')
  const [compartment, filename, date] = ['compartment', 'filename', 'publication_date'].map((column) => columns.indexOf(column))
  for (const row of rows) {
    const cells = row.split('\t')
    if (cells[compartment!] === 'train') dates.set(cells[filename!]!, cells[date!]!)
  }
  return dates
}

/** brat standoff: `T` lines are typed spans (possibly discontinuous), `E` lines tie one attribution's spans together. */
function readAnnotations(ann: string): Attribution[] {
  const spans = new Map<string, {type: string; spans: Span[]; text: string}>()
  const events: string[][] = []
  for (const line of ann.split('\n')) {
    const span = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line)
    if (span) {
      const ranges = span[3]!.split(';').map((range) => {
        const [start, end] = range.trim().split(' ').map(Number)
        return {start: start!, end: end!}
      })
      spans.set(span[1]!, {type: span[2]!, spans: ranges, text: span[4]!})
      continue
    }
    const event = /^(E\d+)\t(.*)$/.exec(line)
    if (event) events.push([event[1]!, ...event[2]!.trim().split(/\s+/)])
  }
  return events.map(([id, ...parts]) => {
    const roles = new Map(parts.map((part) => part.split(':') as [string, string]))
    const get = (role: string) => spans.get(roles.get(role) ?? '')
    const cue = get('Cue')?.text ?? ''
    const source = get('Source')?.text ?? ''
    const all = ['Source', 'Cue', 'Content', 'Content2'].flatMap((role) => get(role)?.spans ?? [])
    return {id: id!, cue, cueSpans: get('Cue')?.spans ?? [], source, spans: all, speech: isSpeechCue(cue)}
  })
}

/**
 * PolNeAR annotates beliefs, intentions and actions as well as speech. A briefing must source what
 * somebody said or wrote, or what a document or poll shows: the cue decides, by these words. What
 * somebody wants, thinks or did is the author's own claim, and so is a speech event told without
 * what was said ("Trump talked about the economy", "Obama spoke at the White House", "Grossi
 * briefed members"): the author vouches for the event.
 */
const SPEECH_CUES = new RegExp(
  '\\b(?:' +
    [
      'sa(?:y|ys|id|ying)', 'tell(?:s|ing)?', 'told', 'wr(?:ite|ites|ote|iting|itten)', 'add(?:s|ed|ing)?', 'ask(?:s|ed|ing)?',
      'not(?:e|es|ed|ing)', 'report(?:s|ed|ing)?', 'reportedly', 'announc(?:e|es|ed|ing)', 'suggest(?:s|ed|ing)?',
      'argu(?:e|es|ed|ing)', 'call(?:s|ed|ing)?', 'describ(?:e|es|ed|ing)', 'tweet(?:s|ed|ing)?', 'post(?:s|ed|ing)?',
      'explain(?:s|ed|ing)?', 'declar(?:e|es|ed|ing)', 'acknowledg(?:e|es|ed|ing)', 'accus(?:e|es|ed|ing)',
      'criticiz(?:e|es|ed|ing)', 'criticis(?:e|es|ed|ing)', 'urg(?:e|es|ed|ing)', 'recall(?:s|ed|ing)?',
      'respond(?:s|ed|ing)?', 'repl(?:y|ies|ied|ying)', 'answer(?:s|ed|ing)?', 'claim(?:s|ed|ing)?', 'stat(?:e|es|ed|ing)',
      'statement', 'warn(?:s|ed|ing)?', 'promis(?:e|es|ed|ing)', 'insist(?:s|ed|ing)?', 'reveal(?:s|ed|ing)?',
      'predict(?:s|ed|ing)?', 'vow(?:s|ed|ing)?', 'pledg(?:e|es|ed|ing)', 'denounc(?:e|es|ed|ing)',
      'question(?:ed|ing)', 'den(?:y|ies|ied|ying)', 'dismiss(?:es|ed|ing)?', 'blam(?:e|es|ed|ing)', 'stress(?:es|ed|ing)?',
      'charg(?:e|es|ed|ing)', 'decr(?:y|ies|ied|ying)', 'prais(?:e|es|ed|ing)',
      'according', 'cit(?:e|es|ed|ing)', 'quot(?:e|es|ed|ing)', 'show(?:s|ed|n|ing)?', 'f(?:ind|inds|ound|inding)',
      'read(?:s|ing)?', 'conclud(?:e|es|ed|ing)', 'commented', 'concede[sd]?',
      'confirm(?:s|ed|ing)?', 'point(?:s|ed|ing)? out', 'emphasi[sz](?:e|es|ed|ing)', 'assert(?:s|ed|ing)?',
      'admit(?:s|ted|ting)?', 'joked', 'mocked', 'boasted', 'complain(?:s|ed|ing)?',
      'testif(?:y|ies|ied)', 'caution(?:s|ed|ing)?', 'estimat(?:e|es|ed|ing)', 'reiterat(?:e|es|ed|ing)',
      'repeat(?:s|ed|ing)?', 'continu(?:e|es|ed|ing)', 'went on', 'lament(?:s|ed|ing)?', 'proclaim(?:s|ed|ing)?', 'posit(?:s|ed|ing)?', 'speculat(?:e|es|ed|ing)',
      'forecast(?:s|ing)?', 'express(?:es|ed|ing)?', 'lambast(?:e|es|ed|ing)', 'liken(?:s|ed|ing)?', 'condemn(?:s|ed|ing)?',
      'rebuk(?:e|es|ed|ing)', 'threaten(?:s|ed|ing)?', 'made (?:it )?clear', 'slam(?:s|med|ming)?', 'blast(?:s|ed|ing)?'
    ].join('|') +
    ')\\b|^:$',
  'i'
)

/** "did not respond", "declined to comment": no statement was made; what is said of it is the author's. */
const NEGATED = /\b(?:not|n't|n’t|never|declin\w*|refus\w*|no comment|without comment)\b/i

function isSpeechCue(cue: string): boolean {
  return SPEECH_CUES.test(cue.trim()) && !NEGATED.test(cue)
}

export type Gold = 'speech' | 'other' | 'author'

/**
 * Whether the speaker of each speech attribution can be identified, labelled blind (by people who had
 * not read the detector): `anonymous` sources make a sentence's gold attribution vague. Attributions
 * not listed have a plain name or a personal pronoun as their source.
 */
export function loadSourceLabels(folder = resolve(import.meta.dirname, 'polnear')): Map<string, string> {
  const labels = new Map<string, string>()
  const lines = ['tune-sources.jsonl', 'validate-sources.jsonl', 'validate-beliefs.jsonl'].flatMap((file) => readFileSync(join(folder, file), 'utf8').split('\n'))
  for (const line of lines) {
    if (line.trim() === '') continue
    const {article, event, label} = JSON.parse(line) as {article: string; event: string; label: string}
    labels.set(`${article}#${event}`, label)
  }
  return labels
}

export interface ScoredSentence {
  article: string
  split: Split
  /** Offsets into the article's original text. */
  span: Span
  text: string
  gold: Gold
  /** The speech attribution covering most of the sentence, if any. */
  attribution?: Attribution
  /** Whether its sources (or, for beliefs, holders) are anonymous, as labelled blind; undefined when it mixes named and anonymous ones. */
  anonymous?: boolean
  /** A question or a fragment: not a claim by the briefing format's own definition, whoever wrote it. */
  notClaim: boolean
  predicted: ClaimUnit['attribution']
  unit: ClaimUnit
}

/** The article as a desk pastes it: the headline as the title, the date, no sources, the body verbatim. */
export function toBriefing(article: Article): {markdown: string; shift: number} {
  const firstLineEnd = article.text.indexOf('\n')
  let bodyStart = firstLineEnd === -1 ? article.text.length : firstLineEnd
  while (/\s/.test(article.text[bodyStart] ?? '')) bodyStart++
  const header = `---\ntitle: ${JSON.stringify(article.title)}\ndate: ${article.date}\nsources: {}\n---\n\n`
  return {markdown: header + article.text.slice(bodyStart), shift: header.length - bodyStart}
}

export function scoreArticle(article: Article, sources?: Map<string, string>): ScoredSentence[] {
  const {markdown, shift} = toBriefing(article)
  const units = analyseClaims(parseBriefing(markdown)).units
  const sentences = units.filter((unit) => !unit.aside && unit.span.start >= shift)
  const scored: ScoredSentence[] = []
  for (const unit of sentences) {
    const span = {start: unit.span.start - shift, end: unit.span.end - shift}
    const text = article.text.slice(span.start, span.end)
    const asides = units.filter((other) => other.aside && other.span.start >= unit.span.start && other.span.end <= unit.span.end)
    const flags = [unit, ...asides].map((item) => (item.claim ? item.attribution : 'none'))
    const predicted = flags.includes('unsourced') ? 'unsourced' : flags.includes('vague') ? 'vague' : unit.claim ? unit.attribution : 'none'
    const {gold, attribution, attributions} = label(article, span)
    const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
    // A sentence that reports a named and an unnamed source at once ("records show, and experts say") is left out of the vague figures.
    const labels = gold !== 'author' && sources ? attributions!.map((each) => sources.get(`${article.name}#${each.id}`) === 'anonymous') : []
    const anonymous = labels.length === 0 ? undefined : labels.every(Boolean) ? true : labels.some(Boolean) ? undefined : false
    scored.push({article: article.name, split: article.split, span, text, gold, attribution, anonymous, notClaim: words < 3 || /\?["'”’)\]]*$/.test(text), predicted, unit})
  }
  return scored
}

/**
 * A sentence reports speech when it holds the cue of a speech attribution ("..., Zucker said during a
 * long discussion") or when most of its letters lie inside one (the quotation's later sentences).
 * Otherwise it reports a belief or an action when it holds such a cue or lies mostly inside one, and
 * is the author's own when neither.
 */
function label(article: Article, span: Span): {gold: Gold; attribution?: Attribution; attributions?: Attribution[]} {
  const text = article.text
  let total = 0
  const inSpeech = new Set<number>()
  const inAny = new Set<number>()
  let best: {attribution: Attribution; covered: number} | undefined
  for (let index = span.start; index < span.end; index++) if (/[\p{L}\p{N}]/u.test(text[index]!)) total++
  for (const attribution of article.annotations) {
    let covered = 0
    for (const range of attribution.spans) {
      for (let index = Math.max(range.start, span.start); index < Math.min(range.end, span.end); index++) {
        if (!/[\p{L}\p{N}]/u.test(text[index]!)) continue
        covered++
        inAny.add(index)
        if (attribution.speech) inSpeech.add(index)
      }
    }
    if (attribution.speech && covered > 0 && (!best || covered > best.covered)) best = {attribution, covered}
  }
  if (total === 0) return {gold: 'author'}
  const holdsCue = (attribution: Attribution) => attribution.cueSpans.length > 0 && attribution.cueSpans.every((cue) => cue.start >= span.start && cue.end <= span.end)
  const spoken = article.annotations.filter((attribution) => attribution.speech && holdsCue(attribution))
  if (spoken.length > 0) return {gold: 'speech', attribution: spoken[0], attributions: spoken}
  if (inSpeech.size / total >= 0.5) return {gold: 'speech', attribution: best!.attribution, attributions: [best!.attribution]}
  const held = article.annotations.filter(holdsCue)
  if (held.length > 0) return {gold: 'other', attributions: held}
  if (inAny.size / total >= 0.5) return {gold: 'other', attributions: article.annotations.filter((attribution) => attribution.spans.some((range) => range.start < span.end && range.end > span.start))}
  return {gold: 'author'}
}

export interface PolnearFigures {
  articles: number
  speech: number
  speechFlagged: number
  other: number
  otherFlagged: number
  author: number
  authorFlagged: number
  flagged: number
  flaggedRight: number
}

export function summarise(scored: ScoredSentence[]): PolnearFigures {
  const figures: PolnearFigures = {articles: new Set(scored.map((item) => item.article)).size, speech: 0, speechFlagged: 0, other: 0, otherFlagged: 0, author: 0, authorFlagged: 0, flagged: 0, flaggedRight: 0}
  for (const item of scored) {
    const flagged = item.predicted === 'unsourced'
    if (flagged) {
      figures.flagged++
      if (item.gold !== 'speech') figures.flaggedRight++
    }
    if (item.gold === 'speech') {
      figures.speech++
      if (flagged) figures.speechFlagged++
    } else if (item.gold === 'other') {
      figures.other++
      if (flagged) figures.otherFlagged++
    } else if (!item.notClaim) {
      figures.author++
      if (flagged) figures.authorFlagged++
    }
  }
  return figures
}

export function printPolnear(root: string, options: {misses?: number} = {}): void {
  const articles = loadArticles(root)
  const sources = loadSourceLabels()
  const scored = articles.flatMap((article) => scoreArticle(article, sources))
  const percent = (part: number, whole: number) => (whole === 0 ? '   -' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`)
  console.log('\nPolNeAR train (real US political news, 2015–16), sentence by sentence')
  console.log('split     articles  speech  flagged   belief/action  flagged   author  recall  unsourced-claim P')
  for (const split of ['tune', 'validate'] as const) {
    const f = summarise(scored.filter((item) => item.split === split))
    console.log(
      `${split.padEnd(9)} ${String(f.articles).padStart(8)} ${String(f.speech).padStart(7)}  ${percent(f.speechFlagged, f.speech)}  ${String(f.other).padStart(13)}  ${percent(f.otherFlagged, f.other)}  ${String(f.author).padStart(7)}  ${(f.authorFlagged / f.author).toFixed(3).padStart(6)}  ${(f.flaggedRight / f.flagged).toFixed(3).padStart(17)}`
    )
  }
  console.log('speech: sentences mostly inside PolNeAR spans of what someone said or wrote; flagged: reported as unsourced-claim (goal ≤ 10%)')
  console.log('author: sentences outside any attribution, not questions; recall: share reported as unsourced-claim (goal ≥ 0.85)')
  console.log('\nvague-attribution (sources labelled blind as named or anonymous)')
  console.log('view                  split     anonymous  reported  precision  recall')
  // Each view: which sentences count, which vague reports are right, and which anonymous sentences the rule should catch.
  const anonymousSpeech = (item: ScoredSentence) => item.gold === 'speech' && item.anonymous === true
  const anonymousAny = (item: ScoredSentence) => item.gold !== 'author' && item.anonymous === true
  const views = [
    ['speech', anonymousSpeech, anonymousSpeech, ['tune', 'validate']],
    // Beliefs' holders are labelled for the validation articles only: "experts believe" is vague sourcing too.
    ['speech and beliefs', anonymousAny, anonymousAny, ['validate']],
    // What the rule is for: a report is right when the sentence leans on someone anonymous, speaking or believing;
    // recall is over what was said, since "Republicans want" is no sourcing at all.
    ['rule (right: either)', anonymousAny, anonymousSpeech, ['validate']]
  ] as const
  for (const [view, right, wanted, splits] of views) {
    for (const split of splits) {
      const items = scored.filter((item) => item.split === split && (item.gold === 'author' || item.anonymous !== undefined || (view === 'speech' && item.gold === 'other')))
      const vague = items.filter((item) => item.predicted === 'vague')
      const anonymous = items.filter(wanted)
      const hits = vague.filter(right).length
      const caught = vague.filter(wanted).length
      console.log(`${view.padEnd(21)} ${split.padEnd(9)} ${String(anonymous.length).padStart(9)} ${String(vague.length).padStart(9)}  ${(hits / vague.length).toFixed(3).padStart(9)}  ${(caught / anonymous.length).toFixed(3).padStart(6)}`)
    }
  }
  console.log('goals: precision ≥ 0.7, recall ≥ 0.6; sentences that mix named and anonymous sources are left out')
  const misses = options.misses ?? 0
  if (misses > 0) {
    const tune = scored.filter((item) => item.split === 'tune' && item.gold === 'speech' && item.predicted === 'unsourced')
    console.log(`\nFirst ${misses} speech sentences flagged as unsourced (tuning articles only):`)
    for (const item of tune.slice(0, misses)) console.log(`  ${item.article}: ${item.text.replace(/\s+/g, ' ').slice(0, 200)}`)
  }
}
