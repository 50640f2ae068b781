/**
 * End to end: input the linter cannot check. Each problem is one line naming the file
 * and what is wrong, never a stack trace; the other files are still checked; the exit
 * status is 1.
 */
import {chmod} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {folderWith, runCli, stackLines, wordDocument, type RunOptions} from './cli-helpers.js'

const good = 'Finance treats the care teams as internal customers.\n'

/** The report's error lines, and whether the good file was still checked. */
async function check(files: Record<string, string | Uint8Array>, args: string[], options: Partial<RunOptions> = {}, prepare?: (folder: string) => Promise<void>) {
  const folder = await folderWith({'good.md': good, ...files})
  await prepare?.(folder)
  const result = await runCli(args, {cwd: folder, ...options})
  const output = result.stdout + result.stderr
  return {
    errors: result.stderr
      .split('\n')
      .filter((line) => /^[\d:-]* +error +/.test(line))
      .map((line) => line.replace(/^[\d:-]* +error +/, '').trimEnd()),
    stack: stackLines(output),
    goodChecked: /1:34-1:52 +warning +`internal customers`/.test(result.stderr),
    code: result.code
  }
}

describe('bad input', () => {
  it('a binary file', async () => {
    const outcome = await check({'scan.txt': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0x0a])}, ['.'])
    expect(outcome).toEqual({errors: ['`scan.txt` is a binary file (it holds NUL bytes), not text: save it as UTF-8 text or leave it out'], stack: [], goodChecked: true, code: 1})
  })

  it('invalid UTF-8', async () => {
    const latin1 = Buffer.concat([Buffer.from('Opening hours\n\nThe caf'), Buffer.from([0xe9]), Buffer.from(' is open to all residents.\n')])
    const outcome = await check({'cafe.md': latin1}, ['.'])
    expect(outcome).toEqual({errors: ['`cafe.md` is not valid UTF-8 (first bad byte on line 3): save it as UTF-8'], stack: [], goodChecked: true, code: 1})
  })

  it('a real replacement character is not mistaken for a bad byte', async () => {
    const outcome = await check({'notes.md': 'An unknown character: \uFFFD.\n'}, ['.'])
    expect(outcome).toEqual({errors: [], stack: [], goodChecked: true, code: 1})
  })

  it('an empty file, or one holding only white space', async () => {
    const outcome = await check({'empty.md': '', 'blank.html': '\n  \n'}, ['.'])
    expect(outcome).toEqual({
      errors: ['`blank.html` is empty: there is nothing to check', '`empty.md` is empty: there is nothing to check'],
      stack: [],
      goodChecked: true,
      code: 1
    })
  })

  it('a broken .docx', async () => {
    const truncated = (await wordDocument(['Finance treats the care teams as internal customers.'])).slice(0, 200)
    const outcome = await check({'not-word.docx': 'This is plain text with the wrong extension.\n', 'truncated.docx': truncated}, ['.'])
    expect(outcome).toEqual({
      errors: ['`not-word.docx` is not a readable Word document (not a valid .docx zip archive)', '`truncated.docx` is not a readable Word document (not a valid .docx zip archive)'],
      stack: [],
      goodChecked: true,
      code: 1
    })
  })

  it('a missing path', async () => {
    const outcome = await check({}, ['good.md', 'missing.md', 'gone/'])
    expect(outcome).toEqual({errors: ['`gone`: No such file or folder', '`missing.md`: No such file or folder'], stack: [], goodChecked: true, code: 1})
  })

  it('an unreadable folder and an unreadable file', async () => {
    // Permissions do not stop root: run as nobody when the tests run as root.
    const asUser = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {}
    const outcome = await check({'private/minutes.md': good, 'secret.md': good}, ['.'], asUser, async (folder) => {
      await chmod(folder, 0o755)
      await chmod(join(folder, 'private'), 0o000)
      await chmod(join(folder, 'secret.md'), 0o000)
    })
    expect(outcome).toEqual({errors: ['`private`: Cannot read folder', '`secret.md`: Cannot read file: permission denied'], stack: [], goodChecked: true, code: 1})
  })

  it('a malformed configuration, for the files under it only', async () => {
    const configs: Array<[string, string, string]> = [
      ['.publicservicerc', '{"disable": ["customer"', "Bad configuration file `team/.publicservicerc`: Expected ',' or ']' after array element in JSON"],
      ['.publicservicerc.yml', 'disable: [customer\n', 'Bad configuration file `team/.publicservicerc.yml`: Flow sequence in block collection must be sufficiently indented and end with a ]'],
      ['.publicservicerc.json', '{"disable": ["custmer"]}', 'Bad configuration file `team/.publicservicerc.json`: retext-public-service: `disable` names unknown family `custmer` (known: brokering,'],
      ['.publicservicerc.json', '{"disabled": ["customer"]}', 'Bad configuration file `team/.publicservicerc.json`: unknown field `disabled` (expected `disable`, `families`, `cues` or `conditions`)'],
      ['.publicservicerc.json', '["customer"]', 'Bad configuration file `team/.publicservicerc.json`: expected an object with `disable`, `families`, `cues` or `conditions`, not a list'],
      ['.publicservicerc.json', '{"families": [{"id": "stakeholder"}]}', 'Bad configuration file `team/.publicservicerc.json`: retext-public-service: invalid family in `families[0]` (id `stakeholder`): the family must have required property'],
      ['package.json', '{"publicService": "strict"}', 'Bad configuration file `team/package.json`: expected an object with `disable`, `families`, `cues` or `conditions`, not `strict`']
    ]
    for (const [name, content, problem] of configs) {
      const outcome = await check({['team/' + name]: content, 'team/minutes.md': good}, ['.'])
      expect(outcome.errors, name + ' ' + content).toHaveLength(1)
      expect(outcome.errors[0].startsWith('`team/minutes.md`: ' + problem), outcome.errors[0]).toBe(true)
      expect(outcome.errors[0]).not.toContain('\n')
      expect({stack: outcome.stack, goodChecked: outcome.goodChecked, code: outcome.code}).toEqual({stack: [], goodChecked: true, code: 1})
    }
  })

  it('a configuration file given with --rc-path that does not exist', async () => {
    const outcome = await check({}, ['good.md', '--rc-path', 'lint.yml'])
    expect(outcome).toEqual({errors: ['`good.md`: Cannot read given file `lint.yml`: no such file or folder'], stack: [], goodChecked: false, code: 1})
  })

  it('an unknown keyword in an inline comment', async () => {
    const outcome = await check({'notes.md': '<!--public-service skip customer-->\n\nAsk each customer.\n'}, ['.'])
    expect(outcome).toEqual({errors: ["`notes.md`: Unknown keyword `skip`: expected `'enable'`, `'disable'`, or `'ignore'`"], stack: [], goodChecked: true, code: 1})
  })

  it('invalid MDX', async () => {
    const outcome = await check({'page.mdx': '# Help\n\n<Callout>Ask each customer.\n'}, ['.'])
    expect(outcome.errors).toHaveLength(1)
    expect(outcome.errors[0]).toMatch(/^`page\.mdx` is not valid MDX \(line \d+, column \d+\): /)
    expect({stack: outcome.stack, goodChecked: outcome.goodChecked, code: outcome.code}).toEqual({stack: [], goodChecked: true, code: 1})
  })

  it('in a machine report too: one line, no stack, on standard output', async () => {
    const folder = await folderWith({'good.md': good, 'empty.md': ''})
    const result = await runCli(['.', '--report', 'json'], {cwd: folder})
    const [empty] = JSON.parse(result.stdout) as Array<{messages: Array<{reason: string; fatal: boolean}>}>
    expect(empty.messages).toEqual([{reason: '`empty.md` is empty: there is nothing to check', fatal: true}])
    expect(result.stderr).toBe('')
  })
})
