// `npm run entities:audit`: what in the bundled entity list needs a look. Lists roles without a source,
// open roles whose entry was checked more than six months ago, and roles that start the day the
// entity's previous role ended (the pattern of an end date copied into the next start). Exits 1 only
// for roles without a source in entries added since sources became required (not in .audit-baseline).
// `--all` prints every finding instead of the first few of each kind.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {compileBundledEntities, dataFolder} from '../server/src/entities/load.js'
import type {Entity, Role} from '../server/src/entities/types.js'

const folder = join(dataFolder(), 'entities')
const baseline = new Set(readFileSync(join(folder, '.audit-baseline'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#')))
const today = process.env.AUDIT_TODAY ?? new Date().toISOString().slice(0, 10)
const stale = new Date(`${today}T00:00:00Z`)
stale.setUTCMonth(stale.getUTCMonth() - 6)
const staleBefore = stale.toISOString().slice(0, 10)
const all = process.argv.includes('--all')

const findings = {unsourcedNew: [] as string[], unsourcedOld: [] as string[], openAndOld: [] as string[], copiedDate: [] as string[]}
const describe = (file: string, entity: Entity, role: Role) => `${file}: ${entity.id}: ${role.post ?? role.title} (${role.from ?? '?'} – ${role.to ?? ''})`

for (const {name, file} of compileBundledEntities().files) {
  for (const entity of file.entities ?? []) {
    const checked = String(entity.checked ?? file.checked ?? '')
    const roles = entity.roles ?? []
    for (const role of roles) {
      if (!role.source) (baseline.has(entity.id) ? findings.unsourcedOld : findings.unsourcedNew).push(describe(name, entity, role))
      if (!role.to && (!checked || checked < staleBefore)) findings.openAndOld.push(`${describe(name, entity, role)}, checked ${checked || 'never'}`)
    }
    const dated = roles.filter((role) => role.from).sort((a, b) => String(a.from).localeCompare(String(b.from)))
    for (const [at, role] of dated.entries()) {
      const previous = dated[at - 1]
      if (previous?.to && String(previous.to) === String(role.from) && previous.post !== role.post) findings.copiedDate.push(`${describe(name, entity, role)} starts the day ${previous.post ?? previous.title} ended`)
    }
  }
}

const section = (title: string, lines: string[]) => {
  console.log(`\n${title}: ${lines.length}`)
  for (const line of all ? lines : lines.slice(0, 10)) console.log(`  ${line}`)
  if (!all && lines.length > 10) console.log(`  … and ${lines.length - 10} more (--all lists them)`)
}
console.log(`Entity list audit, ${today}`)
section('Roles without a source, in entries added since sources became required (fail)', findings.unsourcedNew)
section('Roles without a source, in entries from before', findings.unsourcedOld)
section(`Open roles in entries last checked before ${staleBefore}`, findings.openAndOld)
section('Roles that start the day the previous role ended (check both dates)', findings.copiedDate)
if (findings.unsourcedNew.length > 0) process.exitCode = 1
