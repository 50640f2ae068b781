/**
 * End to end: the reports. Machine reports are the only thing on standard output; SARIF
 * is valid against the SARIF 2.1.0 schema in ../shared/schemas/.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import {beforeAll, describe, expect, it} from 'vitest'
import {builtInTermMap} from 'retext-public-service/engine'
import {folderWith, repositoryRoot, root, runCli, wordDocument, type JsonFile} from './cli-helpers.js'

const guide = `# Help with the cost of care

Most of our customers pay nothing towards their care.
Your caseload review will say how much support you get.
A customer-centric team answers the phone.
`

const ownFamily = JSON.stringify({
  families: [
    {
      id: 'stakeholder',
      title: '“Stakeholders” for the people a service is for',
      phrases: ['stakeholder'],
      severity: 'warning',
      describe: 'puts residents among suppliers and partners',
      suggest: [{one: 'resident', many: 'residents'}],
      explanation: 'A resident is not one interest among many around a table; the service exists for them.',
      source: {essay: 'citizens-not-customers', section: 'post'}
    }
  ]
})

let folder: string

beforeAll(async () => {
  folder = await folderWith({
    'docs/guide.md': guide,
    'docs/clean.md': 'We support people to live well at home.\n',
    'docs/handbook.docx': await wordDocument(['Introduction', 'Finance treats the care teams as internal customers.']),
    'docs/partners/.publicservicerc.json': ownFamily,
    'docs/partners/plan.md': 'We met our stakeholders in May.\n'
  })
})

describe('--report json', () => {
  it("has vfile-reporter-json's shape with each finding's context, and nothing else is on standard output or error", async () => {
    const result = await runCli(['docs', '--report', 'json'], {cwd: folder})
    expect(result.stderr).toBe('')
    const files = JSON.parse(result.stdout) as JsonFile[]
    expect(files.map((file) => file.path)).toEqual(['docs/clean.md', 'docs/guide.md', 'docs/handbook.docx', 'docs/partners/plan.md'])
    for (const file of files) {
      expect(Object.keys(file).sort()).toEqual(['cwd', 'history', 'messages', 'path'])
      expect(file.cwd).toBe(folder)
    }
    const [first] = files[1].messages
    expect(first).toEqual({
      reason: expect.stringMatching(/^`our customers` /),
      ruleId: 'our-customers',
      source: 'retext-public-service',
      line: 3,
      column: 9,
      place: {start: {line: 3, column: 9, offset: 38}, end: {line: 3, column: 22, offset: 51}},
      fatal: false,
      actual: 'our customers',
      expected: expect.arrayContaining(['the people we support']),
      note: expect.stringContaining('Source:'),
      url: expect.stringMatching(/^https:\/\/.+our-customers\.md$/),
      // Beyond vfile-reporter-json's fields: the sentence around the words, so that the
      // output serves as a --baseline.
      context: {before: 'Most of ', after: ' pay nothing towards their care.'}
    })
    expect(files[1].messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['our-customers', false],
      ['case', undefined],
      ['customer-focused', false]
    ])
    expect(result.code).toBe(1)
  })

  it('--quiet leaves out informational findings and files with nothing found', async () => {
    const result = await runCli(['docs', '--report', 'json', '--quiet'], {cwd: folder})
    const files = JSON.parse(result.stdout) as JsonFile[]
    expect(files.map((file) => file.path)).toEqual(['docs/guide.md', 'docs/handbook.docx', 'docs/partners/plan.md'])
    expect(files[0].messages.map((message) => message.ruleId)).toEqual(['our-customers', 'customer-focused'])
  })
})

describe('--report sarif', () => {
  interface SarifLog {
    version: string
    runs: Array<{
      tool: {driver: {name: string; version: string; rules: Array<{id: string; shortDescription: {text: string}; fullDescription: {text: string}; help: {text: string; markdown: string}; helpUri: string; defaultConfiguration: {level: string}}>}}
      results: Array<{ruleId: string; ruleIndex: number; level: string; message: {text: string}; partialFingerprints: Record<string, string>; properties?: Record<string, unknown>; locations: Array<{physicalLocation: {artifactLocation: {uri: string; uriBaseId: string}; region?: {startLine: number; startColumn: number; endLine: number; endColumn: number}}}>}>
      invocations: Array<{executionSuccessful: boolean; toolExecutionNotifications: Array<{level: string; message: {text: string}; locations?: unknown[]}>}>
      originalUriBaseIds: Record<string, {uri: string}>
    }>
  }

  const schema = JSON.parse(readFileSync(join(repositoryRoot, '..', 'shared', 'schemas', 'sarif-schema-2.1.0.json'), 'utf8')) as object
  // Both are CommonJS modules whose `default` is the export itself.
  const ajv = new ajvDraft04.default({allErrors: true, strict: false})
  ajvFormats.default(ajv)
  const validate = ajv.compile(schema)

  let log: SarifLog
  let stderr: string
  let code: number | null

  beforeAll(async () => {
    const result = await runCli(['docs', '--report', 'sarif'], {cwd: folder})
    stderr = result.stderr
    code = result.code
    log = JSON.parse(result.stdout) as SarifLog
  })

  it('is valid SARIF 2.1.0, alone on standard output', () => {
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true)
    expect(log.version).toBe('2.1.0')
    expect(stderr).toBe('')
    expect(code).toBe(1)
  })

  it("describes every rule, the configuration's own included, with help", () => {
    const {driver} = log.runs[0].tool
    expect(driver.name).toBe('public-service-lint')
    const ids = driver.rules.map((rule) => rule.id)
    for (const family of builtInTermMap.families) expect(ids).toContain(family.id)
    expect(ids).toContain('stakeholder')
    const internal = driver.rules.find((rule) => rule.id === 'internal-customers')!
    expect(internal.shortDescription.text).toBe(builtInTermMap.families.find((family) => family.id === 'internal-customers')!.title)
    expect(internal.fullDescription.text).toBe('The wording treats colleagues as buyers of our work.')
    expect(internal.help.text).toMatch(/^Prefer “colleagues”, “partners”, “other teams”\. Nothing is bought or sold between teams/)
    expect(internal.help.markdown).toContain('[More about this rule](https://')
    expect(internal.helpUri).toMatch(/internal-customers\.md$/)
    expect(driver.rules.find((rule) => rule.id === 'case')!.defaultConfiguration.level).toBe('warning')
    expect(driver.rules.find((rule) => rule.id === 'customer-service')!.defaultConfiguration.level).toBe('note')
  })

  it('gives each finding its rule, level and place, for GitHub code scanning', () => {
    const [run] = log.runs
    const summary = run.results.map((result) => {
      const location = result.locations[0].physicalLocation
      return [result.ruleId, run.tool.driver.rules[result.ruleIndex].id, result.level, location.artifactLocation.uri, location.region?.startLine, location.region?.startColumn]
    })
    expect(summary).toEqual([
      ['our-customers', 'our-customers', 'warning', 'docs/guide.md', 3, 9],
      ['case', 'case', 'note', 'docs/guide.md', 4, 6],
      ['customer-focused', 'customer-focused', 'warning', 'docs/guide.md', 5, 3],
      // Word documents have no lines: the first stands for the document, and the message
      // and the properties name the paragraph.
      ['internal-customers', 'internal-customers', 'warning', 'docs/handbook.docx', 1, undefined],
      ['stakeholder', 'stakeholder', 'warning', 'docs/partners/plan.md', 1, 12]
    ])
    expect(run.results[3].message.text).toMatch(/\(Word document: paragraph 2\)$/)
    expect(run.results[3].properties).toMatchObject({paragraph: 2, character: 34})
    for (const result of run.results) expect(result.locations[0].physicalLocation.region?.startLine, result.ruleId).toBeGreaterThan(0)
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('PROJECTROOT')
    expect(run.originalUriBaseIds.PROJECTROOT.uri).toBe('file://' + folder + '/')
    expect(run.invocations[0].executionSuccessful).toBe(true)
  })

  it('fingerprints each finding so that code scanning follows it when lines above move', async () => {
    const text = 'Ask each customer about their care.\n\nAsk each customer about their care.\n\nOur customers can call us.\n'
    const fingerprintsOf = async (value: string) => {
      const moved = await folderWith({'page.md': value})
      const result = await runCli(['page.md', '--report', 'sarif'], {cwd: moved})
      const sarif = JSON.parse(result.stdout) as SarifLog
      expect(validate(sarif), ajv.errorsText(validate.errors)).toBe(true)
      return sarif.runs[0].results.map((result) => result.partialFingerprints['publicServiceFinding/v1'])
    }
    const before = await fingerprintsOf(text)
    const after = await fingerprintsOf('# A new heading\n\nA new paragraph about the weather.\n\n' + text)
    expect(before).toHaveLength(3)
    // The two identical sentences are told apart, and every fingerprint survives the move.
    expect(new Set(before).size).toBe(3)
    expect(after).toEqual(before)
    const reworded = await fingerprintsOf(text.replace('Our customers can call', 'Our customers may write to'))
    expect(reworded.slice(0, 2)).toEqual(before.slice(0, 2))
    expect(reworded[2]).not.toBe(before[2])
  })

  it('lists files that could not be checked as tool notifications, still valid', async () => {
    const broken = await folderWith({'ok.md': 'Ask each customer.\n', 'empty.md': ''})
    const result = await runCli(['.', '--report', 'sarif'], {cwd: broken})
    const failed = JSON.parse(result.stdout) as SarifLog
    expect(validate(failed), ajv.errorsText(validate.errors)).toBe(true)
    expect(failed.runs[0].invocations[0]).toEqual({
      executionSuccessful: false,
      toolExecutionNotifications: [{level: 'error', message: {text: '`empty.md` is empty: there is nothing to check'}, locations: [{physicalLocation: {artifactLocation: {uri: 'empty.md', uriBaseId: 'PROJECTROOT'}}}]}]
    })
    expect(failed.runs[0].results.map((result) => result.ruleId)).toEqual(['customer'])
    expect(result.code).toBe(1)
  })
})

describe('--report github', () => {
  it('prints one workflow command per finding, and nothing else', async () => {
    const result = await runCli(['docs', '--report', 'github'], {cwd: folder})
    expect(result.stderr).toBe('')
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines.map((line) => line.replace(/::`.*$/, '::…'))).toEqual([
      '::warning file=docs/guide.md,line=3,endLine=3,col=9,endColumn=22,title=public-service our-customers::…',
      '::notice file=docs/guide.md,line=4,endLine=4,col=6,endColumn=14,title=public-service case::…',
      '::warning file=docs/guide.md,line=5,endLine=5,col=3,endColumn=19,title=public-service customer-focused::…',
      '::warning file=docs/handbook.docx,title=public-service internal-customers::…',
      '::warning file=docs/partners/plan.md,line=1,endLine=1,col=12,endColumn=24,title=public-service stakeholder::…'
    ])
    expect(lines[0]).toMatch(/::`our customers` groups people as the service's own customers.*instead$/)
    expect(result.code).toBe(1)
  })

  it('escapes what would end a property or the command, and marks failures as errors', async () => {
    const odd = await folderWith({'notes, draft: 100%.md': 'Ask each customer.\n', 'empty.txt': '\n'})
    const result = await runCli(['.', '--report', 'github', '--quiet'], {cwd: odd})
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      '::error file=empty.txt::`empty.txt` is empty: there is nothing to check',
      expect.stringMatching(/^::warning file=notes%2C draft%3A 100%25\.md,line=1,endLine=1,col=10,endColumn=18,title=public-service customer::`customer` /)
    ])
  })
})

describe('terminal report', () => {
  it('lists findings on standard error, with a hint at --verbose', async () => {
    const result = await runCli(['docs/guide.md'], {cwd: folder})
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^docs\/guide\.md\n3:9-3:22 +warning +`our customers` groups people/)
    expect(result.stderr).toMatch(/4:6-4:14 +info +`caseload`/)
    expect(result.stderr).toContain('3 messages (⚠ 2 warnings)')
    expect(result.stderr).toContain('Run with --verbose to see why each finding matters')
    expect(result.stderr).not.toContain('[note]')
    // No colour when standard error is not a terminal.
    expect(result.stderr).not.toContain('\u001B[')
  })

  it('--verbose shows the explanation and where to read more', async () => {
    const result = await runCli(['docs/guide.md', '--verbose'], {cwd: folder})
    expect(result.stderr).toMatch(/\[url\]:\n +https:\/\/\S+our-customers\.md/)
    expect(result.stderr).toMatch(/\[note\]:\n +.+Source: /)
    expect(result.stderr).not.toContain('Run with --verbose')
  })

  it('--quiet hides informational findings and files with nothing found', async () => {
    const result = await runCli(['docs', '--quiet'], {cwd: folder})
    expect(result.stderr).not.toContain('caseload')
    expect(result.stderr).not.toContain('clean.md')
    expect(result.stderr).toContain('customer-centric')
  })

  it('--color colours it even when piped', async () => {
    const result = await runCli(['docs/guide.md', '--color'], {cwd: folder})
    expect(result.stderr).toContain('\u001B[33mwarning\u001B[39m')
  })
})
