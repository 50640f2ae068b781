/**
 * The pre-scan is only a shortcut: on every document of the real corpus
 * (`../shared/corpus/`, all three folders), the processor the CLI uses reports exactly
 * the same findings with it as without it, and it does skip most of the corpus, so the
 * comparison is between two real runs.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {beforeAll, describe, expect, it} from 'vitest'
import {createProcessor} from '../src/processor.js'

const corpusRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus')
const folders = ['govuk', 'lga-service-explorer', 'nhs-service-manual']

interface Finding {
  ruleId: string | undefined
  place: VFileMessage['place']
  actual: string | undefined
  expected: string[] | undefined
  fatal: boolean | null | undefined
}

function finding(message: VFileMessage): Finding {
  // Copies, so the comparison is of values and not of which object a point is.
  const place = message.place ? (JSON.parse(JSON.stringify(message.place)) as VFileMessage['place']) : undefined
  return {
    ruleId: message.ruleId,
    place,
    actual: message.actual,
    expected: message.expected ? [...message.expected] : undefined,
    fatal: message.fatal
  }
}

interface Run {
  findings: Map<string, Finding[]>
  /** Files the pre-scan let through to the natural-language parse. */
  parsed: number
}

async function check(paths: readonly string[], prescan: boolean): Promise<Run> {
  const processor = createProcessor({prescan})
  const findings = new Map<string, Finding[]>()
  let parsed = 0
  for (const path of paths) {
    const file = new VFile({path, value: readFileSync(path, 'utf8')})
    const tree = processor.parse(file)
    if (tree.data?.publicServicePlaceholder !== 'nothing-to-find') parsed++
    await processor.run(tree, file)
    findings.set(path, file.messages.map(finding))
  }
  return {findings, parsed}
}

describe('the pre-scan over the whole corpus', () => {
  const paths = folders
    .flatMap((folder) =>
      readdirSync(join(corpusRoot, folder), {recursive: true, withFileTypes: true})
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
    )
    .sort()
  let on: Run
  let off: Run

  beforeAll(async () => {
    on = await check(paths, true)
    off = await check(paths, false)
  }, 180_000)

  it('reads every document of the three folders', () => {
    expect(paths.length).toBeGreaterThanOrEqual(1920)
    expect(on.findings.size).toBe(paths.length)
  })

  it('changes no finding in any file: rule, place, text, suggestions, severity', () => {
    for (const path of paths) expect(on.findings.get(path), path).toEqual(off.findings.get(path))
  })

  it('compares real runs: the corpus has findings, and the pre-scan skips most of it', () => {
    const total = [...off.findings.values()].reduce((sum, list) => sum + list.length, 0)
    expect(total).toBeGreaterThan(50)
    expect(off.parsed).toBe(paths.length)
    expect(on.parsed).toBeLessThan(paths.length / 2)
    // No document fails to be checked either way.
    const failures = [...off.findings.values(), ...on.findings.values()].flat().filter((message) => message.fatal === true)
    expect(failures).toEqual([])
  })
})
