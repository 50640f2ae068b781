/**
 * End to end: `--fix` applies only the suggestions the term map marks safe, at the
 * findings' offsets, keeping every other byte; it is idempotent, writes atomically and
 * never rewrites a Word document.
 */
import {readdir, readFile, stat, chmod} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {folderWith, runCli, wordDocument} from './cli-helpers.js'

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n'

// A byte order mark, Windows line endings, and findings that must and must not change.
const before =
  '\uFEFF' +
  crlf([
    '# Working across teams',
    '',
    'Finance treats the care teams as internal customers.',
    'An internal customer can raise a request at any time.',
    'Our approach is customer-centric and customer focused.',
    "INTERNAL CUSTOMERS' REQUESTS COME FIRST.",
    'Every customer gets a reply within five days.',
    'Internal and external customers both matter.',
    'We thank our internal',
    'customers for their patience.',
    '',
    '<!--public-service disable internal-customers-->',
    '',
    'Our internal customers in finance.',
    '',
    '<!--public-service enable internal-customers-->',
    '',
    'Set `internal customers` in the form.'
  ])

/** The same text with exactly the safe spans replaced, and nothing else. */
const after =
  '\uFEFF' +
  crlf([
    '# Working across teams',
    '',
    'Finance treats the care teams as colleagues.',
    'A colleague can raise a request at any time.',
    'Our approach is person-centred and person-centred.',
    "COLLEAGUES' REQUESTS COME FIRST.",
    'Every customer gets a reply within five days.',
    'Internal and external customers both matter.',
    'We thank our colleagues for their patience.',
    '',
    '<!--public-service disable internal-customers-->',
    '',
    'Our internal customers in finance.',
    '',
    '<!--public-service enable internal-customers-->',
    '',
    'Set `internal customers` in the form.'
  ])

describe('--fix', () => {
  it('replaces only the safe spans, keeping case, number, line endings and the byte order mark', async () => {
    const folder = await folderWith({'teams.md': before})
    await chmod(join(folder, 'teams.md'), 0o640)
    const result = await runCli(['teams.md', '--fix'], {cwd: folder})
    expect(await readFile(join(folder, 'teams.md'))).toEqual(Buffer.from(after))
    expect((await stat(join(folder, 'teams.md'))).mode & 0o777).toBe(0o640)
    // Written through a temporary file that is gone afterwards.
    expect(await readdir(folder)).toEqual(['teams.md'])
    expect(result.stderr).toMatch(/^teams\.md: written\n/)
    expect(result.stderr).toContain('Fixed 6 findings in 1 file.')
    // What needs a reader stays, and still fails the run.
    expect(result.stderr).toMatch(/7:7-7:15 +warning +`customer`/)
    expect(result.stderr).toMatch(/8:1-8:32 +warning +`Internal and external customers`/)
    expect(result.code).toBe(1)
  })

  it('is idempotent: a second run changes nothing and writes nothing', async () => {
    const folder = await folderWith({'teams.md': before})
    await runCli(['teams.md', '--fix'], {cwd: folder})
    const first = await stat(join(folder, 'teams.md'))
    const again = await runCli(['teams.md', '--fix'], {cwd: folder})
    const second = await stat(join(folder, 'teams.md'))
    expect(await readFile(join(folder, 'teams.md'))).toEqual(Buffer.from(after))
    expect([second.ino, second.mtimeMs]).toEqual([first.ino, first.mtimeMs])
    expect(again.stderr).toContain('Nothing to fix safely.')
    expect(again.stderr).not.toContain('written')
  })

  it('fixes HTML and plain text in place, but not a span holding markup', async () => {
    const html = '<p>Finance treats us as internal customers.</p>\n<p>Ask our internal <em>customers</em>.</p>\n<p>A customer-focused team.</p>\n'
    const text = 'Our internal customers are in finance.\n'
    const folder = await folderWith({'page.html': html, 'notes.txt': text})
    const result = await runCli(['.', '--fix'], {cwd: folder})
    expect(await readFile(join(folder, 'page.html'), 'utf8')).toBe('<p>Finance treats us as colleagues.</p>\n<p>Ask our internal <em>customers</em>.</p>\n<p>A person-centred team.</p>\n')
    expect(await readFile(join(folder, 'notes.txt'), 'utf8')).toBe('Our colleagues are in finance.\n')
    expect(result.stderr).toContain('Fixed 3 findings in 2 files.')
  })

  it('exits 0 once everything left is fixed', async () => {
    const folder = await folderWith({'plan.md': 'The plan is customer-centric.\n'})
    const result = await runCli(['plan.md', '--fix'], {cwd: folder})
    expect(await readFile(join(folder, 'plan.md'), 'utf8')).toBe('The plan is person-centred.\n')
    expect(result.code).toBe(0)
  })

  it('never rewrites a Word document, and says so', async () => {
    const document = await wordDocument(['Finance treats the care teams as internal customers.'])
    const folder = await folderWith({'handbook.docx': document})
    const result = await runCli(['handbook.docx', '--fix'], {cwd: folder})
    expect(new Uint8Array(await readFile(join(folder, 'handbook.docx')))).toEqual(document)
    expect(result.stderr).toContain('handbook.docx: not fixed: --fix never rewrites Word documents (1 fixable finding to change in the source by hand)')
    expect(result.stderr).toMatch(/1:34-1:52 +warning +`internal customers`/)
    expect(result.code).toBe(1)
  })

  it('cannot write back to standard input, and says so', async () => {
    const folder = await folderWith({})
    const result = await runCli(['--fix', '--report', 'json'], {cwd: folder, input: 'Our internal customers.\n'})
    expect(result.stdout).toMatch(/^\[\{"cwd"/)
    expect(result.stderr).toContain('<stdin>: not fixed: --fix cannot write back to standard input (1 fixable finding)')
  })
})
