/**
 * Debian's Chromium driven by playwright-core, and axe-core's WCAG 2.2 A/AA check of a
 * page, for the tests of the checker page and of the HTML report.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {AxeResults} from 'axe-core'
import {chromium, type Browser, type Page} from 'playwright-core'
import {expect} from 'vitest'
import {hasProgram} from './programs.js'

const chromiumPath = '/usr/bin/chromium'
const axeSource = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Whether Chromium is there (in CI its absence fails the run). */
export function hasChromium(): boolean {
  return hasProgram('Chromium', chromiumPath, 'apt-get install chromium (as .ci/run does)')
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
  })
}

/** axe-core's WCAG 2.2 A and AA violations on the page, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  const results = await page.evaluate(async (tags) => {
    const axe = (window as unknown as {axe: {run(context: Document, options: object): Promise<AxeResults>}}).axe
    return axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
  }, wcagTags)
  // A run that checked nothing would find nothing: make sure the rules ran on the page.
  expect(results.passes.length).toBeGreaterThan(15)
  return results.violations.map((violation) => violation.id + ': ' + violation.help + ' at ' + violation.nodes.map((node) => node.target.join(' ')).join(', '))
}
