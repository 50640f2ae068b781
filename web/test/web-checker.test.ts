/**
 * The checker page's logic, in Node: what it finds agrees with the CLI's processor for
 * every format it reads (its pipelines are assembled separately, for the browser), and
 * the pure steps behind the highlights, suggestions and counts.
 */
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Document, HeadingLevel, Packer, Paragraph} from 'docx'
import {readFile} from 'node:fs/promises'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import {createProcessor} from 'public-service-lint'
import {check} from '../check.js'
import {
  applySuggestion,
  countByFamily,
  findingFromMessage,
  formatOfFileName,
  segmentText,
  splitNote,
  splitQuoted,
  summarise,
  tidyWordText,
  type Finding,
  type Format
} from '../findings.js'
import {wordToText} from '../word.js'

const folder = await mkdtemp(join(tmpdir(), 'public-service-web-'))
afterAll(() => rm(folder, {recursive: true, force: true}))

/** What the CLI's processor reports for a file with this name and content. */
async function cliFindings(name: string, value: string | Uint8Array) {
  const path = join(folder, name)
  await writeFile(path, value)
  const file = new VFile({path, value: typeof value === 'string' ? value : Buffer.from(value)})
  await createProcessor().process(file)
  return file.messages
    .filter((message) => message.source === 'retext-public-service' && message.ruleId !== undefined && !/^(known-rule|unknown-rule)/.test(message.ruleId ?? ''))
    .map((message) => ({
      ruleId: message.ruleId,
      actual: message.actual,
      expected: message.expected,
      severity: message.fatal === false ? 'warning' : 'info',
      start: message.place && 'start' in message.place ? message.place.start.offset : undefined
    }))
}

function pageFindings(findings: Finding[], withOffsets = true) {
  return findings.map((finding) => ({
    ruleId: finding.ruleId,
    actual: finding.actual,
    expected: finding.suggestions,
    severity: finding.severity,
    start: withOffsets ? finding.start : undefined
  }))
}

const policy = await readFile(new URL('../../examples/adult-social-care-strategy.md', import.meta.url), 'utf8')

const documents: Array<{name: string; format: Format; value: string}> = [
  {name: 'policy.md', format: 'markdown', value: policy},
  {
    name: 'inline-comments.md',
    format: 'markdown',
    value: [
      '---',
      'title: Support for our customers',
      '---',
      '',
      '<!--public-service disable our-customers-->',
      '',
      'Our customers can open an account online.',
      '',
      '<!--public-service enable our-customers-->',
      '',
      '| Team | Who |',
      '| --- | --- |',
      '| Duty | every service user |',
      '',
      '`customer` is a field name; each customer gets a letter.',
      ''
    ].join('\n')
  },
  {
    name: 'page.html',
    format: 'html',
    value: [
      '<!doctype html><title>Our customers</title>',
      '<h1>Care and support</h1>',
      '<p>Every service user has a named worker, and we review each <em>care package</em> yearly.</p>',
      '<!--public-service ignore internal-customers-->',
      '<p>Finance treats localities as internal customers.</p>',
      '<p>Our internal customers &amp; partners meet monthly.</p>',
      '<pre><code>customer = lookup(serviceUser)</code></pre>'
    ].join('\n')
  },
  {name: 'notes.txt', format: 'text', value: 'Adult social care\n\nWe will review every service user.\nOur internal customers are the finance team, and each case is\nallocated within a week.\n'}
]

describe('the page finds what the command line finds', () => {
  for (const document of documents) {
    it(document.name, async () => {
      const expected = await cliFindings(document.name, document.value)
      expect(expected.length).toBeGreaterThan(1)
      expect(pageFindings(await check(document.value, document.format))).toEqual(expected)
    })
  }

  it('a Word document, read as its paragraphs of text', async () => {
    const bytes = await wordDocument(['# Our customers', 'Every service user has a named worker.', '', 'Finance treats localities as internal customers.'])
    const text = await wordToText(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    expect(text).toBe('Our customers\n\nEvery service user has a named worker.\n\nFinance treats localities as internal customers.\n')
    const expected = (await cliFindings('letter.docx', bytes)).map((finding) => ({...finding, start: undefined}))
    expect(expected.length).toBe(3)
    expect(pageFindings(await check(text, 'text'), false)).toEqual(expected)
  })
})

async function wordDocument(paragraphs: string[]): Promise<Uint8Array> {
  const children = paragraphs.map((text) => (text.startsWith('# ') ? new Paragraph({text: text.slice(2), heading: HeadingLevel.HEADING_1}) : new Paragraph({text})))
  return new Uint8Array(await Packer.toBuffer(new Document({sections: [{children}]})))
}

describe('findings on the page', () => {
  const text = 'Our customers and every service user.'
  const finding = (start: number, end: number, severity: Finding['severity'] = 'warning', ruleId = 'customer'): Finding => ({
    ruleId,
    title: ruleId,
    severity,
    reason: '',
    actual: text.slice(start, end),
    suggestions: [],
    explanation: '',
    source: '',
    url: '',
    start,
    end,
    line: 1,
    column: start + 1
  })

  it('reads a message: severity from `fatal`, the note split at its source, offsets kept', () => {
    const titles = new Map([['customer', '“Customer”']])
    const message = {
      source: 'retext-public-service',
      ruleId: 'customer',
      reason: '`customers` frames people as buyers',
      fatal: false,
      actual: 'customers',
      expected: ['people'],
      note: 'People are not buyers. Nor are they clients. Source: the ‘Customers’ section of the essay.',
      url: 'https://example.org/customer',
      place: {start: {line: 1, column: 5, offset: 4}, end: {line: 1, column: 14, offset: 13}}
    }
    expect(findingFromMessage(message, titles)).toEqual({
      ruleId: 'customer',
      title: '“Customer”',
      severity: 'warning',
      reason: '`customers` frames people as buyers',
      actual: 'customers',
      suggestions: ['people'],
      explanation: 'People are not buyers. Nor are they clients.',
      source: 'Source: the ‘Customers’ section of the essay.',
      url: 'https://example.org/customer',
      start: 4,
      end: 13,
      line: 1,
      column: 5
    })
    expect(findingFromMessage({...message, fatal: undefined}, titles)?.severity).toBe('info')
    expect(findingFromMessage({...message, ruleId: 'unknown-rule'}, titles)).toBeUndefined()
    expect(findingFromMessage({...message, source: 'other'}, titles)).toBeUndefined()
    expect(findingFromMessage({...message, place: {line: 1, column: 5}}, titles)).toBeUndefined()
    expect(splitNote('No source here.')).toEqual({explanation: 'No source here.', source: ''})
  })

  it('cuts the text into plain and marked runs; an overlapping finding is listed but not marked twice', () => {
    const findings = [finding(4, 13), finding(0, 13, 'warning', 'our-customers'), finding(24, 36, 'info', 'service-user')]
    expect(segmentText(text, findings)).toEqual([
      {text: 'Our customers', finding: 1},
      {text: ' and every '},
      {text: 'service user', finding: 2},
      {text: '.'}
    ])
    expect(segmentText('', [])).toEqual([])
    expect(segmentText(text, [])).toEqual([{text}])
  })

  it('applies a suggestion at the finding’s offsets', () => {
    expect(applySuggestion(text, finding(24, 36), 'person who uses services')).toBe('Our customers and every person who uses services.')
  })

  it('counts per family and sums up', () => {
    const findings = [finding(4, 13), finding(0, 3, 'info'), finding(24, 36, 'info', 'service-user')]
    expect(countByFamily(findings)).toEqual([
      {ruleId: 'customer', title: 'customer', warnings: 1, info: 1},
      {ruleId: 'service-user', title: 'service-user', warnings: 0, info: 1}
    ])
    expect(summarise(findings)).toBe('3 findings: 1 to change, 2 worth a look.')
    expect(summarise([finding(4, 13)])).toBe('1 finding: 1 to change.')
    expect(summarise([])).toBe('No wording to change was found.')
  })

  it('shows quoted words as quotations, reads file names and tidies Word text', () => {
    expect(splitQuoted('`customers` frames people; use `people` instead')).toEqual(['', 'customers', ' frames people; use ', 'people', ' instead'])
    expect(formatOfFileName('Strategy.DOCX')).toBe('docx')
    expect(formatOfFileName('notes.markdown')).toBe('markdown')
    expect(formatOfFileName('page.htm')).toBe('html')
    expect(formatOfFileName('a.txt')).toBe('text')
    expect(formatOfFileName('sheet.xlsx')).toBeUndefined()
    expect(formatOfFileName('README')).toBeUndefined()
    expect(tidyWordText('Title\r\n\r\n\n\n\nBody  \n\n')).toBe('Title\n\nBody\n')
  })
})
