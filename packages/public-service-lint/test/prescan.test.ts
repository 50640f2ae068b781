/**
 * The pre-scan is only a shortcut: on every document of the real corpus
 * (`../shared/corpus/`, all three folders), the processor the CLI uses reports exactly
 * the same findings with it as without it, and it does skip most of the corpus (whole
 * files, and most paragraphs of the files it parses), so the comparison is between two
 * real runs. The corpus's markdown is also checked as HTML, both ways; and the cases in
 * which a skipped paragraph could matter (a cue for the whole document, inline comments)
 * are checked one by one.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Options} from 'retext-public-service'
import {blankParagraphs} from 'retext-public-service/engine'
import {createProcessor, publicServiceConfig} from '../src/formats/processor.js'

const corpusRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'corpus')
const folders = ['govuk', 'lga-service-explorer', 'nhs-service-manual']

/** Every file of the three corpus folders, in a stable order. */
function corpusPaths(): string[] {
  return folders
    .flatMap((folder) =>
      readdirSync(join(corpusRoot, folder), {recursive: true, withFileTypes: true})
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
    )
    .sort()
}

interface Finding {
  ruleId: string | undefined
  place: VFileMessage['place']
  actual: string | undefined
  expected: string[] | undefined
  fatal: boolean | null | undefined
}

function finding(message: VFileMessage): Finding {
  // Copies, so the comparison is of values and not of which object a point is.
  const place = message.place ? (JSON.parse(JSON.stringify(message.place)) as VFileMessage['place']) : undefined
  return {
    ruleId: message.ruleId,
    place,
    actual: message.actual,
    expected: message.expected ? [...message.expected] : undefined,
    fatal: message.fatal
  }
}

interface Run {
  findings: Map<string, Finding[]>
  /** Files the pre-scan let through to the natural-language parse. */
  parsed: number
  /** Characters of those files in paragraphs the pre-scan left out of the parse. */
  skippedCharacters: number
  /** Characters of the files parsed. */
  parsedCharacters: number
}

async function check(documents: ReadonlyArray<{path: string; value: string}>, prescan: boolean): Promise<Run> {
  const processor = createProcessor({prescan})
  const findings = new Map<string, Finding[]>()
  let parsed = 0
  let skippedCharacters = 0
  let parsedCharacters = 0
  for (const {path, value} of documents) {
    const file = new VFile({path, value})
    const tree = processor.parse(file)
    const checked = tree.data?.publicServicePlaceholder !== 'nothing-to-find'
    await processor.run(tree, file)
    // MDX and HTML are parsed (and their paragraphs skipped) in the run, once their parsers load.
    if (checked) {
      parsed++
      parsedCharacters += value.length
      skippedCharacters += file.data.publicServiceSkipped?.characters ?? 0
    }
    findings.set(path, file.messages.map(finding))
  }
  return {findings, parsed, skippedCharacters, parsedCharacters}
}

async function findingsOf(path: string, value: string, prescan: boolean, options?: Options): Promise<Finding[]> {
  const file = new VFile({path, value})
  await createProcessor({prescan})().use(publicServiceConfig, options).process(file)
  return file.messages.map(finding)
}

describe('the pre-scan over the whole corpus', () => {
  const paths = corpusPaths()
  const documents = paths.map((path) => ({path, value: readFileSync(path, 'utf8')}))
  let on: Run
  let off: Run

  beforeAll(async () => {
    on = await check(documents, true)
    off = await check(documents, false)
  }, 180_000)

  it('reads every document of the three folders', () => {
    expect(paths.length).toBeGreaterThanOrEqual(1920)
    expect(on.findings.size).toBe(paths.length)
  })

  it('changes no finding in any file: rule, place, text, suggestions, severity', () => {
    for (const path of paths) expect(on.findings.get(path), path).toEqual(off.findings.get(path))
  })

  it('compares real runs: the corpus has findings, and the pre-scan skips most of it', () => {
    const total = [...off.findings.values()].reduce((sum, list) => sum + list.length, 0)
    expect(total).toBeGreaterThan(50)
    expect(off.parsed).toBe(paths.length)
    expect(on.parsed).toBeLessThan(paths.length / 2)
    // Of the files parsed, most of the text is in paragraphs without a term word.
    expect(off.skippedCharacters).toBe(0)
    expect(on.skippedCharacters).toBeGreaterThan(on.parsedCharacters / 2)
    // No document fails to be checked either way.
    const failures = [...off.findings.values(), ...on.findings.values()].flat().filter((message) => message.fatal === true)
    expect(failures).toEqual([])
  })
})

describe('the pre-scan over the corpus as HTML', () => {
  const toHtml = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify)
  const documents = corpusPaths()
    .filter((path) => path.endsWith('.md'))
    .map((path) => ({path: path.replace(/\.md$/, '.html'), value: String(toHtml.processSync(readFileSync(path, 'utf8')))}))
  let on: Run
  let off: Run

  beforeAll(async () => {
    on = await check(documents, true)
    off = await check(documents, false)
  }, 180_000)

  it('changes no finding in any file, and skips paragraphs of the files it parses', () => {
    for (const {path} of documents) expect(on.findings.get(path), path).toEqual(off.findings.get(path))
    // Most of the corpus's findings are in its plain-text files; its markdown holds a score.
    const total = [...off.findings.values()].reduce((sum, list) => sum + list.length, 0)
    expect(total).toBeGreaterThan(15)
    // These pages are short: much of their text is markup and metadata, outside any paragraph.
    expect(on.skippedCharacters).toBeGreaterThan(on.parsedCharacters / 5)
  })
})

describe('the paragraph pre-scan where a skipped paragraph could matter', () => {
  const cases: Array<[string, string]> = [
    // "citizens" is not offered where the document is about immigration: the cue is two paragraphs away.
    ['doc.md', 'We consult customers before the council votes on its budget.\n\nThis page has nothing else.\n\nIt also covers visa and asylum support.\n'],
    ['doc.txt', 'We consult customers before the council votes on its budget.\n\nThis page has nothing else.\n\nIt also covers visa and asylum support.\n'],
    // A client in a document about care, with the care words in another paragraph.
    ['care.md', '# Adult social care\n\nWe assess needs under the Care Act and plan support with carers.\n\nEach client has a named worker.\n'],
    ['care-forms.md', 'Our team visits every week.\n\nWe run three residential\ncare\\-homes.\n\nEach client has a named worker.\n'],
    ['care-forms.txt', 'Our team visits every week.\n\nThe Carers’ Centre and the Day  Services team.\n\nEach client has a named worker.\n'],
    ['care.html', '<h1>Adult social care</h1>\n<p>We assess needs under the Care Act and plan support with carers.</p>\n<p>Each client has a named worker.</p>\n'],
    // Comments that switch findings off, in or before paragraphs without a term word.
    ['on.md', '<!--public-service disable customer-->\n\nText <!--public-service enable--> with nothing to find.\n\nWe ask customers what matters to them.\n'],
    ['ignore.md', '<!--public-service ignore-->\n\nThis paragraph has nothing to find.\n\nWe ask customers what matters to them.\n'],
    ['ignore.html', '<!--public-service ignore-->\n<p>This paragraph has nothing to find.</p>\n<p>We ask customers what matters to them.</p>\n'],
    // A cue of the document may not run from one sentence into the next.
    ['sentences.md', 'We consult customers before the council votes on its budget.\n\nThey are settled.\n\nStatus reports follow each month.\n']
  ]

  it.each(cases)('%s: the same findings with and without it', async (path, value) => {
    const with_ = await findingsOf(path, value, true)
    expect(with_).toEqual(await findingsOf(path, value, false))
    // Without the family whose document cues include "service", the comments' own words
    // ("public-service") no longer keep their paragraphs for the parse.
    const options: Options = {disable: ['client']}
    expect(await findingsOf(path, value, true, options)).toEqual(await findingsOf(path, value, false, options))
  })

  it('does find what these documents hold', async () => {
    const immigration = await findingsOf('doc.md', cases[0][1], true)
    expect(immigration.map((item) => item.ruleId)).toEqual(['customer'])
    expect(immigration[0].expected).not.toContain('citizens')
    // Without the paragraph about immigration, "citizens" is offered.
    const civic = await findingsOf('doc.md', cases[0][1].replace(/It also covers.*/, ''), true)
    expect(civic[0].expected).toContain('citizens')
    for (const [path, value] of cases.slice(2, 5)) {
      expect((await findingsOf(path, value, true)).map((item) => item.ruleId), path).toEqual(['client'])
    }
    const ignored = await findingsOf('ignore.md', cases[7][1], true)
    expect(ignored.map((item) => item.ruleId)).toEqual(['customer'])
    const enabled = await findingsOf('on.md', cases[6][1], true)
    expect(enabled.map((item) => item.ruleId)).toEqual(['customer'])
  })
})

describe('an anchor without the rest of its phrase', () => {
  // "users" anchors only two-word phrases ("service" being too common to anchor on): a
  // paragraph of users and no service cannot hold a finding, and is not parsed.
  const page = 'User research shows what users need from the form.\n\nWe asked service users what matters to them.\n'

  it('a paragraph with the anchor and none of its phrase is left out; the findings are the same', async () => {
    const with_ = await check([{path: 'page.md', value: page}], true)
    expect(with_.skippedCharacters).toBe('User research shows what users need from the form.'.length)
    expect(with_.findings).toEqual((await check([{path: 'page.md', value: page}], false)).findings)
    expect(with_.findings.get('page.md')?.map((item) => item.actual)).toEqual(['service users'])
  })

  it('a file with the anchor and none of its phrase is not parsed at all', async () => {
    const run = await check([{path: 'research.md', value: 'User research shows what users need.\n\nUsers tested it twice.\n'}], true)
    expect(run.parsed).toBe(0)
  })

  it.each([
    ['line break', 'We asked service\nusers what matters.\n'],
    ['hyphen and capitals', 'We asked SERVICE-USERS what matters.\n'],
    ['a coordinated word', 'We asked service and support users what matters.\n']
  ])('%s: still parsed, and found', async (_, value) => {
    const with_ = await findingsOf('page.md', value, true)
    expect(with_.map((item) => item.ruleId)).toEqual(['service-user'])
    expect(with_).toEqual(await findingsOf('page.md', value, false))
  })

  it('a configured family whose phrase is the anchor alone keeps such paragraphs', async () => {
    const users: Options = {
      families: [
        {
          id: 'users',
          title: 'Users',
          phrases: ['user'],
          severity: 'warning',
          describe: 'names people by what they use',
          suggest: ['people'],
          explanation: 'People are more than what they use.',
          source: {essay: 'customer-in-adult-social-care', section: "‘Our’ customers"}
        }
      ]
    }
    const with_ = await findingsOf('page.md', page, true, users)
    expect(with_.map((item) => item.ruleId)).toEqual(['users', 'users', 'service-user'])
    expect(with_).toEqual(await findingsOf('page.md', page, false, users))
  })
})

describe('blanking paragraphs of plain text', () => {
  const keepCustomers = (text: string) => text.includes('customers')
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r']
  ])('keeps every offset and line break with %s line endings', (_name, eol) => {
    const text = ['Opening times.', 'Call us.', '', 'Our customers', 'come first.', '  ', 'Parking is free.', ''].join(eol)
    const blanked = blankParagraphs(text, keepCustomers)
    expect(blanked.length).toBe(text.length)
    expect(blanked.replace(/[^\r\n]/g, '')).toBe(text.replace(/[^\r\n]/g, ''))
    expect(blanked.indexOf('Our customers')).toBe(text.indexOf('Our customers'))
    // Line feeds mark paragraphs; text with carriage returns alone is one paragraph, kept whole.
    expect(blanked.includes('Opening times')).toBe(eol === '\r')
    expect(blanked.includes('Parking')).toBe(eol === '\r')
  })
})
