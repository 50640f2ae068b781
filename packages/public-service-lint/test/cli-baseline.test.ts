/**
 * End to end: `--baseline`. An earlier --report json output records what a site already
 * has; only new wording is reported and fails the run, in every format and report.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {folderWith, runCli, wordDocument, type JsonFile} from './cli-helpers.js'

const policy = `# Charging policy

Most of our customers pay nothing towards their care.

Finance treats the care teams as internal customers.

Every service user has a named worker.
`

let folder: string
let baseline: string

beforeAll(async () => {
  folder = await folderWith({
    'docs/policy.md': policy,
    'docs/housing.html': '<h1>Housing</h1><p>Our customers can report a repair online.</p>',
    'docs/notes.txt': 'Each client is offered a care package review.\n',
    'docs/handbook.docx': await wordDocument(['Introduction', 'Finance treats the care teams as internal customers.'])
  })
  const recorded = await runCli(['docs', '--report', 'json'], {cwd: folder})
  expect(recorded.code).toBe(1)
  baseline = join(folder, 'baseline.json')
  writeFileSync(baseline, recorded.stdout)
})

function findingsIn(stdout: string): Array<[string, string, string]> {
  return (JSON.parse(stdout) as JsonFile[]).flatMap((file) => file.messages.map((message) => [file.path, message.ruleId ?? '', String(message.actual)] as [string, string, string]))
}

describe('--baseline', () => {
  it('leaves out every recorded finding, in every format, and passes', async () => {
    const result = await runCli(['docs', '--baseline', 'baseline.json'], {cwd: folder})
    expect(result.stderr).toContain('Baseline: 7 recorded findings left out; 0 recorded findings gone (fixed or reworded).')
    expect(result.stderr).not.toMatch(/warning/)
    expect(result.code).toBe(0)
  })

  it('fails on exactly the one sentence added at the top, though every line below moved', async () => {
    const edited = await folderWith({'docs/policy.md': 'Service users will be asked first.\n\n' + policy, 'baseline.json': ''})
    writeFileSync(join(edited, 'baseline.json'), JSON.stringify(JSON.parse(readFileSync(baseline, 'utf8')).map((file: JsonFile & {cwd: string}) => ({...file, cwd: edited}))))
    const result = await runCli(['docs/policy.md', '--baseline', 'baseline.json', '--report', 'json'], {cwd: edited})
    expect(findingsIn(result.stdout)).toEqual([['docs/policy.md', 'service-user', 'Service users']])
    expect(result.code).toBe(1)
  })

  it('counts: the same sentence twice where it was recorded once is one new finding', async () => {
    const doubled = await folderWith({'docs/policy.md': policy + '\nEvery service user has a named worker.\n'})
    const result = await runCli(['docs/policy.md', '--baseline', baseline, '--report', 'json'], {cwd: doubled})
    expect(findingsIn(result.stdout)).toEqual([['docs/policy.md', 'service-user', 'service user']])
    expect(result.code).toBe(1)
  })

  it('says how many recorded findings are gone once the wording is fixed', async () => {
    const fixed = await folderWith({'docs/policy.md': policy.replace('our customers', 'the people we support').replace('internal customers', 'colleagues')})
    const result = await runCli(['docs/policy.md', '--baseline', baseline], {cwd: fixed})
    expect(result.stderr).toContain('Baseline: 1 recorded finding left out; 2 recorded findings gone (fixed or reworded).')
    expect(result.code).toBe(0)
  })

  it('is not fooled by the same words in another sentence', async () => {
    const moved = await folderWith({'docs/policy.md': policy + '\nEach week a service user may ask for a review.\n'})
    const result = await runCli(['docs/policy.md', '--baseline', baseline, '--report', 'json'], {cwd: moved})
    expect(findingsIn(result.stdout)).toEqual([['docs/policy.md', 'service-user', 'service user']])
  })

  it('works with --fix: fixes what is safe, and what is left is held against the baseline', async () => {
    const fixing = await folderWith({'docs/policy.md': policy})
    const result = await runCli(['docs/policy.md', '--fix', '--baseline', baseline], {cwd: fixing})
    expect(readFileSync(join(fixing, 'docs/policy.md'), 'utf8')).toContain('Finance treats the care teams as colleagues.')
    expect(result.stderr).toContain('Fixed 1 finding in 1 file.')
    expect(result.stderr).toContain('Baseline: 2 recorded findings left out; 1 recorded finding gone (fixed or reworded).')
    expect(result.code).toBe(0)
  })

  it('works with the SARIF and GitHub reports: only new findings, marked new', async () => {
    const sarif = await runCli(['docs', '--baseline', 'baseline.json', '--report', 'sarif'], {cwd: folder})
    expect(JSON.parse(sarif.stdout).runs[0].results).toEqual([])
    const github = await runCli(['docs', '--baseline', 'baseline.json', '--report', 'github'], {cwd: folder})
    expect(github.stdout).toBe('')
    expect(github.code).toBe(0)
  })

  it('reads a baseline written without contexts by file, family and words', async () => {
    const old = (JSON.parse(readFileSync(baseline, 'utf8')) as JsonFile[]).map((file) => ({...file, messages: file.messages.map(({context: _context, ...message}) => message)}))
    writeFileSync(join(folder, 'old-baseline.json'), JSON.stringify(old))
    const result = await runCli(['docs', '--baseline', 'old-baseline.json'], {cwd: folder})
    expect(result.code).toBe(0)
  })

  it('names the file and the problem when the baseline cannot be used, exit status 2', async () => {
    writeFileSync(join(folder, 'broken.json'), '{"not": "a report"')
    writeFileSync(join(folder, 'other.json'), '{"files": []}')
    const missing = await runCli(['docs', '--baseline', 'nowhere.json'], {cwd: folder})
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
    expect(missing.stderr).toContain('cannot read baseline `' + join(folder, 'nowhere.json') + '`: no such file')
    expect(missing.code).toBe(2)
    const broken = await runCli(['docs', '--baseline', 'broken.json'], {cwd: folder})
    expect(broken.stderr).toMatch(/baseline `.*broken\.json` is not JSON/)
    expect(broken.stderr).not.toMatch(/\n\s+at /)
    expect(broken.code).toBe(2)
    const other = await runCli(['docs', '--baseline', 'other.json'], {cwd: folder})
    expect(other.stderr).toMatch(/baseline `.*other\.json` is not a --report json output/)
    expect(other.code).toBe(2)
  })
})
