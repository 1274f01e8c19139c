import {pathToFileURL} from 'node:url'
import {lint} from '../engine/lint.js'
import {isBriefingPath} from '../workspace/briefing-files.js'
import type {ServiceContext} from './briefings.js'

/** A short briefing that takes the analysis down each of its paths: front matter, a speaker's list, a quotation, a pronoun, vague sourcing, names. */
const SAMPLE = `---
title: Start-up sample
date: 2025-07-24
sources:
  desk: {title: Desk notes}
---

# Talks

## Summary

Vladimir Medinsky stated the following [@desk]:

- Russia has offered another exchange of prisoners.
- Kyiv will consider the proposal.

“The conversation was difficult,” Dmitry Peskov told reporters on Wednesday. He added that the next round could be in August. Sources say the talks lasted under an hour, and a meeting of the leaders is unlikely.
`

/**
 * When the server starts for a workspace that holds briefings, before any is open (VS Code starts
 * it for `workspaceContains`), loads what a first analysis needs (each folder's entity list and the
 * tagger's model) and analyses a short sample once, so the first briefing opened is analysed on a
 * warm JIT. Nothing is done once a document is open: its own analysis loads the same things.
 * Says whether it warmed up.
 */
export async function warmUp(context: ServiceContext): Promise<boolean> {
  const {workspace, documents, configurations, logger} = context
  if (documents.size > 0) return false
  const started = performance.now()
  let briefings = false
  for (const folder of workspace.folders) {
    const {lintMarkdown} = await configurations.settingsFor(pathToFileURL(folder).href)
    if (workspace.list(folder, (name) => isBriefingPath(name, lintMarkdown), 1).length > 0) briefings = true
  }
  if (!briefings || documents.size > 0) return false
  const [entities] = await configurations.allEntityLists()
  if (documents.size > 0) return false
  lint(SAMPLE, {rules: context.rules, entities})
  logger.info(`Loaded the entity list and the tagger before the first briefing was opened (${Math.round(performance.now() - started)} ms).`)
  return true
}
