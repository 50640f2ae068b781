import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {explain} from '../src/context/explain.js'
import {builtInTermMap, resolveTermMap} from '../src/term-map/resolve.js'

// Every context rule in rules/ carries an example sentence: the rule must be the one that
// decides it (no earlier rule may), so each rule is shown to do what its reason says.
const termMap = resolveTermMap(undefined)
const parser = unified().use(retextEnglish)

function decisions(text: string) {
  return explain(parser.parse(text) as Root, termMap, text)
}

const cases = [
  ...builtInTermMap.everywhere.map((rule, index) => ({family: undefined as string | undefined, scope: 'everywhere' as const, index, rule})),
  ...builtInTermMap.families.flatMap((family) => (family.context ?? []).map((rule, index) => ({family: family.id as string | undefined, scope: 'family' as const, index, rule})))
]

describe('each context rule', () => {
  it('has an example', () => {
    expect(cases.length).toBeGreaterThan(70)
    for (const {family, index, rule} of cases) expect(rule.example, (family ?? 'everywhere') + ' rule ' + index).toBeTruthy()
  })

  it.each(cases.map((item) => [(item.family ?? 'everywhere') + ' rule ' + item.index + ': ' + item.rule.why, item] as const))('%s', (_name, {family, scope, index, rule}) => {
    const found = decisions(rule.example ?? '')
    const decided = found.some((result) => result.scope === scope && result.index === index && (family === undefined || result.family === family))
    expect(decided, JSON.stringify(found)).toBe(true)
  })
})
