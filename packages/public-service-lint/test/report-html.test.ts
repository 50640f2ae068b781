/**
 * End to end: `--report html`, one self-contained page for a whole run, opened in Debian's
 * Chromium: it loads nothing, shows every document and the findings by family, and axe-core
 * finds no WCAG 2.2 A/AA violation in it.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {axeViolations, hasChromium, launchChromium} from '../../../test/support/browser.js'
import {folderWith, runCli, wordDocument} from './cli-helpers.js'

const chromiumThere = hasChromium()
const screenshots = join(tmpdir(), 'retext-public-service-report')

let folder: string
let report: string
let withBaseline: string

beforeAll(async () => {
  folder = await folderWith({
    'site/charging.md': '# Charging for care\n\nMost of our customers pay nothing towards their care.\n\nEvery service user has a named worker, and no worker has a caseload of more than 20 people.\n',
    'site/housing.html': '<h1>Repairs</h1><p>Our customers can report a repair online.</p><p>Finance treats the care teams as internal customers.</p>',
    'site/clean.md': 'We support people to live well at home.\n',
    'site/handbook.docx': await wordDocument(['Introduction', 'Each client is offered a review of their care package.']),
    'site/empty.md': ''
  })
  const result = await runCli(['site', '--report', 'html'], {cwd: folder})
  expect(result.stderr).toBe('')
  expect(result.code).toBe(1)
  report = result.stdout
  const recorded = await runCli(['site', '--report', 'json'], {cwd: folder})
  writeFileSync(join(folder, 'baseline.json'), recorded.stdout)
  writeFileSync(join(folder, 'site/charging.md'), 'Service users will be told first.\n\n# Charging for care\n\nMost of our customers pay nothing towards their care.\n')
  withBaseline = (await runCli(['site', '--report', 'html', '--baseline', 'baseline.json'], {cwd: folder})).stdout
})

describe('--report html', () => {
  it('is one page on standard output that names every document, failures included', () => {
    expect(report.startsWith('<!doctype html>')).toBe(true)
    for (const name of ['site/charging.md', 'site/housing.html', 'site/clean.md', 'site/handbook.docx', 'site/empty.md']) expect(report).toContain(name)
    expect(report).toContain('Could not be checked: `site/empty.md` is empty')
    expect(report).toContain('paragraph 2, character 6')
    // A Word document's finding is shown in its sentence, like any other.
    expect(report).toContain('Each <mark>client</mark> is offered a review of their care package.')
  })

  it('loads nothing from anywhere: no script, no link, no remote source', () => {
    expect(report).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(/i)
    expect(report).toContain("default-src 'none'")
  })

  it('escapes the text it quotes', async () => {
    const tricky = await folderWith({'a.txt': 'Our customers <script>alert(1)</script> & friends.\n'})
    const page = (await runCli(['a.txt', '--report', 'html'], {cwd: tricky})).stdout
    expect(page).not.toContain('<script>alert(1)')
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends.')
  })

  it('with --baseline, shows new and recorded findings apart', () => {
    expect(withBaseline).toContain('<h4>New findings (1)</h4>')
    expect(withBaseline).toMatch(/<h4>Recorded in the baseline \(\d+\)<\/h4>/)
    expect(withBaseline).toContain('recorded findings gone')
  })
})

describe.runIf(chromiumThere)('--report html in Chromium', () => {
  let browser: Browser
  let page: Page
  const requests: string[] = []
  const problems: string[] = []

  beforeAll(async () => {
    browser = await launchChromium()
    const context = await browser.newContext({viewport: {width: 1100, height: 1400}})
    context.on('request', (request) => {
      if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url())
    })
    page = await context.newPage()
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
    })
    await page.setContent(report, {waitUntil: 'load'})
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('opens with no error and no request', () => {
    expect(problems).toEqual([])
    expect(requests).toEqual([])
  })

  it('counts findings by family and ranks the documents', async () => {
    const families = await page.locator('#families ~ table').first().locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('th .rule-id')?.textContent, row.querySelectorAll('td')[2]?.textContent])
    )
    expect(families).toContainEqual(['(our-customers)', '2'])
    expect(families).toContainEqual(['(internal-customers)', '1'])
    const documents = await page.locator('#documents ~ table').first().locator('tbody th a').allTextContents()
    expect(documents[0]).toBe('site/charging.md')
    expect(documents).toHaveLength(5)
    expect(await page.locator('mark').first().textContent()).toBe('our customers')
  })

  it('has no WCAG 2.2 A/AA violation, on screen and as a page of its own', async () => {
    expect(await axeViolations(page)).toEqual([])
    mkdirSync(screenshots, {recursive: true})
    await page.screenshot({path: join(screenshots, 'report.png'), fullPage: true})
    await page.emulateMedia({media: 'print'})
    expect(await axeViolations(page)).toEqual([])
    const pdf = await page.pdf({format: 'A4'})
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  })
})
