/**
 * One large markdown document is parsed in pieces cut where a new top-level block starts
 * (formats/markdown-chunks.ts). The findings must be those of one parse of the whole: over
 * the corpus's markdown and long documents joined from it, over the constructs that run
 * over blank lines, and over random documents.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {markdownPieces} from '../src/formats/markdown-chunks.js'
import {createProcessor} from '../src/formats/processor.js'

const corpusRoot = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus')

function corpusMarkdown(): Array<{path: string; text: string}> {
  return readdirSync(corpusRoot, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({path, text: readFileSync(path, 'utf8')}))
}

const describeFinding = (message: VFileMessage) =>
  [message.ruleId, JSON.stringify(message.place), message.actual, (message.expected ?? []).join('|'), message.fatal, message.reason].join(' ')

/** Findings of `text` as markdown, parsed whole or in pieces as small as the boundaries allow. */
async function findings(text: string, pieces: boolean, prescan = true): Promise<string[]> {
  const processor = createProcessor({prescan, markdownPieceSize: pieces ? 1 : Number.POSITIVE_INFINITY})
  const file = new VFile({path: 'document.md', value: text})
  await processor.process(file)
  return file.messages.map(describeFinding)
}

describe('markdown in pieces', () => {
  it('gives the findings of one parse on every markdown file of the corpus, with the pre-scan and without', async () => {
    const documents = corpusMarkdown()
    expect(documents.length).toBeGreaterThan(100)
    let cut = 0
    let found = 0
    for (const {path, text} of documents) {
      if (markdownPieces(text, 1).length > 1) cut++
      const whole = await findings(text, false)
      found += whole.length
      expect(await findings(text, true), path).toEqual(whole)
      expect(await findings(text, true, false), path).toEqual(whole)
    }
    expect(cut).toBeGreaterThan(documents.length / 2)
    expect(found).toBeGreaterThan(10)
  }, 300_000)

  it('gives the findings of one parse on a long document joined from the corpus', async () => {
    const joined = corpusMarkdown()
      .map(({text}) => text)
      .join('\n\n')
    expect(joined.length).toBeGreaterThan(200_000)
    const processor = createProcessor()
    const file = new VFile({path: 'joined.md', value: joined})
    await processor.process(file)
    expect(file.messages.map(describeFinding)).toEqual(await findings(joined, false))
    expect(file.messages.length).toBeGreaterThan(10)
  }, 300_000)

  const constructs: Array<[string, string]> = [
    ['front matter with blank lines', '---\ntitle: Our customer charter\n\ndescription: How we treat customers\n---\n\nEvery service user has a plan.\n'],
    ['fenced code with blank lines and lines at the margin', 'Intro.\n\n```\ncustomer = 1\n\nour customers and service users\n```\n\nAsk each customer.\n'],
    ['a tilde fence closed by a longer one', '~~~\nour customers\n\ncustomers\n~~~~\n\nAsk each customer.\n'],
    ['an HTML comment over blank lines', '<!--\nnotes\n\nour customers\n-->\n\nAsk each customer.\n'],
    ['a pre block over blank lines', '<pre>\nour customers\n\ncase\n</pre>\n\nAsk each customer.\n'],
    ['a reference defined at the end, used at the start', '[our customers][customers-page] asked.\n\nText.\n\n[customers-page]: https://example.org/customers\n'],
    ['a line like a definition that continues a paragraph', '> quoted service users\n> quoted service users\n[our customers][ref] said so.\n[ref]: https://example.org\nAsk each customer what matters to them.\n'],
    ['a reference used but not defined', 'See [the service user guide][guide].\n\nText.\n'],
    ['an ignore comment before a block in the next piece', '<!--public-service ignore customer-->\n\nCustomers can ask.\n\nCustomers can ask again.\n'],
    ['disable and enable across pieces', '<!--public-service disable customer-->\n\nAsk each customer.\n\nText.\n\n<!--public-service enable customer-->\n\nAsk each customer again.\n'],
    ['a list item with an indented paragraph after a blank line', '- First\n\n  Every service user has a plan.\n\n- Second\n\nAsk each customer.\n'],
    ['indented code after a paragraph', 'Text.\n\n    our customers\n\nAsk each customer.\n'],
    ['Windows line endings', 'Ask each customer.\r\n\r\nEvery service user has a plan.\r\n\r\n```\r\ncustomer\r\n\r\nx\r\n```\r\n'],
    ['a setext heading and a table', 'Our customers\n=============\n\n| who | what |\n| --- | --- |\n| service users | care package |\n\nText.\n'],
    ['block quotes with blank lines', '> Our customers\n>\n> service users\n\n> more customers\n'],
    ['an ignore comment before a loose list, whose later item is cut from the first by blank lines', '<!--public-service ignore customer-->\n\n- Item\n\n  Every service user counts.\n\n- Item\n\n  Every service user counts.\n\n    indented customers\n'],
    ['a thematic break before lines that would read as front matter', 'Each client has a plan.\n\n---\nnotes: our customers\n---\n\nEvery service user counts.\n']
  ]
  for (const [name, text] of constructs) {
    it(name, async () => {
      expect(await findings(text, true)).toEqual(await findings(text, false))
      expect(await findings(text, true, false)).toEqual(await findings(text, false))
    })
  }

  it('gives the findings of one parse on random documents', async () => {
    const block = fc.constantFrom(
      'Ask each customer what matters to them.',
      'Every service user has a named worker.',
      'We reviewed the care package.',
      'In case of fire, leave the building.',
      '# Our customers',
      '- First point\n- Second point with our customers',
      '- Item\n\n  Every service user counts.',
      '```\ncustomer = 1\n\nclient = 2\n```',
      '<!--public-service ignore customer-->',
      '<!--public-service disable service-user-->',
      '<!--public-service enable service-user-->',
      '<!--\nour customers\n\n-->',
      '[our customers][ref] said so.',
      '[ref]: https://example.org',
      '    indented customers',
      '> quoted service users',
      '| a | b |\n| - | - |\n| customer | case |',
      'Plain words with nothing to find.',
      '---',
      '---\nnotes: our customers\n---',
      '***'
    )
    await fc.assert(
      fc.asyncProperty(fc.array(block, {minLength: 1, maxLength: 12}), fc.constantFrom('\n\n', '\n', '\n\n\n'), async (blocks, separator) => {
        const text = blocks.join(separator) + '\n'
        expect(await findings(text, true)).toEqual(await findings(text, false))
      }),
      {numRuns: 500}
    )
  }, 300_000)
})
