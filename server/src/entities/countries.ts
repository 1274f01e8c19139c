import countries from 'world-countries'
import {fold} from './normalize.js'
import type {Entity} from './types.js'

/** Languages whose country names are kept as aliases: those briefings on this region quote most. */
const LANGUAGES = ['rus', 'ukr', 'deu', 'fra', 'spa', 'tur', 'ara', 'zho', 'pol', 'ita']

/** English names news prose uses that the data lists under another common name. */
const ENGLISH_NAMES: Record<string, {name: string; also?: string[]}> = {
  TR: {name: 'Turkey', also: ['Türkiye', 'Turkiye']},
  CZ: {name: 'Czech Republic', also: ['Czechia']},
  US: {name: 'United States', also: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America']},
  GB: {name: 'United Kingdom', also: ['Britain', 'Great Britain', 'UK', 'U.K.']},
  AE: {name: 'United Arab Emirates', also: ['UAE', 'U.A.E.', 'Emirates']},
  CD: {name: 'DR Congo', also: ['Democratic Republic of the Congo', 'DRC', 'Congo-Kinshasa']},
  CG: {name: 'Republic of the Congo', also: ['Congo-Brazzaville']},
  KP: {name: 'North Korea', also: ['DPRK']},
  KR: {name: 'South Korea', also: ['Republic of Korea']},
  CN: {name: 'China', also: ['PRC', "People's Republic of China"]}
}

/** Adjectives the data gives to several countries, or that are other words too, tie a name to none. */
const UNUSABLE_DEMONYMS = new Set(['congolese', 'dominican'])
/** States that are not UN members but that briefings treat as countries. */
const OTHER_STATES = new Set(['TW', 'XK', 'PS', 'VA'])

/**
 * Every country, from the maintained `world-countries` data: common and official English names,
 * native names and names in several languages as aliases. Two-letter codes are left out, as
 * they collide with ordinary words and initials.
 */
export function countryEntities(): Entity[] {
  const entities = countries.map((country) => {
    const names = new Set<string>([country.name.official])
    for (const native of Object.values(country.name.native ?? {})) names.add(native.common).add(native.official)
    for (const language of LANGUAGES) {
      const translation = (country.translations as Record<string, {common: string; official: string} | undefined>)[language]
      if (translation) names.add(translation.common)
    }
    for (const spelling of country.altSpellings) if (spelling.length > 3) names.add(spelling)
    const english = ENGLISH_NAMES[country.cca2]
    names.add(country.name.common)
    for (const spelling of english?.also ?? []) names.add(spelling)
    const name = english?.name ?? country.name.common
    names.delete(name)
    const state = country.unMember || OTHER_STATES.has(country.cca2)
    const demonyms = [...new Set([country.demonyms?.eng?.m, country.demonyms?.eng?.f])].filter((demonym): demonym is string => state && !!demonym && /^\p{L}+$/u.test(demonym) && !UNUSABLE_DEMONYMS.has(demonym.toLowerCase()))
    return {
      id: `country-${country.cca2.toLowerCase()}`,
      kind: 'place',
      name,
      aliases: [...names],
      ...(demonyms.length > 0 ? {demonyms} : {}),
      description: `Country${country.capital?.length ? `; capital ${country.capital.join(', ')}` : ''}.`,
      country: country.cca2
    } satisfies Entity
  })
  // A translation the data gives to two countries names neither reliably: drop it from both.
  const owners = new Map<string, number>()
  for (const entity of entities) for (const alias of new Set(entity.aliases.map(fold))) owners.set(alias, (owners.get(alias) ?? 0) + 1)
  return entities.map((entity) => ({...entity, aliases: entity.aliases.filter((alias) => owners.get(fold(alias)) === 1)}))
}
