import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import {countryEntities} from '../../server/src/entities/countries.js'
import {dataFolder, parseEntityFile} from '../../server/src/entities/load.js'
import {fold} from '../../server/src/entities/normalize.js'
import type {Entity, Post, Role} from '../../server/src/entities/types.js'

/** Overlap beyond doubt at the precision given; a handover day belongs to both holders. */
function surelyOverlap(a: Role, b: Role): boolean {
  const latestStart = (role: Role) => (role.from ? pad(String(role.from), '-12-31') : '0000-01-01')
  const earliestEnd = (role: Role) => (role.to ? pad(String(role.to), '-01-01') : '9999-12-31')
  const start = [latestStart(a), latestStart(b)].sort().at(-1)!
  const end = [earliestEnd(a), earliestEnd(b)].sort()[0]!
  return start < end
}

function pad(date: string, tail: string): string {
  return date.length === 10 ? date : date.length === 7 ? `${date}${tail.slice(3)}` : `${date}${tail}`
}

const folder = join(dataFolder(), 'entities')
const files = readdirSync(folder).filter((name) => /\.(ya?ml|json)$/.test(name)).map((name) => parseEntityFile(join(folder, name), readFileSync(join(folder, name), 'utf8')))
const curated: Entity[] = files.flatMap((loaded) => loaded.file.entities ?? [])
const entities: Entity[] = [...countryEntities(), ...curated]
const posts: Post[] = files.flatMap((loaded) => loaded.file.posts ?? [])
const postIds = new Set(posts.map((post) => post.id))
const entityIds = new Set(entities.map((entity) => entity.id))

describe('the bundled entity list', () => {
  it('validates against the entity schema', () => {
    for (const loaded of files) assert.deepEqual(loaded.problems, [], loaded.path)
  })

  it('uses each id once, across files and the generated countries', () => {
    const seen = new Set<string>()
    for (const id of [...entities.map((entity) => entity.id), ...posts.map((post) => post.id)]) {
      assert.ok(!seen.has(id), `duplicate id ${id}`)
      seen.add(id)
    }
  })

  it('refers only to posts and organisations that exist', () => {
    for (const entity of entities) {
      for (const role of entity.roles ?? []) {
        if (role.post) assert.ok(postIds.has(role.post), `${entity.id}: unknown post ${role.post}`)
        if (role.organization) assert.ok(entityIds.has(role.organization), `${entity.id}: unknown organisation ${role.organization}`)
      }
    }
    for (const post of posts) if (post.organization) assert.ok(entityIds.has(post.organization), `${post.id}: unknown organisation ${post.organization}`)
  })

  it('gives no spelling to two entities unless both declare it shared', () => {
    const owners = new Map<string, Entity[]>()
    for (const entity of entities) {
      for (const spelling of new Set([entity.name, ...(entity.aliases ?? [])].map((name) => fold(name)))) owners.set(spelling, [...(owners.get(spelling) ?? []), entity])
    }
    for (const [spelling, holders] of owners) {
      if (holders.length < 2) continue
      const declared = holders.every((entity) => (entity.sharedAliases ?? []).some((alias) => fold(alias) === spelling))
      assert.ok(declared, `"${spelling}" is claimed by ${holders.map((entity) => entity.id).join(', ')}`)
    }
  })

  it('has well-formed dates, each role starting before it ends', () => {
    for (const entity of entities) {
      for (const role of entity.roles ?? []) {
        for (const date of [role.from, role.to]) if (date !== undefined) assert.match(String(date), /^\d{4}(-\d{2}(-\d{2})?)?$/, entity.id)
        if (role.from && role.to) assert.ok(String(role.from) <= String(role.to), `${entity.id}: ${role.from} > ${role.to}`)
      }
    }
  })

  it('never has two people in a single-holder post at once', () => {
    for (const post of posts.filter((candidate) => candidate.single !== false)) {
      const tenures = entities.flatMap((entity) => (entity.roles ?? []).filter((role) => role.post === post.id).map((role) => ({entity: entity.id, role})))
      for (const [index, a] of tenures.entries()) {
        for (const b of tenures.slice(index + 1)) {
          if (a.entity === b.entity) continue
          assert.ok(!surelyOverlap(a.role, b.role), `${post.id}: ${a.entity} (${a.role.from}–${a.role.to ?? ''}) and ${b.entity} (${b.role.from}–${b.role.to ?? ''}) overlap`)
        }
      }
    }
  })

  it('covers every person, organisation and place the seed names', () => {
    const names = ['Vladimir Medinsky', 'Rustem Umerov', 'Hakan Fidan', 'Mikhail Galuzin', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'Donald Trump', 'Recep Tayyip Erdoğan', 'Dmitry Peskov', 'Igor Kostyukov', 'Alexander Fomin', 'Andrei Fomin', 'Oleksii Malovatskyi', 'Yurii Kovbasa', 'Yevhen Ostriansky', 'Grigory Karasin', 'Izvestia', 'Çırağan Palace', 'Istanbul', 'Kyiv', 'Moscow', 'Kursk Oblast', 'Sumy Oblast', 'National Security and Defense Council of Ukraine', 'Federation Council Committee on International Affairs', 'Ukrainian Parliament Commissioner for Human Rights', 'Main Directorate of the General Staff of the Armed Forces of Russia', 'Armed Forces of Ukraine', 'Russia', 'Ukraine', 'Turkey', 'United States', 'European Union']
    const known = new Set(entities.map((entity) => entity.name))
    assert.deepEqual(names.filter((name) => !known.has(name)), [])
  })
})
