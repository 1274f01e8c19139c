// Runs inside the VS Code extension host; `vscode` is the real API.
const assert = require('node:assert/strict')
const path = require('node:path')
const vscode = require('vscode')

const example = path.resolve(__dirname, '../../../examples/istanbul-talks.brief.md')

async function waitFor(read, accept, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (accept(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

const tests = {
  async 'opens a briefing in the Briefing language mode'() {
    const document = await vscode.workspace.openTextDocument(example)
    await vscode.window.showTextDocument(document)
    assert.equal(document.languageId, 'briefing')
  },
  async 'shows Brieflint diagnostics for the example'() {
    const uri = vscode.Uri.file(example)
    const diagnostics = await waitFor(() => vscode.languages.getDiagnostics(uri), (items) => items.some((item) => item.source === 'brieflint'))
    assert.ok(diagnostics.some((item) => item.code === 'unused-source' || item.code?.value === 'unused-source'))
  },
  async 'hovers a citation with its source'() {
    const document = await vscode.workspace.openTextDocument(example)
    const offset = document.getText().search(/\[@[\w-]+/) + 3
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, document.positionAt(offset))
    const text = hovers.flatMap((hover) => hover.contents.map((content) => content.value ?? String(content))).join('\n')
    assert.match(text, /\*\*.+\*\*/)
  }
}

exports.run = async function run() {
  const failures = []
  for (const [name, test] of Object.entries(tests)) {
    try {
      await test()
      console.log(`ok - ${name}`)
    } catch (error) {
      failures.push(name)
      console.log(`not ok - ${name}\n  ${error && error.stack}`)
    }
  }
  console.log(`${Object.keys(tests).length - failures.length} passed, ${failures.length} failed`)
  if (failures.length > 0) throw new Error(`${failures.length} VS Code test(s) failed`)
}
