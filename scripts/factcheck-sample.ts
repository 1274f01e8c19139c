// Writes a seeded random sample of people from the bundled entity list, every field of their entries,
// for a fact-check by someone who did not write them (docs/entities.md, "Fact-check").
// `tsx scripts/factcheck-sample.ts [--seed N] [--size N] [--out FILE]`; the same seed gives the same sample.
import {writeFileSync} from 'node:fs'
import {stringify} from 'yaml'
import {compileBundledEntities} from '../server/src/entities/load.js'
import type {Entity, Post} from '../server/src/entities/types.js'

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback
}
const seed = Number(option('seed', '20261130'))
const size = Number(option('size', '60'))
const out = option('out', 'factcheck-sample.yaml')

/** mulberry32: a small, well-known seeded generator, so the sample can be drawn again. */
function random(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const {files} = compileBundledEntities()
const posts = new Map<string, Post>()
for (const {file} of files) for (const post of file.posts ?? []) posts.set(post.id, post)
const people: {file: string; checked?: string; entity: Entity}[] = []
for (const {name, file} of files) {
  for (const entity of file.entities ?? []) if (entity.kind === 'person') people.push({file: name, checked: file.checked, entity})
}
people.sort((a, b) => a.entity.id.localeCompare(b.entity.id))
// A partial Fisher–Yates shuffle draws `size` people without repeats.
const next = random(seed)
for (let at = 0; at < Math.min(size, people.length); at++) {
  const pick = at + Math.floor(next() * (people.length - at))
  ;[people[at], people[pick]] = [people[pick]!, people[at]!]
}
const sample = people.slice(0, size).map(({file, checked, entity}) => ({
  id: entity.id,
  file,
  name: entity.name,
  ...(entity.aliases?.length ? {aliases: entity.aliases} : {}),
  ...(entity.deprecated?.length ? {deprecated: entity.deprecated} : {}),
  ...(entity.country ? {country: entity.country} : {}),
  ...(entity.description ? {description: entity.description} : {}),
  roles: (entity.roles ?? []).map((role) => {
    const post = role.post ? posts.get(role.post) : undefined
    return {
      ...(role.post ? {post: role.post, title: post?.title ?? role.post} : {title: role.title}),
      ...(role.organization || post?.organization ? {organization: role.organization ?? post?.organization} : {}),
      ...(post?.country ? {post_country: post.country} : {}),
      ...(role.from ? {from: String(role.from)} : {}),
      ...(role.to ? {to: String(role.to)} : {}),
      ...(role.note ? {note: role.note} : {}),
      ...(role.source ? {source: role.source} : {})
    }
  }),
  ...(entity.links ? {links: entity.links} : {}),
  checked: String(entity.checked ?? checked ?? '')
}))
writeFileSync(out, `# Fact-check sample: ${sample.length} people drawn with seed ${seed} from ${people.length} in the bundled entity list.\n` + stringify({seed, people: sample}, {lineWidth: 0}))
console.log(`${sample.length} of ${people.length} people, seed ${seed}, written to ${out}`)
