/**
 * End to end: the built `public-service-lint` on temporary folders holding each format,
 * configuration and ignore files, standard input, exit statuses and progress.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {TextRun} from 'docx'
import {beforeAll, describe, expect, it} from 'vitest'
import {cliPath, findingsByFile, folderWith, root, runCli, wordDocument, type JsonFile} from './cli-helpers.js'

/** `line:column` of the `nth` occurrence of `phrase` in `text`. */
function at(text: string, phrase: string, nth = 1): string {
  let index = -1
  for (let count = 0; count < nth; count++) {
    index = text.indexOf(phrase, index + 1)
    if (index < 0) throw new Error('fixture lacks ' + phrase)
  }
  const before = text.slice(0, index)
  return before.split('\n').length + ':' + (index - before.lastIndexOf('\n'))
}

const policy = `---
title: Our customer charter for adult social care
description: How the council supports people to live well at home.
---

# Support at home

When someone asks the council for help, a social worker visits within ten
working days. Finance treats the care teams as internal customers, and
every service user has a named worker.

## What we record

\`\`\`yaml
customer: true
service_user_id: 1234
\`\`\`

Set the \`customer\` flag only when the person pays for their own care.

    indented code: customers

<!--public-service disable customer-->

Some customers pay towards the cost of their care after a financial assessment.

<!--public-service enable customer-->

Customers can ask for a review at any time.

<!--public-service ignore service-user-->
Each service user can bring a friend to their review.

Every service user gets a copy of their support plan.

<!--public-service ignore customer-->
<div class="callout"><p>Customers who fund their own care can ask us for advice.</p></div>

<div class="callout">
  <p>Ask customers what matters to them.</p>
</div>
`

const homeCare = `<!doctype html>
<html lang="en">
<head><title>Help to live at home</title></head>
<body>
<h1>Help to live at home</h1>
<p>Our home care team works with each client to agree a care package.</p>
<pre><code>customer_id = lookup(service_user)</code></pre>
<!--public-service ignore customer-->
<p>Customers who pay for their own care can still ask us for advice.</p>
<p>Ask customers what matters to them.</p>
<script>const customers = []</script>
<p title="customers">Write to us at any time.</p>
<!--public-service disable-->
<p>Our customers come first.</p>
<!--public-service enable-->
<p>Every service user has a say.</p>
</body>
</html>
`

const annualReport = `Annual report 2024

Our customers told us that waiting times were too long.
Each service user was offered a review within six weeks.
In case of an emergency, call 999.
Staff in the contact centre completed a case study on hoarding.
`

const carers = `import {Callout} from '../components/callout.js'

# Carers' assessments

<Callout>Every service user can ask for a carer's assessment.</Callout>

{/* public-service disable customer */}

Customers of the library can renew books online.

{/* public-service enable customer */}

Tell customers what happens next.

export const meta = {customers: true}
`

describe('each format', () => {
  let report: Record<string, string[]>
  let code: number | null

  beforeAll(async () => {
    const folder = await folderWith({
      'docs/policy.md': policy,
      'docs/home-care.html': homeCare,
      'docs/annual-report.txt': annualReport,
      'docs/carers.mdx': carers,
      'docs/handbook.docx': await wordDocument([
        '# Working with colleagues',
        [new TextRun('Finance treats the care teams as '), new TextRun({text: 'internal customers', bold: true}), new TextRun('.')],
        '',
        'Each service user has a named worker.'
      ]),
      // Not searched for in folders: not a format the linter reads.
      'docs/lookup.js': 'const customers = serviceUsers.map(toCustomer)\n',
      'docs/data.yaml': 'customers: 3\n'
    })
    const result = await runCli(['docs', '--report', 'json'], {cwd: folder})
    code = result.code
    report = findingsByFile(JSON.parse(result.stdout) as JsonFile[])
  })

  it('searches folders for the formats it reads and nothing else', () => {
    expect(Object.keys(report).sort()).toEqual(['docs/annual-report.txt', 'docs/carers.mdx', 'docs/handbook.docx', 'docs/home-care.html', 'docs/policy.md'])
    expect(code).toBe(1)
  })

  it('markdown: findings at their lines, front matter and raw HTML blocks checked, code and disabled regions left alone', () => {
    expect(report['docs/policy.md']).toEqual([
      at(policy, 'Our customer') + ' our-customers Our customer',
      at(policy, 'internal customers') + ' internal-customers internal customers',
      at(policy, 'service user') + ' service-user service user',
      at(policy, 'Customers can') + ' customer Customers',
      at(policy, 'service user gets') + ' service-user service user',
      at(policy, 'customers what') + ' customer customers'
    ])
  })

  it('HTML: text checked, code, scripts and attributes not; comments control findings', () => {
    expect(report['docs/home-care.html']).toEqual([
      at(homeCare, 'client') + ' client client',
      at(homeCare, 'a care package') + ' care-package a care package',
      at(homeCare, 'customers what') + ' customer customers',
      at(homeCare, 'service user has') + ' service-user service user'
    ])
  })

  it('plain text: findings at their lines, "in case" and "case study" left alone', () => {
    expect(report['docs/annual-report.txt']).toEqual([at(annualReport, 'Our customers') + ' our-customers Our customers', at(annualReport, 'service user') + ' service-user service user'])
  })

  it('MDX: JSX text checked, ESM left alone, expression comments control findings', () => {
    expect(report['docs/carers.mdx']).toEqual([at(carers, 'service user') + ' service-user service user', at(carers, 'customers what') + ' customer customers'])
  })

  it('Word: findings placed by paragraph (empty paragraphs count), and the reason says so', async () => {
    expect(report['docs/handbook.docx']).toEqual(['2:34 internal-customers internal customers', '4:6 service-user service user'])
  })
})

describe('Word documents in the terminal report', () => {
  it('names the paragraph in the message', async () => {
    const folder = await folderWith({'guide.docx': await wordDocument(['Introduction', 'Our customers can call us.'])})
    const result = await runCli(['guide.docx'], {cwd: folder})
    expect(result.stderr).toMatch(/2:1-2:14 +warning +`Our customers` .*\(Word document: paragraph 2\)/)
  })
})

describe('standard input', () => {
  it('reads markdown when no path is given', async () => {
    const folder = await folderWith({})
    const result = await runCli(['--report', 'json'], {cwd: folder, input: 'We wrote to every customer.\n\n`customer` is a field.\n'})
    const files = JSON.parse(result.stdout) as JsonFile[]
    expect(files).toHaveLength(1)
    expect(files[0].path).toBeUndefined()
    expect(files[0].messages.map((message) => message.line + ':' + message.column + ' ' + message.ruleId + ' ' + message.actual)).toEqual(['1:19 customer customer'])
    expect(result.code).toBe(1)
  })

  it('reads the format --file-path names', async () => {
    const folder = await folderWith({})
    const result = await runCli(['--file-path', 'page.html', '--report', 'json'], {cwd: folder, input: '<p>Ask customers.</p><code>customers</code>'})
    expect(findingsByFile(JSON.parse(result.stdout) as JsonFile[])).toEqual({'page.html': ['1:8 customer customers']})
  })

  it('asks for input when there is no path and standard input is a terminal', async () => {
    const folder = await folderWith({})
    // `script` gives the command a terminal for standard input.
    const result = spawnSync('script', ['-qec', process.execPath + ' ' + cliPath + '; echo "status $?"', '/dev/null'], {cwd: folder, encoding: 'utf8'})
    expect(result.stdout.replace(/\r/g, '')).toBe('public-service-lint: no input: give files or folders to check, or pipe text in (see --help)\nstatus 2\n')
  })

  it('says so when there is nothing to read', async () => {
    const folder = await folderWith({})
    const result = await runCli([], {cwd: folder, input: ''})
    expect(result.stderr).toMatch(/^<stdin>\n +error +standard input is empty/m)
    expect(result.code).toBe(1)
  })
})

const ownFamily = `families:
  - id: stakeholder
    title: “Stakeholders” for the people a service is for
    phrases: [stakeholder]
    severity: warning
    describe: puts residents among suppliers and partners
    suggest: [{one: resident, many: residents}]
    explanation: >-
      A resident is not one interest among many around a table; the service exists for them.
    source: {essay: citizens-not-customers, section: post}
disable: [service-user]
`

describe('configuration', () => {
  const text = 'We asked stakeholders and every service user what they think of the customer journey.\n'

  async function findingsWith(files: Record<string, string>, args: string[] = []) {
    const folder = await folderWith({'notes/plan.md': text, ...files})
    const result = await runCli(['notes', '--report', 'json', ...args], {cwd: folder})
    return findingsByFile(JSON.parse(result.stdout) as JsonFile[])['notes/plan.md']
  }

  it('uses every built-in family without configuration', async () => {
    expect(await findingsWith({})).toEqual(['1:33 service-user service user', '1:69 customer-journey customer journey'])
  })

  it('reads .publicservicerc (JSON): families switched off', async () => {
    // With the longer phrase's family off, its noun is reported on its own.
    expect(await findingsWith({'.publicservicerc': '{"disable": ["customer-journey"]}'})).toEqual(['1:33 service-user service user', '1:69 customer customer'])
  })

  it('reads .publicservicerc.yml: own families, and families switched off', async () => {
    expect(await findingsWith({'.publicservicerc.yml': ownFamily})).toEqual(['1:10 stakeholder stakeholders', '1:69 customer-journey customer journey'])
  })

  it('reads .publicservicerc.json and .publicservicerc.js', async () => {
    expect(await findingsWith({'.publicservicerc.json': '{"disable": ["service-user"]}'})).toEqual(['1:69 customer-journey customer journey'])
    expect(await findingsWith({'package.json': '{"type": "module"}', '.publicservicerc.js': 'export default {disable: ["customer-journey", "customer", "service-user"]}\n'})).toEqual([])
  })

  it('reads the publicService field of package.json', async () => {
    expect(await findingsWith({'package.json': JSON.stringify({name: 'handbook', publicService: {disable: ['service-user']}})})).toEqual(['1:69 customer-journey customer journey'])
  })

  it('uses the nearest configuration, and --no-config none', async () => {
    const files = {'.publicservicerc.json': '{"disable": ["service-user"]}', 'notes/.publicservicerc.json': '{"disable": ["customer-journey"]}'}
    expect(await findingsWith(files)).toEqual(['1:33 service-user service user', '1:69 customer customer'])
    expect(await findingsWith(files, ['--no-config'])).toEqual(['1:33 service-user service user', '1:69 customer-journey customer journey'])
  })

  it('takes a configuration file from --rc-path', async () => {
    expect(await findingsWith({'lint/settings.yml': ownFamily}, ['--rc-path', 'lint/settings.yml'])).toEqual(['1:10 stakeholder stakeholders', '1:69 customer-journey customer journey'])
  })
})

describe('ignore files', () => {
  it('leaves out what .publicserviceignore names, and --ignore-pattern', async () => {
    const folder = await folderWith({
      '.publicserviceignore': 'drafts/\n',
      'docs/guide.md': 'Ask each customer.\n',
      'docs/drafts/old.md': 'Ask each customer.\n',
      'docs/archive/2019.md': 'Ask each customer.\n'
    })
    const result = await runCli(['docs', '--report', 'json', '--ignore-pattern', 'docs/archive/**'], {cwd: folder})
    expect((JSON.parse(result.stdout) as JsonFile[]).map((file) => file.path)).toEqual(['docs/guide.md'])
  })
})

describe('globs', () => {
  it('checks the files a glob matches, whatever their folder', async () => {
    const folder = await folderWith({'a/guide.md': 'Ask each customer.\n', 'b/c/notes.md': 'Ask each customer.\n', 'b/page.html': '<p>Ask each customer.</p>\n'})
    const result = await runCli(['**/*.md', '--report', 'json'], {cwd: folder})
    expect((JSON.parse(result.stdout) as JsonFile[]).map((file) => file.path)).toEqual(['a/guide.md', 'b/c/notes.md'])
  })
})

describe('help and version', () => {
  it('--help shows usage, options and the config format on standard output', async () => {
    const result = await runCli(['--help'], {cwd: root})
    expect(result.stdout).toMatch(/^Usage: public-service-lint \[options\] \[path \| glob \.\.\.\]/)
    for (const option of ['--report <format>', '--quiet', '--verbose', '--fix', '--file-path', '--rc-path', '--ignore-path', '.publicservicerc.yml', '.publicserviceignore']) {
      expect(result.stdout).toContain(option)
    }
    expect(result.code).toBe(0)
  })

  it('--version prints the package version', async () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}).version
    const result = await runCli(['--version'], {cwd: root})
    expect(result.stdout).toBe(version + '\n')
    expect(result.code).toBe(0)
  })

  it('a bad option is one line and status 2', async () => {
    const result = await runCli(['--frobnicate', 'docs'], {cwd: root})
    expect(result.stderr).toBe('public-service-lint: unknown option `--frobnicate` (see --help)\n')
    expect(result.code).toBe(2)
    const report = await runCli(['--report', 'xml', 'docs'], {cwd: root})
    expect(report.stderr).toBe('public-service-lint: unknown report `xml`: expected terminal, json, sarif, github, html (see --help)\n')
    expect(report.code).toBe(2)
  })
})

describe('exit status', () => {
  it('is 0 with nothing found, 0 with informational findings only, 1 with a warning', async () => {
    const folder = await folderWith({
      'clean.md': 'We support people to live well at home.\n',
      'info.md': 'Our caseload grew this year.\n',
      'warning.md': 'We support our customers to live well at home.\n'
    })
    expect((await runCli(['clean.md'], {cwd: folder})).code).toBe(0)
    const info = await runCli(['info.md'], {cwd: folder})
    expect(info.stderr).toMatch(/1:5-1:13 +info +`caseload`/)
    expect(info.code).toBe(0)
    expect((await runCli(['warning.md'], {cwd: folder})).code).toBe(1)
    expect((await runCli(['clean.md', 'info.md', 'warning.md'], {cwd: folder})).code).toBe(1)
  })
})

describe('progress', () => {
  async function manyFiles() {
    const files: Record<string, string> = {}
    for (let index = 1; index <= 12; index++) files['docs/page-' + index + '.md'] = 'Page ' + index + ' tells residents what to expect.\n'
    return folderWith(files)
  }

  it('is not shown when standard error is piped', async () => {
    const result = await runCli(['docs'], {cwd: await manyFiles()})
    expect(result.stderr).not.toContain('Checking')
    expect(result.stderr).toContain('docs/page-9.md: no issues found')
  })

  it('is shown on a terminal, then cleared, but not in CI', async () => {
    const folder = await manyFiles()
    // `script` gives the command a terminal; its output is what the terminal would show.
    const onTerminal = (env: Record<string, string | undefined>) =>
      spawnSync('script', ['-qec', process.execPath + ' ' + cliPath + ' docs', '/dev/null'], {cwd: folder, encoding: 'utf8', env: {...process.env, CI: undefined, ...env}})
    const terminal = onTerminal({})
    expect(terminal.stdout).toMatch(/\r\u001B\[2KChecking 1 of 12 files…/)
    expect(terminal.stdout).toMatch(/\r\u001B\[2K(\u001B\[\d+m)*docs\/page-1\.md/)
    expect(onTerminal({CI: 'true'}).stdout).not.toContain('Checking')
  })
})
