/**
 * End to end: the built checker page (dist/web), served from a loopback server and driven
 * in Debian's headless Chromium. What the page shows is compared with what the checker
 * finds in Node for the same text, so the page is shown to display the plugin's findings
 * rather than its own.
 *
 * Screenshots (desktop, phone, 200% zoom) are written to the folder named at the end of
 * the run, for a person to look at.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {dirname, extname, join, normalize, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {Document as WordDocument, HeadingLevel, Packer, Paragraph} from 'docx'
import type {Browser, BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {check} from '../check.js'
import {countByFamily, type Finding} from '../findings.js'
import {isStale} from '../../test/support/freshness.js'
import {axeViolations, hasChromium, launchChromium} from '../../test/support/browser.js'
import {zipBomb} from '../../test/support/zip.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const pageFolder = join(root, 'dist', 'web')
const screenshotFolder = join(tmpdir(), 'retext-public-service-web')

/** Builds the page when dist/web is missing or older than anything it is built from. */
function buildPageWhenStale(): void {
  const built = join(pageFolder, 'index.html')
  if (!isStale(built, [join(root, 'web'), join(root, 'packages', 'retext-public-service', 'dist'), join(root, 'packages', 'public-service-lint', 'dist')])) return
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'pipe',
      // vitest sets NODE_ENV=test, which would make Vite bundle packages' development builds.
      env: {...process.env, NODE_ENV: 'production'}
    })
  } catch (error) {
    const output = error as {stdout?: Buffer; stderr?: Buffer}
    throw new Error('npm run build:web failed:\n' + String(output.stderr ?? '') + String(output.stdout ?? ''))
  }
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8'
}

/** The page is served from a sub-folder, as from a shared static host: its paths must all be relative. */
const folderPath = '/tools/wording-checker/'

/** Serves dist/web on 127.0.0.1 under `folderPath`, as any static host would. */
async function servePage(): Promise<{server: Server; origin: string}> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    if (!pathname.startsWith(folderPath)) {
      response.writeHead(404).end()
      return
    }
    const relative = pathname.slice(folderPath.length)
    const path = normalize(join(pageFolder, relative === '' || relative.endsWith('/') ? relative + 'index.html' : relative))
    if (!path.startsWith(pageFolder + sep)) {
      response.writeHead(403).end()
      return
    }
    readFile(path).then(
      (body) => response.writeHead(200, {'content-type': mimeTypes[extname(path)] ?? 'application/octet-stream'}).end(body),
      () => response.writeHead(404).end()
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {server, origin: 'http://127.0.0.1:' + (server.address() as AddressInfo).port}
}

async function wordDocument(paragraphs: string[]): Promise<Buffer> {
  const children = paragraphs.map((text) => (text.startsWith('# ') ? new Paragraph({text: text.slice(2), heading: HeadingLevel.HEADING_1}) : new Paragraph({text})))
  return Packer.toBuffer(new WordDocument({sections: [{children}]}))
}

let browser: Browser
let server: Server
let origin: string
/** Every request any page made, and everything that went wrong in a page. */
const requests: string[] = []
const pageProblems: string[] = []

async function openPage(viewport: {width: number; height: number}, deviceScaleFactor = 1): Promise<{context: BrowserContext; page: Page}> {
  const context = await browser.newContext({viewport, deviceScaleFactor})
  context.on('request', (request) => requests.push(request.url()))
  const page = await context.newPage()
  page.on('pageerror', (error) => pageProblems.push('page error: ' + error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') pageProblems.push('console ' + message.type() + ': ' + message.text())
  })
  await page.goto(origin + folderPath)
  return {context, page}
}

/** Types into the text area as a person would, and waits for the page to show the findings of exactly that text. */
async function typeText(page: Page, text: string): Promise<Finding[]> {
  const expected = await check(text, 'text')
  await page.locator('#text').fill('')
  await page.locator('#text').pressSequentially(text)
  await expectFindingsShown(page, expected)
  return expected
}

async function expectFindingsShown(page: Page, expected: Finding[]): Promise<void> {
  await expect.poll(() => page.locator('#marked mark').allTextContents()).toEqual(expected.map((finding) => finding.actual))
  await expect.poll(() => page.locator('#findings > li').count()).toBe(expected.length)
}

/** Whether the page scrolls sideways: content wider than the window fails reflow. */
function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
}

const chromiumThere = hasChromium()
const describeInChromium = describe.runIf(chromiumThere)

beforeAll(async () => {
  if (!chromiumThere) return
  buildPageWhenStale()
  ;({server, origin} = await servePage())
  browser = await launchChromium()
  mkdirSync(screenshotFolder, {recursive: true})
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

const typed = 'Every service user has a named worker. Our internal customers are the finance team, and no worker has a caseload of more than 20 people.'

describeInChromium('the checker page on a desktop screen', () => {
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    ;({context, page} = await openPage({width: 1280, height: 900}))
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin})
  })
  afterAll(() => context?.close())

  it('says what it does and that text stays on the computer, under a policy that allows only its own files', async () => {
    await expect.poll(() => page.locator('#summary').textContent()).toContain('Nothing to check yet')
    expect(await page.locator('.privacy').textContent()).toContain('Your text stays on this computer.')
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("connect-src 'none'")
    // Neither the Markdown and HTML readers nor Word support load until a file needs them.
    expect(requests.filter((url) => /\/(markup|word)-[\w-]+\.js$/.test(url))).toEqual([])
    expect(requests.some((url) => /\/worker-[\w-]+\.js$/.test(url))).toBe(true)
    expect(await axeViolations(page)).toEqual([])
  })

  it('highlights what is typed, with each reason, suggestion, explanation and source, and counts per family', async () => {
    const expected = await typeText(page, typed)
    expect(expected.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['service-user', 'warning'],
      ['internal-customers', 'warning'],
      ['case', 'info']
    ])

    const marks = page.locator('#marked mark')
    expect(await marks.evaluateAll((nodes) => nodes.map((node) => node.className))).toEqual(['mark mark--warning', 'mark mark--warning', 'mark mark--info'])
    expect(await page.locator('#summary').textContent()).toBe('3 findings: 2 to change, 1 worth a look.')

    for (const [index, finding] of expected.entries()) {
      const card = page.locator('#finding-' + (index + 1))
      // Warnings and information differ in words, not colour alone.
      expect(await card.locator('.tag').textContent()).toBe(finding.severity === 'warning' ? '!To change' : 'iWorth a look')
      expect(await card.locator('.finding__words').textContent()).toBe(finding.actual)
      expect(await card.locator('.finding__reason').textContent()).toBe(finding.reason.replaceAll('`', ''))
      const visibleLabels = await card.locator('.suggestions button').evaluateAll((buttons) =>
        buttons.map((button) => Array.from(button.childNodes).filter((node) => !(node instanceof Element && node.matches('.visually-hidden'))).map((node) => node.textContent).join(''))
      )
      expect(visibleLabels).toEqual(finding.suggestions)
      // Each button says what it does to those who cannot see where it stands.
      expect(await card.locator('.suggestions button').first().textContent()).toBe('Replace ' + finding.actual + ' with ' + finding.suggestions[0])
      expect(await card.locator('.finding__explanation').textContent()).toBe(finding.explanation)
      expect(finding.explanation.length).toBeGreaterThan(40)
      expect(await card.locator('.finding__source').textContent()).toMatch(/^Source: the .+ section of the essay/)
      // Each mark leads to its finding, and each finding back to its mark.
      expect(await page.locator('#marked a[href="#finding-' + (index + 1) + '"]').count()).toBe(1)
      expect(await card.locator('a[href="#mark-' + (index + 1) + '"]').count()).toBe(1)
    }

    const rows = await page.locator('#counts tbody tr').evaluateAll((nodes) => nodes.map((row) => Array.from(row.children).map((cell) => cell.textContent)))
    expect(rows).toEqual(countByFamily(expected).map((count) => [count.title, String(count.warnings), String(count.info)]))
    expect(await axeViolations(page)).toEqual([])
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({path: join(screenshotFolder, 'desktop.png'), fullPage: true})
  })

  it('applies a suggestion when it is clicked, then checks the text again; the change can be undone', async () => {
    await page.locator('#finding-1 .suggestions button', {hasText: 'person who uses services'}).click()
    const revised = typed.replace('service user', 'person who uses services')
    expect(await page.locator('#text').inputValue()).toBe(revised)
    await expectFindingsShown(page, await check(revised, 'text'))
    expect(await page.locator('#action-status').textContent()).toBe('Replaced “service user” with “person who uses services”.')
    // Focus moves to the finding that now stands where the changed one stood.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('finding-1')

    await page.locator('#undo').click()
    expect(await page.locator('#text').inputValue()).toBe(typed)
    await expectFindingsShown(page, await check(typed, 'text'))
  })

  it('copies the revised text, and saves it as a file', async () => {
    await page.locator('#copy').click()
    await expect.poll(() => page.locator('#action-status').textContent()).toContain('The text is copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(typed)

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()])
    expect(download.suggestedFilename()).toBe('checked-text.txt')
    expect(await readFile(await download.path(), 'utf8')).toBe(typed)
  })

  it('opens a Word document, loading Word support only then', async () => {
    expect(requests.filter((url) => /\/word-[\w-]+\.js$/.test(url))).toEqual([])
    const bytes = await wordDocument(['# Our customers', 'We will empower people to manage their own care package.', '', 'Every service user has a named worker.'])
    await page.locator('#file').setInputFiles({name: 'Care plan.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: bytes})
    await expect.poll(() => page.locator('#file-status').textContent()).toContain('Opened “Care plan.docx”.')
    const text = 'Our customers\n\nWe will empower people to manage their own care package.\n\nEvery service user has a named worker.\n'
    expect(await page.locator('#text').inputValue()).toBe(text)
    expect(await page.locator('#format').inputValue()).toBe('text')
    const expected = await check(text, 'text')
    expect(expected.map((finding) => finding.ruleId)).toEqual(['our-customers', 'empower', 'care-package', 'service-user'])
    await expectFindingsShown(page, expected)
    expect(requests.filter((url) => /\/word-[\w-]+\.js$/.test(url))).toHaveLength(1)
    expect(await axeViolations(page)).toEqual([])
  })

  it('opens Markdown and HTML files, reading them as such', async () => {
    const markdown = '# Support\n\nEvery service user has a named worker.\n\n```\ncustomer = lookup(serviceUser)\n```\n'
    await page.locator('#file').setInputFiles({name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown)})
    await expect.poll(() => page.locator('#format').inputValue()).toBe('markdown')
    await expectFindingsShown(page, await check(markdown, 'markdown'))
    expect(await page.locator('#marked mark').allTextContents()).toEqual(['service user'])

    const html = '<h1>Our customers</h1>\n<p>We review each <em>care package</em> yearly.</p>\n<pre><code>customer</code></pre>\n'
    await page.locator('#file').setInputFiles({name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(html)})
    await expect.poll(() => page.locator('#format').inputValue()).toBe('html')
    await expectFindingsShown(page, await check(html, 'html'))
    expect(await page.locator('#marked mark').allTextContents()).toEqual(['Our customers', 'care package'])
    // The readers load in the worker; the request record sees the worker's requests too.
    expect(requests.filter((url) => /\/markup-[\w-]+\.js$/.test(url))).toHaveLength(1)
  })

  it('says so when a file cannot be opened', async () => {
    await page.locator('#file').setInputFiles({name: 'budget.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK')})
    await expect.poll(() => page.locator('#file-status').textContent()).toContain('The checker cannot open “budget.xlsx”')
    await page.locator('#file').setInputFiles({name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip file')})
    await expect.poll(() => page.locator('#file-status').textContent()).toContain('The checker could not read “broken.docx” as a Word document.')
  })

  it('refuses, in plain words, a Word document that would unpack to a gigabyte and a text file past the limit', async () => {
    await page.locator('#file').setInputFiles({name: 'bomb.docx', mimeType: 'application/octet-stream', buffer: await zipBomb(1024 ** 3)})
    await expect.poll(() => page.locator('#file-status').textContent()).toBe('“bomb.docx” is too large for the checker: its text would unpack to 1 GB, and the checker takes up to 50 MB. Split it into smaller documents.')
    // Playwright hands over buffers of up to 50 MB; a larger file goes by its path.
    const huge = join(mkdtempSync(join(tmpdir(), 'huge-')), 'huge.txt')
    writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 0x61))
    await page.locator('#file').setInputFiles(huge)
    await expect.poll(() => page.locator('#file-status').textContent()).toBe('“huge.txt” is too large for the checker: it holds 51 MB of text, and the checker takes up to 50 MB. Split it into smaller documents.')
    rmSync(dirname(huge), {recursive: true, force: true})
  })
})

describeInChromium('the checker page from the keyboard alone', () => {
  it('reaches the text, then each control in order with its focus visible, and applies a suggestion', async () => {
    const {context, page} = await openPage({width: 1280, height: 900})
    try {
      /** Moves focus with the key, and says where it went and whether it shows. */
      const press = async (key: string) => {
        await page.keyboard.press(key)
        const focused = await page.evaluate(() => {
          const active = document.activeElement as HTMLElement
          const style = getComputedStyle(active)
          const outlined = style.outlineStyle !== 'none' && style.outlineWidth !== '0px' && style.outlineColor !== 'rgba(0, 0, 0, 0)'
          const highlighted = style.backgroundColor === 'rgb(255, 221, 0)'
          return {name: active.id || active.textContent?.trim() || active.tagName, suggestion: active.closest('.suggestions') !== null, visible: outlined || highlighted}
        })
        expect(focused.visible, 'focus is visible on ' + focused.name).toBe(true)
        return focused
      }

      expect((await press('Tab')).name).toBe('Skip to your text')
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('text')
      expect((await press('Shift+Tab')).name).toBe('example')
      expect((await press('Shift+Tab')).name).toBe('file')
      expect((await press('Tab')).name).toBe('example')
      expect((await press('Tab')).name).toBe('text')
      await page.keyboard.type(typed)
      await expectFindingsShown(page, await check(typed, 'text'))

      // Tab on through every control to the first suggestion.
      const seen: string[] = []
      for (let step = 0; step < 40; step++) {
        const focused = await press('Tab')
        seen.push(focused.name)
        if (focused.suggestion) break
      }
      expect(seen).toEqual(['format', 'copy', 'download', 'marked', '1', '2', '3', 'Show in the text', 'Replace service user with person who uses services'])
      await page.keyboard.press('Enter')
      const revised = typed.replace('service user', 'person who uses services')
      expect(await page.locator('#text').inputValue()).toBe(revised)
      await expectFindingsShown(page, await check(revised, 'text'))
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('finding-1')
    } finally {
      await context.close()
    }
  })
})

describeInChromium('the checker page on small screens', () => {
  for (const {name, viewport, deviceScaleFactor} of [
    {name: 'phone', viewport: {width: 390, height: 844}, deviceScaleFactor: 3},
    // 200% zoom of a 1280 by 900 window: half as many CSS pixels, each twice the size.
    {name: 'zoom-200', viewport: {width: 640, height: 450}, deviceScaleFactor: 2}
  ]) {
    it(name + ': one column, no sideways scrolling, nothing for axe to find', async () => {
      const {context, page} = await openPage(viewport, deviceScaleFactor)
      try {
        await page.locator('#example').click()
        await expect.poll(() => page.locator('#findings > li').count()).toBeGreaterThan(3)
        expect(await scrollsSideways(page)).toBe(false)
        const [input, results] = await Promise.all([page.locator('.panel--input').boundingBox(), page.locator('.panel--results').boundingBox()])
        expect(results!.y).toBeGreaterThan(input!.y + input!.height - 1)
        expect(await axeViolations(page)).toEqual([])
        await page.evaluate(() => window.scrollTo(0, 0))
        await page.screenshot({path: join(screenshotFolder, name + '.png'), fullPage: true})
      } finally {
        await context.close()
      }
    })
  }
})

describeInChromium('the page’s size', () => {
  it('starts with a small script and a checking worker; Markdown, HTML and Word support load only when needed', () => {
    const html = readFileSync(join(pageFolder, 'index.html'), 'utf8')
    const entry = /<script type="module"[^>]* src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1]
    expect(entry).toBeDefined()
    const assets = readdirSync(join(pageFolder, 'assets'))
    const named = (prefix: string) => {
      const file = assets.find((name) => name.startsWith(prefix + '-') && name.endsWith('.js'))
      expect(file, prefix + ' chunk').toBeDefined()
      return join(pageFolder, 'assets', file!)
    }
    const gzipped = (path: string) => gzipSync(readFileSync(path), {level: 9}).length
    const entryScript = readFileSync(join(pageFolder, entry!), 'utf8')
    // Nothing heavy is preloaded or imported by the page itself.
    expect(html).not.toMatch(/modulepreload/)
    expect(entryScript).not.toMatch(/import\(|from"/)
    const sizes = {page: gzipped(join(pageFolder, entry!)), worker: gzipped(named('worker')), markup: gzipped(named('markup')), word: gzipped(named('word'))}
    console.log('Gzipped JavaScript (bytes): ' + JSON.stringify(sizes))
    expect(sizes.page).toBeLessThan(10_000)
    expect(sizes.page + sizes.worker).toBeLessThan(80_000)
  })
})

describeInChromium('the whole run', () => {
  it('asked for nothing beyond the page’s own files, and the page reported no error', () => {
    expect(requests.length).toBeGreaterThan(10)
    expect(requests.filter((url) => !url.startsWith(origin + folderPath) && !url.startsWith('data:'))).toEqual([])
    expect(pageProblems).toEqual([])
    console.log('Screenshots of the checker page: ' + screenshotFolder)
  })
})
