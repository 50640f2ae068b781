/**
 * A reader that leaves early: `public-service-lint docs | head` closes the pipe the
 * report goes to before the report is written. The run must end (it once spun at full
 * CPU for ever, reporting each failed write by writing again), say nothing more, and
 * with `--fix` still finish every file it was fixing.
 */
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cliPath, folderWith} from './cli-helpers.js'

const page = (index: number) =>
  `# Page ${index}\n\nWe value our customers and their customer journey.\n\nService users can call the customer service centre.\n\nInternal customers should log a ticket.\n`

/** Enough findings that the report outgrows a pipe's buffer (64 kB on Linux). */
async function site(): Promise<string> {
  const files: Record<string, string> = {}
  for (let index = 0; index < 400; index++) files['page-' + String(index).padStart(3, '0') + '.md'] = page(index)
  return folderWith(files)
}

interface Closed {
  code: number | null
  signal: NodeJS.Signals | null
  /** What reached the reader before it left. */
  read: string
}

/** Runs the CLI and closes `stream` as soon as the first bytes arrive on it, as `head -c 1` would. */
function runAndLeave(args: string[], cwd: string, stream: 'stdout' | 'stderr'): Promise<Closed> {
  return new Promise((resolve, reject) => {
    const env = {...process.env, CI: undefined, NO_COLOR: '1', FORCE_COLOR: undefined}
    const child = spawn(process.execPath, [cliPath, ...args], {cwd, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe']})
    const left = child[stream]
    const other = stream === 'stdout' ? child.stderr : child.stdout
    other.resume()
    let read = ''
    left.setEncoding('utf8').once('data', (chunk: string) => {
      read = chunk
      left.destroy()
    })
    // Ten times a normal run of these files: a run that spins never gets here.
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(watchdog)
      resolve({code, signal, read})
    })
  })
}

describe('a reader that closes the pipe early', () => {
  it('the terminal report on standard error: the run stops with status 1', async () => {
    const folder = await site()
    const result = await runAndLeave(['.'], folder, 'stderr')
    expect(result.read).toMatch(/page-\d{3}\.md/)
    expect(result.signal).toBeNull()
    expect(result.code).toBe(1)
  })

  it('a JSON report on standard output: the run stops with status 1', async () => {
    const folder = await site()
    const result = await runAndLeave(['--report', 'json', '.'], folder, 'stdout')
    expect(result.read.startsWith('[')).toBe(true)
    expect(result.signal).toBeNull()
    expect(result.code).toBe(1)
  })

  it('--fix finishes every file before it stops', async () => {
    const folder = await site()
    const result = await runAndLeave(['--fix', '.'], folder, 'stderr')
    expect(result.signal).toBeNull()
    expect(result.code).toBe(1)
    for (const index of [0, 199, 399]) {
      const text = readFileSync(join(folder, 'page-' + String(index).padStart(3, '0') + '.md'), 'utf8')
      expect(text).toContain('Colleagues should log a ticket.')
      expect(text).not.toContain('Internal customers')
    }
  })
})
