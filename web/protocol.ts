/** Messages between the page and its checking worker. */
import type {Finding, Format} from './findings.js'

export type Request =
  | {kind: 'check'; id: number; text: string; format: Format}
  | {kind: 'word'; id: number; bytes: ArrayBuffer}

export type Reply =
  | {kind: 'checked'; id: number; findings: Finding[]; milliseconds: number}
  | {kind: 'word'; id: number; text: string}
  | {kind: 'failed'; id: number; reason: string}
