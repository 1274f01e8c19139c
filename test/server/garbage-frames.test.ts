import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {describe, it} from 'node:test'
import {CHILD_ENV} from '../helpers/child-env.js'
import {SERVER} from '../helpers/lsp.js'

/** The server's answers, parsed from what it wrote to stdout. */
function messages(output: string): {id?: unknown; error?: {code: number; message: string}}[] {
  return [...output.matchAll(/Content-Length: (\d+)\r\n\r\n/g)].map((match) => JSON.parse(Buffer.from(output.slice(match.index + match[0].length)).subarray(0, Number(match[1])).toString()))
}

/** Spawns the server over stdio, writes `bytes` to it, then a valid request, and waits for it to exit. */
async function send(bytes: string): Promise<{code: number | null; output: string; stderr: string}> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], {stdio: 'pipe', env: CHILD_ENV})
  let output = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (output += String(chunk)))
  child.stderr.on('data', (chunk) => (stderr += String(chunk)))
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  // A server left deaf would never exit: stop it, and the test fails on its exit code.
  const deaf = setTimeout(() => child.kill(), 10_000)
  const initialize = JSON.stringify({jsonrpc: '2.0', id: 1, method: 'initialize', params: {processId: null, rootUri: null, capabilities: {}}})
  child.stdin.write(bytes)
  child.stdin.write(`Content-Length: ${Buffer.byteLength(initialize)}\r\n\r\n${initialize}`)
  try {
    return {code: await exited, output, stderr}
  } finally {
    clearTimeout(deaf)
    child.kill()
  }
}

describe('a garbage frame from the client', () => {
  const cases: [string, string][] = [
    ['a header line without a colon', 'garbage\r\n\r\n'],
    ['a header without Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'],
    ['a negative Content-Length', 'Content-Length: -5\r\n\r\n'],
    ['a body that is not JSON', 'Content-Length: 5\r\n\r\nhello']
  ]
  for (const [name, bytes] of cases) {
    it(`${name}: the server answers with a parse error and exits, so that the client restarts it`, async () => {
      const {code, output, stderr} = await send(bytes)
      assert.equal(code, 1)
      const parseError = messages(output).find((message) => message.error?.code === -32700)
      assert.ok(parseError, `no parse error in ${JSON.stringify(output)}`)
      assert.equal(parseError.id, null)
      assert.match(stderr, /unreadable message from the editor/)
    })
  }
})
