/**
 * End to end on real prose: the CLI over ../shared/corpus/ finishes without an error and
 * reports exactly what the plugin reports on the same files; and the processor's
 * pre-scan never changes a finding.
 */
import {readdir, readFile} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {beforeAll, describe, expect, it} from 'vitest'
import {corpusRoot, lintDocument} from '../../../scripts/evaluation.js'
import {createProcessor} from '../src/formats/processor.js'
import {folderWith, root, runCli, wordDocument, type JsonFile, type JsonMessage} from './cli-helpers.js'

function summary(message: JsonMessage | VFileMessage): string {
  return [message.ruleId, message.line + ':' + message.column, message.actual, message.fatal === false ? 'warning' : message.fatal ? 'error' : 'info'].join(' ')
}

describe('the corpus', () => {
  let report: JsonFile[]
  let stderr: string
  let code: number | null

  beforeAll(async () => {
    const result = await runCli([relative(root, corpusRoot), '--report', 'json'], {cwd: root})
    stderr = result.stderr
    code = result.code
    report = JSON.parse(result.stdout) as JsonFile[]
  })

  it('is checked without an error', () => {
    expect(report.length).toBeGreaterThan(1900)
    expect(report.flatMap((file) => file.messages.filter((message) => message.fatal).map((message) => file.path + ': ' + message.reason))).toEqual([])
    expect(stderr).toBe('')
    // Real prose has warnings, so the run fails as a build step should.
    expect(code).toBe(1)
  })

  it("has exactly the plugin's findings, file by file", async () => {
    let findings = 0
    for (const file of report) {
      const value = await readFile(join(root, file.path), 'utf8')
      const expected = (await lintDocument(file.path, value)).map(summary)
      expect(file.messages.map(summary), file.path).toEqual(expected)
      findings += expected.length
    }
    // The corpus is known to hold findings: a run that found none would prove nothing.
    expect(findings).toBeGreaterThan(50)
  })
})

describe('the pre-scan', () => {
  const extraDocuments = {
    'home-care.html': '<h1>Help at home</h1>\n<p>Our home care team works with each client.</p>\n<p>&#99;ustomers can ask for a review.</p>\n',
    'carers.mdx': '# Carers\n\n<Callout>Every service user can ask for an assessment.</Callout>\n',
    'notes.md': '<!--public-service disable nonsense-->\n\nNothing here for the term map.\n'
  }

  async function findings(prescan: boolean, files: Array<{path: string; cwd: string}>): Promise<string[]> {
    const processor = createProcessor({prescan})
    const out: string[] = []
    for (const {path, cwd} of files) {
      const file = new VFile({path, cwd, value: await readFile(join(cwd, path), 'utf8')})
      await processor.process(file)
      for (const message of file.messages) out.push(path + ' ' + summary(message) + ' ' + message.reason)
    }
    return out
  }

  it('never changes a finding, in any format', async () => {
    const folder = await folderWith({...extraDocuments, 'handbook.docx': await wordDocument(['Finance treats the care teams as internal customers.'])})
    const files = [
      ...(await corpusFiles()).map((path) => ({path, cwd: root})),
      ...[...Object.keys(extraDocuments), 'handbook.docx'].map((path) => ({path, cwd: folder}))
    ]
    const withPrescan = await findings(true, files)
    const withoutPrescan = await findings(false, files)
    expect(withPrescan).toEqual(withoutPrescan)
    // Each extra document has something to find: the comparison is not between two empty lists.
    for (const path of [...Object.keys(extraDocuments), 'handbook.docx']) expect(withPrescan.some((line) => line.startsWith(path + ' ')), path).toBe(true)
  })

})

/** The corpus's documents, relative to the project root. */
async function corpusFiles(): Promise<string[]> {
  const entries = await readdir(corpusRoot, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile() && /\.(md|txt)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort()
}
