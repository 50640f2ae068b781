import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {emptyScore, judgeFindings} from '../scripts/evaluation.js'
import {locate, type OutsideLabel, type Passage} from '../scripts/outside.js'

// How the set from outside the corpus is scored: findings held against hand labels. The
// findings here are made by hand, so each test pins one scoring decision.
const text = 'Staff spend most of the day dealing with customers, and the case study shows it.'

function judge(labels: OutsideLabel[], findings: Array<{ruleId: string; word: string}>) {
  const passage: Passage = {doc: 'council-corporate/test/scoring', kind: 'council-corporate', source: 'https://example.org/', text, labels}
  const file = new VFile(text)
  const messages = findings.map(({ruleId, word}) => {
    const start = text.indexOf(word)
    return file.message('finding', {ruleId, place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: start + word.length + 1, offset: start + word.length}}})
  })
  const span = (message: (typeof messages)[number]) => ({start: message.place && 'start' in message.place ? message.place.start.offset ?? -1 : -1, end: message.place && 'end' in message.place ? message.place.end.offset ?? -1 : -1})
  const located = labels.map((label) => locate(text, label)).filter((label) => label !== undefined)
  const score = emptyScore()
  judgeFindings(passage, located, messages, span, [score])
  return score.overall
}

describe('scoring the set from outside the corpus', () => {
  it('counts a second finding inside a flagged phrase as covered by that label, not as a false alarm', () => {
    const tally = judge([{word: 'dealing with customers', label: 'flag', rule: 'dealing-with'}], [{ruleId: 'dealing-with', word: 'dealing with'}, {ruleId: 'customer', word: 'customers'}])
    expect(tally).toEqual({truePositives: 1, falsePositives: 0, falseNegatives: 0})
  })

  it('still counts a finding on a passed word, and one on no label, as false alarms', () => {
    const tally = judge([{word: 'dealing with customers', label: 'flag', rule: 'dealing-with'}, {word: 'case', label: 'pass'}], [{ruleId: 'customer', word: 'customers'}, {ruleId: 'case', word: 'case'}, {ruleId: 'consumer', word: 'Staff'}])
    expect(tally).toEqual({truePositives: 1, falsePositives: 2, falseNegatives: 0})
  })

  it('counts a flag with no finding over it as a miss, and leaves either unscored', () => {
    const tally = judge([{word: 'dealing with customers', label: 'flag', rule: 'dealing-with'}, {word: 'case', label: 'either'}], [{ruleId: 'case', word: 'case'}])
    expect(tally).toEqual({truePositives: 0, falsePositives: 0, falseNegatives: 1})
  })
})
