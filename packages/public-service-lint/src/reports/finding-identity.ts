/**
 * When two findings are the same one: same file, same family, same words, and the same few
 * words either side. Lines and columns are left out, so an edit above a finding does not
 * make old wording look new. Baselines (`--baseline`) and SARIF fingerprints both use it.
 */
import {createHash} from 'node:crypto'
import path from 'node:path'

export interface IdentifiedFinding {
  ruleId?: string | null
  actual?: string | null
  context?: {before: string; after: string} | null
}

/** How many words either side take part. */
const wordsAround = 4

function words(value: string): string[] {
  return value.toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/\s+/).filter(Boolean)
}

/** A file's path as the key holds it: relative to the folder the run was made in, with `/`. */
export function keyPath(filePath: string | undefined, cwd: string | undefined): string {
  if (!filePath) return '<stdin>'
  const relative = path.isAbsolute(filePath) && cwd ? path.relative(cwd, filePath) : filePath
  return relative.split(path.sep).join('/').replace(/^\.\//, '')
}

/**
 * The finding's identity in one string. A finding recorded without its context (by an
 * older version) is known by its file, family and words alone.
 */
export function findingKey(file: string, finding: IdentifiedFinding): string {
  const parts = [file, finding.ruleId ?? '', words(finding.actual ?? '').join(' ')]
  if (finding.context) parts.push(words(finding.context.before).slice(-wordsAround).join(' '), words(finding.context.after).slice(0, wordsAround).join(' '))
  return parts.join('\u0000')
}

/**
 * A fingerprint per finding, stable while lines move: the key, with the finding's place
 * among findings of the same key in its file (the second identical sentence stays apart).
 */
export function fingerprints(file: string, findings: readonly IdentifiedFinding[]): string[] {
  const seen = new Map<string, number>()
  return findings.map((finding) => {
    const key = findingKey(file, finding)
    const index = seen.get(key) ?? 0
    seen.set(key, index + 1)
    return createHash('sha256').update(key + '\u0000' + index).digest('hex').slice(0, 32)
  })
}
