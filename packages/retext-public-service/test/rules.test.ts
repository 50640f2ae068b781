import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {explain} from '../src/context/explain.js'
import {builtInTermMap, resolveTermMap} from '../src/term-map/resolve.js'
import type {RuleExamples} from '../src/term-map/types.js'
import generatedExamples from '../generated/examples.json' with {type: 'json'}

// Every context rule in rules/ carries an example sentence: the rule must be the one that
// decides it (no earlier rule may), so each rule is shown to do what its reason says.
const termMap = resolveTermMap(undefined)
const parser = unified().use(retextEnglish)

function decisions(text: string) {
  return explain(parser.parse(text) as Root, termMap, text)
}

// The examples live in generated/examples.json, beside the term map the plugin loads.
const examples = generatedExamples as RuleExamples
const cases = [
  ...builtInTermMap.everywhere.map((rule, index) => ({family: undefined as string | undefined, scope: 'everywhere' as const, index, rule, example: examples.everywhere[index]})),
  ...builtInTermMap.families.flatMap((family) =>
    (family.context ?? []).map((rule, index) => ({family: family.id as string | undefined, scope: 'family' as const, index, rule, example: examples.families[family.id]?.context[index]}))
  )
]

describe('each context rule', () => {
  it('has an example', () => {
    expect(cases.length).toBeGreaterThan(70)
    for (const {family, index, example} of cases) expect(example, (family ?? 'everywhere') + ' rule ' + index).toBeTruthy()
  })

  it.each(cases.map((item) => [(item.family ?? 'everywhere') + ' rule ' + item.index + ': ' + item.rule.why, item] as const))('%s', (_name, {family, scope, index, example}) => {
    const found = decisions(example ?? '')
    const decided = found.some((result) => result.scope === scope && result.index === index && (family === undefined || result.family === family))
    expect(decided, JSON.stringify(found)).toBe(true)
  })
})

describe('a rule that reads the rest of the page', () => {
  it('is explained with the reading of the page that let it hold', () => {
    const found = decisions('Our homeless outreach team holds 30 open cases, and 5 cases were transferred this week. Each case is different.')
    const last = found.at(-1)
    expect(last?.outcome).toBe('warning')
    expect(last?.page).toEqual({flagged: 2, setAside: 0})
    expect(found.slice(0, -1).every((result) => result.page === undefined)).toBe(true)
  })

  it('does not hold where the page sets the word aside as often as it flags it', () => {
    const found = decisions('Our outreach team holds 30 open cases. In any case, in most cases the court case comes first. Each case is different.')
    expect(found.at(-1)?.outcome).toBe('ignore')
    expect(found.at(-1)?.page).toBeUndefined()
  })
})
