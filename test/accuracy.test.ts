import {describe, expect, it} from 'vitest'
import {formatScore, loadRealLabels, precision, recall, scoreReal} from '../scripts/evaluation.js'

// Real sentences from ../shared/corpus/, each labelled by reading it (fixtures/real/labels.yml).
describe('on real public-service documents', () => {
  it('holds at least 330 labelled occurrences from all three sources', () => {
    const labels = loadRealLabels()
    expect(labels.length).toBeGreaterThanOrEqual(330)
    for (const source of ['govuk/', 'lga-service-explorer/', 'nhs-service-manual/']) {
      expect(labels.filter((label) => label.file.startsWith(source)).length, source).toBeGreaterThanOrEqual(60)
    }
  })

  // Floors at the figures reached (npm run evaluate prints them); they may rise, never fall.
  it('finds what it should with precision and recall of at least 0.95, no family below 0.9 on either', async () => {
    const score = await scoreReal(loadRealLabels())
    const report = formatScore('real corpus', score)
    expect(precision(score.overall), report).toBeGreaterThanOrEqual(0.95)
    expect(recall(score.overall), report).toBeGreaterThanOrEqual(0.95)
    for (const [family, tally] of score.byFamily) {
      if (tally.truePositives + tally.falseNegatives + tally.falsePositives < 3) continue
      expect(precision(tally), family + '\n' + report).toBeGreaterThanOrEqual(0.9)
      expect(recall(tally), family + '\n' + report).toBeGreaterThanOrEqual(0.9)
    }
  })
})
