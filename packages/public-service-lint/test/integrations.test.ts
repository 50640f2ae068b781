/**
 * The integrations shipped at the repository's root: the GitHub Action (action.yml and the
 * scripts it runs, exercised here as far as they run without GitHub) and the pre-commit
 * hook (.pre-commit-hooks.yaml, tried end to end with Debian's pre-commit).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {cliPath, folderWith, repositoryRoot} from './cli-helpers.js'
import {hasProgram} from '../../../test/support/programs.js'

interface Step {
  uses?: string
  run?: string
  if?: string
  env?: Record<string, string>
  with?: Record<string, string>
}

const action = parse(readFileSync(join(repositoryRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, {default?: string}>
  outputs: Record<string, unknown>
  runs: {using: string; steps: Step[]}
}

function runAction(cwd: string, inputs: Record<string, string>) {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'action-runner-'))
  const output = join(runnerTemp, 'output')
  writeFileSync(output, '')
  const env = {...process.env, CI: undefined, ACTION_PATH: repositoryRoot, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: output, ...inputs}
  const check = spawnSync('bash', [join(repositoryRoot, 'action', 'run.sh')], {cwd, env, encoding: 'utf8'})
  const finish = spawnSync('bash', [join(repositoryRoot, 'action', 'finish.sh')], {cwd, env, encoding: 'utf8'})
  const outputs = Object.fromEntries(readFileSync(output, 'utf8').trim().split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2)))
  rmSync(runnerTemp, {recursive: true, force: true})
  return {check, finish, outputs}
}

describe('the GitHub Action', () => {
  it('takes paths, report, baseline and fail-on, and installs the CLI from its own package', () => {
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'report', 'baseline', 'fail-on', 'sarif-file']))
    expect(action.inputs.report.default).toBe('sarif')
    expect(action.inputs['fail-on'].default).toBe('warning')
    expect(action.runs.using).toBe('composite')
    const steps = action.runs.steps
    expect(steps.some((step) => step.run?.includes('npm ci'))).toBe(true)
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'))
    expect(upload?.with?.sarif_file).toBe('${{ inputs.sarif-file }}')
    // The upload runs before the step that fails the job, so findings reach code scanning.
    const order = steps.map((step) => step.run ?? step.uses ?? '')
    expect(order.findIndex((text) => text.includes('run.sh'))).toBeLessThan(order.findIndex((text) => text.includes('upload-sarif')))
    expect(order.findIndex((text) => text.includes('upload-sarif'))).toBeLessThan(order.findIndex((text) => text.includes('finish.sh')))
    for (const script of ['run.sh', 'finish.sh']) expect(existsSync(join(repositoryRoot, 'action', script))).toBe(true)
  })

  it('writes valid SARIF where upload-sarif looks for it, then fails the job on warnings', async () => {
    const site = await folderWith({'docs/a.md': 'Our customers can ask for a review.\n', 'docs/b.md': 'We support people.\n'})
    const {check, finish, outputs} = runAction(site, {INPUT_PATHS: 'docs', INPUT_REPORT: 'sarif', INPUT_FAIL_ON: 'warning', INPUT_SARIF_FILE: 'results/wording.sarif'})
    expect(check.status, check.stderr).toBe(0)
    expect(check.stdout).toContain('public-service-lint: 1 findings written to results/wording.sarif')
    const log = JSON.parse(readFileSync(join(site, 'results/wording.sarif'), 'utf8'))
    expect(log.runs[0].results.map((result: {ruleId: string}) => result.ruleId)).toEqual(['our-customers'])
    expect(outputs).toEqual({'sarif-file': 'results/wording.sarif', 'exit-code': '1'})
    expect(finish.status).toBe(1)
  })

  it('with fail-on: never, reports and passes', async () => {
    const site = await folderWith({'a.md': 'Our customers can ask for a review.\n'})
    const {finish} = runAction(site, {INPUT_PATHS: 'a.md', INPUT_FAIL_ON: 'never'})
    expect(finish.status).toBe(0)
  })

  it('annotates with report: github, and a baseline leaves recorded wording out', async () => {
    const site = await folderWith({'a.md': 'Our customers can ask for a review.\n\nEvery service user has a named worker.\n'})
    const recorded = spawnSync(process.execPath, [cliPath, 'a.md', '--report', 'json'], {cwd: site, encoding: 'utf8'})
    writeFileSync(join(site, 'baseline.json'), recorded.stdout)
    const all = runAction(site, {INPUT_PATHS: 'a.md', INPUT_REPORT: 'github'})
    expect(all.check.stdout.match(/^::warning /gm)).toHaveLength(2)
    expect(all.finish.status).toBe(1)
    writeFileSync(join(site, 'a.md'), 'Internal customers are other teams.\n\nOur customers can ask for a review.\n\nEvery service user has a named worker.\n')
    const fresh = runAction(site, {INPUT_PATHS: 'a.md', INPUT_REPORT: 'github', INPUT_BASELINE: 'baseline.json'})
    expect(fresh.check.stdout.match(/^::warning .*/gm)).toEqual([expect.stringContaining('internal-customers')])
    expect(fresh.finish.status).toBe(1)
  })

  it('says clearly what is wrong with an input, and fails', async () => {
    const site = await folderWith({'a.md': 'Hello.\n'})
    const {check, finish} = runAction(site, {INPUT_REPORT: 'pdf'})
    expect(check.stdout).toContain("::error title=public-service-lint::input report must be sarif or github, not 'pdf'")
    expect(finish.status).toBe(2)
  })
})

const preCommit = hasProgram('pre-commit', 'pre-commit', 'apt-get install pre-commit (as .ci/run does)')
const git = (cwd: string, ...args: string[]) => spawnSync('git', args, {cwd, encoding: 'utf8'})

describe.runIf(preCommit)('the pre-commit hook', () => {
  const home = mkdtempSync(join(tmpdir(), 'pre-commit-home-'))
  afterAll(() => rmSync(home, {recursive: true, force: true}))

  it('checks the staged documents of a repository with pre-commit try-repo', async () => {
    const definition = parse(readFileSync(join(repositoryRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{id: string; files: string}>
    expect(definition.map((hook) => hook.id)).toEqual(['public-service-lint'])
    const repository = await folderWith({
      'docs/policy.md': 'Our customers can ask for a review.\n',
      'docs/page.html': '<p>We support people at home.</p>',
      'notes.txt': 'Every service user has a named worker.\n',
      'script.js': 'const customers = []\n'
    })
    for (const args of [['init', '-q'], ['config', 'user.email', 'test@example.org'], ['config', 'user.name', 'Test'], ['add', '.']]) git(repository, ...args)
    const env = {...process.env, PRE_COMMIT_HOME: home, CI: undefined}
    const found = spawnSync('pre-commit', ['try-repo', repositoryRoot, 'public-service-lint', '--verbose'], {cwd: repository, env, encoding: 'utf8', timeout: 600_000})
    expect(found.status, found.stdout + found.stderr).toBe(1)
    expect(found.stdout).toContain('public-service wording')
    expect(found.stdout).toContain('docs/policy.md')
    expect(found.stdout).toContain('our-customers')
    expect(found.stdout).toContain('notes.txt')
    expect(found.stdout).not.toContain('script.js')
    writeFileSync(join(repository, 'docs/policy.md'), 'The people we support can ask for a review.\n')
    writeFileSync(join(repository, 'notes.txt'), 'Everyone has a named worker.\n')
    git(repository, 'add', '.')
    const clean = spawnSync('pre-commit', ['try-repo', repositoryRoot, 'public-service-lint'], {cwd: repository, env, encoding: 'utf8', timeout: 600_000})
    expect(clean.status, clean.stdout + clean.stderr).toBe(0)
    expect(clean.stdout).toMatch(/public-service wording\.+Passed/)
  }, 900_000)
})
