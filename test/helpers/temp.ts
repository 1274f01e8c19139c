import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const made: string[] = []
process.on('exit', () => {
  for (const folder of made) rmSync(folder, {recursive: true, force: true})
})

/** A fresh folder under the system temp folder, removed when the test process exits. */
export function tempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), `brieflint-${prefix}-`))
  made.push(folder)
  return folder
}
