import type {WinkMethods} from 'wink-nlp'

/** A word of a sentence with its part of speech (Universal Dependencies tags). */
export interface Token {
  /** Offsets into the text that was tagged. */
  start: number
  end: number
  text: string
  lower: string
  pos: string
}

let nlp: WinkMethods | undefined

/**
 * Tags a sentence with wink-nlp's English model. The model (3 MB of JSON) is required on first use,
 * not imported: the bundles keep it outside, so starting the CLI or the server does not compile it,
 * and documents without reported speech never read it.
 */
export function tag(text: string): Token[] {
  if (!nlp) {
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default
    nlp = winkNLP(require('wink-eng-lite-web-model'), ['pos'])
  }
  const tokens = nlp.readDoc(text).tokens()
  const values = tokens.out(nlp.its.value)
  const tags = tokens.out(nlp.its.pos)
  const result: Token[] = []
  let cursor = 0
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!
    const start = text.indexOf(value, cursor)
    // wink keeps every token's text as written; a token it normalised is left out rather than misplaced.
    if (start === -1) continue
    cursor = start + value.length
    result.push({start, end: cursor, text: value, lower: value.toLowerCase(), pos: tags[index]!})
  }
  return result
}
