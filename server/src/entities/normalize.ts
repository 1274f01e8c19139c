/** A word of text with its place, folded for matching. */
export interface Token {
  start: number
  end: number
  /** Case- and diacritic-folded, apostrophes unified, possessive `'s` removed. */
  key: string
  possessive: boolean
  /** Whether only spaces (at most one line break) or an editor's brackets separate it from the word before. */
  joined: boolean
  /** Written with a capital first letter. */
  capital: boolean
  /** For a hyphenated word ("US-China", "Russia-Ukraine"): its parts, matched when the whole is no name. */
  parts?: Token[]
}

const ABBREVIATED_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'sen', 'rep', 'gov', 'st'])
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?/gu
// "[Vladimir] Putin": an editor's brackets do not break a name; other punctuation does.
const JOINING_GAP = /^[ \t\u00a0[\]]*(?:(?:\r\n?|\n)[ \t\u00a0[\]]*)?$/

/** Folds one word; the possessive is cut before folding so "Umerov's" matches "Umerov". */
const ASCII = /^[\x20-\x7e]*$/

export function fold(word: string): string {
  // Most words are plain ASCII: nothing to decompose, only case and the backtick apostrophe to fold.
  if (ASCII.test(word)) return word.replaceAll('`', "'").toLowerCase()
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’ʼ‘`]/g, "'")
    .toLowerCase()
    .replace(/[ıłøđßæœ]/g, (letter) => FOLDS[letter]!)
}

/** Letters that Unicode decomposition leaves alone but readers treat as plain Latin. */
const FOLDS: Record<string, string> = {ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe'}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = []
  WORD.lastIndex = start
  let previousEnd = -1
  for (let match = WORD.exec(text); match && match.index < end; match = WORD.exec(text)) {
    let word = match[0]
    const dotted = word.endsWith('.')
    // A trailing full stop belongs to the word only in abbreviations such as "U.S.".
    if (dotted && !/\.\p{L}+\.$/u.test(word)) word = word.slice(0, -1)
    const possessive = word.length > 2 && (word.endsWith("'s") || word.endsWith('’s') || word.endsWith("'S") || word.endsWith('’S'))
    const base = possessive ? word.slice(0, -2) : word
    const gap = previousEnd >= 0 ? text.slice(previousEnd, match.index) : ''
    const joined = previousEnd >= 0 && (gap === ' ' || JOINING_GAP.test(gap))
    const first = base[0]!
    const token: Token = {start: match.index, end: match.index + base.length, key: fold(base), possessive, joined, capital: first !== first.toLowerCase()}
    // "Mr. He", "Gen. Syrskyi", "Amina J. Mohammed": the full stop of an abbreviation or an initial does not part it from the name after it.
    if (dotted && (ABBREVIATED_TITLES.has(token.key) || /^\p{Lu}$/u.test(base))) token.end++
    if (base.includes('-') && /\p{L}-\p{L}/u.test(base)) token.parts = hyphenParts(base, match.index)
    tokens.push(token)
    previousEnd = token.end
  }
  return tokens
}

function hyphenParts(word: string, offset: number): Token[] {
  const parts: Token[] = []
  let at = 0
  for (const piece of word.split('-')) {
    parts.push({start: offset + at, end: offset + at + piece.length, key: fold(piece), possessive: false, joined: false, capital: /^\p{Lu}/u.test(piece)})
    at += piece.length + 1
  }
  return parts
}

/** The folded token keys of a name, as the trie stores them. */
export function nameKeys(name: string): string[] {
  // Most names are plain words and spaces: no tokenizer needed.
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name)) return name.toLowerCase().split(' ')
  return tokenize(name).map((token) => token.key)
}

/** Acronyms short enough to be ordinary words in another case ("US", "UN", "MIT"): matched only in capitals. */
export function isShortAcronym(spelling: string): boolean {
  return /^(?:\p{Lu}\.?){2,4}$/u.test(spelling)
}
