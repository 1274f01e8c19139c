/** A word of text with its place, folded for matching. */
export interface Token {
  start: number
  end: number
  /** Case- and diacritic-folded, apostrophes unified, possessive `'s` removed. */
  key: string
  possessive: boolean
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?/gu

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
  for (let match = WORD.exec(text); match && match.index < end; match = WORD.exec(text)) {
    let word = match[0]
    // A trailing full stop belongs to the word only in abbreviations such as "U.S.".
    if (word.endsWith('.') && !/\.\p{L}+\.$/u.test(word)) word = word.slice(0, -1)
    const possessive = /['’]s$/i.test(word)
    const base = possessive ? word.slice(0, -2) : word
    tokens.push({start: match.index, end: match.index + base.length, key: fold(base), possessive})
  }
  return tokens
}

/** The folded token keys of a name, as the trie stores them. */
export function nameKeys(name: string): string[] {
  return tokenize(name).map((token) => token.key)
}
