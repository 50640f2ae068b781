import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {check} from './helpers.js'

// Words the term map cares about, traps beside them, and the punctuation that breaks naïve code.
const vocabulary = [
  'customer', 'customers', "customer's", 'Customers’', 'CUSTOMER', 'service', 'user', 'service-user', 'users',
  'client', 'case', 'cases', 'in', 'our', 'internal', 'a', 'an', 'An', 'journey', 'pathway', 'front', 'door', 'consumer',
  'empower', 'dealing', 'with', 'care', 'package', 'recipients', 'of', 'the', 'council', 'people', 'customs',
  'custom-built', 'email', 'satisfaction', 'forum', 'broker', 'telecare', 'alarm', '“', '”', '‘', '’', '"', "'",
  ',', '.', ';', ':', '-', '—', '(', ')', '\n', '\n\n', '  ', '_', '@', '/', '&amp;', '#', '*', '2015', 'é', '👍', '\u00AD'
]

const mangledText = fc.oneof(
  fc.string({maxLength: 300}),
  fc.array(fc.constantFrom(...vocabulary), {maxLength: 80}).map((words) => words.join(' ')),
  fc.array(fc.constantFrom(...vocabulary), {maxLength: 80}).map((words) => words.join('')),
  fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.string({maxLength: 6})), {maxLength: 60}).map((words) => words.join(' '))
)

describe('on random and mangled text', () => {
  it('never throws, and every message lies inside the text with `actual` equal to the text at its place', () => {
    fc.assert(
      fc.property(mangledText, (text) => {
        const messages = check(text)
        for (const message of messages) {
          const place = message.place
          expect(place && 'start' in place).toBe(true)
          if (!place || !('start' in place)) return
          const start = place.start.offset ?? -1
          const end = place.end.offset ?? -1
          expect(start).toBeGreaterThanOrEqual(0)
          expect(end).toBeGreaterThan(start)
          expect(end).toBeLessThanOrEqual(text.length)
          expect(text.slice(start, end)).toBe(message.actual)
          expect(message.expected?.length).toBeGreaterThan(0)
        }
      }),
      {numRuns: 3000}
    )
  })

  it('finds the same things in a text whatever text surrounds it in other paragraphs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary.filter((word) => !word.includes('\n'))), {maxLength: 30}), (words) => {
        const paragraph = words.join(' ')
        const alone = check(paragraph).map((message) => message.ruleId + ':' + message.actual)
        const withNeighbour = check('Nothing to see here.\n\n' + paragraph).map((message) => message.ruleId + ':' + message.actual)
        // Only rules that read the whole document may differ; none of the built-ins do so for these words.
        expect(withNeighbour).toEqual(alone)
      }),
      {numRuns: 500}
    )
  })
})
