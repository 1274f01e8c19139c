import countries from 'world-countries'
import type {Entity} from './types.js'

/** Languages whose country names are kept as aliases: those briefings on this region quote most. */
const LANGUAGES = ['rus', 'ukr', 'deu', 'fra', 'spa', 'tur', 'ara', 'zho', 'pol', 'ita']

/**
 * Every country, from the maintained `world-countries` data: common and official English names,
 * native names and names in several languages as aliases. Two-letter codes are left out, as
 * they collide with ordinary words and initials.
 */
export function countryEntities(): Entity[] {
  return countries.map((country) => {
    const names = new Set<string>([country.name.official])
    for (const native of Object.values(country.name.native ?? {})) names.add(native.common).add(native.official)
    for (const language of LANGUAGES) {
      const translation = (country.translations as Record<string, {common: string; official: string} | undefined>)[language]
      if (translation) names.add(translation.common)
    }
    for (const spelling of country.altSpellings) if (spelling.length > 3) names.add(spelling)
    names.delete(country.name.common)
    return {
      id: `country-${country.cca2.toLowerCase()}`,
      kind: 'place',
      name: country.name.common,
      aliases: [...names],
      description: `Country${country.capital?.length ? `; capital ${country.capital.join(', ')}` : ''}.`,
      country: country.cca2
    }
  })
}
