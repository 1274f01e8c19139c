// `npm run test:grammar`: the TextMate grammar tests, without the noise of the grammars Markdown
// embeds in code fences. The Markdown grammar names about 60 of them (source.python, text.xml, ...);
// the tool warns about each one it was not given, though no fixture has such a fence.
import {spawn} from 'node:child_process'
import {createInterface} from 'node:readline'

const grammars = ['node_modules/tm-grammars/grammars/markdown.json', 'node_modules/tm-grammars/grammars/yaml.json', 'syntaxes/briefing.tmLanguage.json']
const tool = spawn(process.execPath, ['node_modules/vscode-tmgrammar-test/dist/unit.js', ...grammars.flatMap((path) => ['-g', path]), 'test/grammar/*.brief.md'], {stdio: ['ignore', 'inherit', 'pipe']})
let skipped = 0
createInterface({input: tool.stderr}).on('line', (line) => (/^grammar not found for "[^"]+"$/.test(line) ? skipped++ : process.stderr.write(`${line}\n`)))
tool.on('close', (code) => {
  if (skipped > 0) console.log(`(${skipped} grammars for code fences were not loaded: no fixture uses them)`)
  process.exitCode = code ?? 1
})
