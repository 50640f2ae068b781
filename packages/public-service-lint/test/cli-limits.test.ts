/**
 * End to end: bounds on hostile input. A Word document that would unpack to a gigabyte is
 * refused before it is unpacked, as is one whose archive lies about its size, and a text
 * file past the limit is refused before it is parsed; every other file is still checked.
 */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {cliPath, folderWith, runCli, wordDocument} from './cli-helpers.js'
import {zipBomb} from '../../../test/support/zip.js'

let folder: string

beforeAll(async () => {
  folder = await folderWith({
    'bomb.docx': await zipBomb(1024 ** 3),
    // Declares 1 kB, unpacks to 200 MB: only unpacking with a ceiling finds it out.
    'liar.docx': await zipBomb(200 * 1024 ** 2, 1000),
    'policy.md': 'Our customers can ask for a review.\n',
    'handbook.docx': await wordDocument(['Finance treats the care teams as internal customers.']),
    'big.txt': 'We support people at home. '.repeat(80_000)
  })
}, 60_000)

describe('bounded input', () => {
  it('refuses a Word document that would unpack to 1 GB, with one line naming it and the limit, and checks the rest', async () => {
    const result = await runCli(['bomb.docx', 'liar.docx', 'policy.md', 'handbook.docx'], {cwd: folder})
    expect(result.stderr).toContain('`bomb.docx` would unpack to 1 GB of text, more than the 50 MB a file may hold: it was not unpacked (split it, or raise the limit with --max-size)')
    expect(result.stderr).toContain('`liar.docx` would unpack to more than the 50 MB of text a file may hold: it was not unpacked')
    expect(result.stderr).toContain('our-customers')
    expect(result.stderr).toContain('internal-customers')
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.code).toBe(1)
  })

  it('does it in little memory', () => {
    if (!existsSync('/usr/bin/time')) return expect.fail('/usr/bin/time (Debian package time) measures the peak memory; it is missing')
    const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cliPath, 'bomb.docx', 'policy.md'], {cwd: folder, encoding: 'utf8'})
    const peakKilobytes = Number(run.stderr.trim().split('\n').pop())
    expect(peakKilobytes).toBeGreaterThan(0)
    expect(peakKilobytes / 1024).toBeLessThan(700)
  })

  it('refuses a text file past --max-size, and names the limit', async () => {
    const result = await runCli(['big.txt', 'policy.md', '--max-size', '1'], {cwd: folder})
    expect(result.stderr).toContain('`big.txt` holds 2.1 MB of text, more than the 1 MB a file may hold: it was not checked (split it, or raise the limit with --max-size)')
    expect(result.stderr).toContain('our-customers')
    expect(result.code).toBe(1)
    const within = await runCli(['big.txt', '--max-size', '3'], {cwd: folder})
    expect(within.code).toBe(0)
  })

  it('raises the limit for Word documents too, and says what a bad limit is', async () => {
    const raised = await runCli(['liar.docx', '--max-size', '300'], {cwd: folder})
    expect(raised.stderr).not.toContain('would unpack')
    const bad = await runCli(['policy.md', '--max-size', 'lots'], {cwd: join(folder)})
    expect(bad.stderr.trim()).toBe('public-service-lint: --max-size takes a number of megabytes, such as 50 (got `lots`)')
    expect(bad.code).toBe(2)
  })
})
