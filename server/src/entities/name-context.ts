/**
 * Words that stand before or around personal names in news prose without being part of them:
 * honorifics, ranks and office words. Linking uses them to tell "President Putin" (a title, then a
 * surname) from "Mikhail Fomin" (a longer name that merely ends in a listed surname); unknown-person
 * uses them to find names by their context.
 */
export const HONORIFICS = new Set(
  ('mr mrs ms miss mx dr prof professor sir dame lord lady king queen prince princess crown sheikh sheikha emir sultan ' +
    'pope cardinal archbishop bishop rabbi imam ayatollah patriarch metropolitan father saint st hrh').split(' ')
)

export const RANKS = new Set(
  ('general gen lt lieutenant col colonel maj major capt captain admiral adm vice-admiral rear-admiral commander cmdr ' +
    'marshal brigadier brig sergeant sgt colonel-general lieutenant-general major-general').split(' ')
)

/** Nouns of office, and the words that build titles out of them ("Foreign", "Deputy", "Acting"). */
export const OFFICE_WORDS = new Set(
  ('president vice-president president-elect minister secretary chancellor premier ambassador envoy senator sen rep ' +
    'representative congressman congresswoman governor gov mayor speaker chairman chair chairwoman chairperson director ' +
    'chief head spokesman spokeswoman spokesperson deputy judge justice prosecutor commissioner adviser advisor aide ' +
    'counsellor counselor attorney negotiator leader lawmaker mp mep ombudsman ombudswoman delegate consul emissary ' +
    'foreign defence defense finance interior economy economic trade commerce health energy prime first acting former ' +
    'interim late then outgoing incoming security national state vice assistant associate under co ' +
    'permanent special senior executive managing high principal press').split(' ')
)

/** Words that follow a place's name in the names of its parts and offices: "Moscow Region", "Kyiv City". */
export const GEOGRAPHIC_WORDS = new Set(
  'region regional oblast province provincial city district county state area metropolitan municipality krai governorate'.split(' ')
)

export const CALENDAR_WORDS = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
    'september october november december').split(' ')
)

/** Whether a capitalised word before or after a name is context (a title, a rank, a day), not more of the name. */
export function isContextWord(key: string): boolean {
  return HONORIFICS.has(key) || RANKS.has(key) || OFFICE_WORDS.has(key) || CALENDAR_WORDS.has(key) || GEOGRAPHIC_WORDS.has(key)
}

/** Words that make the office after them another post: a "Deputy Head of the SBU" is not its Head. */
export const POST_QUALIFIERS = new Set(['deputy', 'acting', 'vice', 'assistant', 'interim', 'associate', 'under', 'first', 'co'])

/** Small words inside personal names: "bin", "al", "von der", "da", "del". */
export const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'dos', 'das', 'ben', 'abu', 'ter', 'y'])

/** Honorifics that stand right before a surname: "Mr. He", "Ms Kallas". */
export const SURNAME_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'sheikh', 'sheikha'])
