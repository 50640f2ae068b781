/**
 * `--report html`: one self-contained page for a whole run, for the people who decide
 * whether the work is worth doing. Totals and findings by family first, then documents
 * ranked by findings, then each document's findings with the sentence, the words marked,
 * the better words, the reason and its source. No script, and nothing loaded from
 * anywhere: styles are inline. Every figure is text; bars only repeat it.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import '../cli/baseline.js'
import {source} from 'retext-public-service/engine'
import {rulesOfRun, type RuleDescription} from '../formats/processor.js'

export interface HtmlReportOptions {
  cwd: string
  toolName: string
  toolVersion: string
}

const escapes: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

function escape(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (character) => escapes[character])
}

function plural(count: number, one: string, many = one + 's'): string {
  return count.toLocaleString('en-GB') + ' ' + (count === 1 ? one : many)
}

function displayPath(file: VFile, cwd: string): string {
  if (!file.path) return 'standard input'
  return path.relative(cwd, path.resolve(file.cwd, file.path)).split(path.sep).join('/')
}

function anchorFor(index: number): string {
  return 'document-' + (index + 1)
}

const isFinding = (message: VFileMessage) => message.source === source && !message.fatal

function where(message: VFileMessage, wordDocument: boolean): string {
  if (!message.line) return ''
  return wordDocument ? 'paragraph ' + message.line + ', character ' + message.column : 'line ' + message.line + ', column ' + message.column
}

function bar(count: number, most: number): string {
  const width = most === 0 ? 0 : Math.max(2, Math.round((count / most) * 100))
  return '<span class="bar" aria-hidden="true"><span style="width:' + width + '%"></span></span>'
}

function renderFinding(message: VFileMessage, rules: Map<string, RuleDescription>, wordDocument: boolean): string {
  const rule = rules.get(message.ruleId ?? '')
  const warning = message.fatal === false
  const context = message.context
  const sentence = context
    ? escape(context.before) + '<mark>' + escape(message.actual) + '</mark>' + escape(context.after)
    : '<mark>' + escape(message.actual) + '</mark>'
  const expected = (message.expected ?? []).slice(0, 4)
  const [why, cite] = String(message.note ?? '').split(/\s(?=Source: )/)
  return [
    '<li class="finding ' + (warning ? 'warning' : 'info') + '">',
    '<p class="meta"><span class="severity">' + (warning ? 'Warning' : 'Worth a look') + '</span> · ' + escape(where(message, wordDocument)) +
      ' · <a href="' + escape(message.url ?? rule?.url ?? '') + '">' + escape(rule?.title ?? message.ruleId) + ' <span class="rule-id">(' + escape(message.ruleId) + ')</span></a></p>',
    '<blockquote><p>' + sentence + '</p></blockquote>',
    expected.length > 0 ? '<p><strong>Instead:</strong> ' + expected.map((value) => '“' + escape(value) + '”').join(', ') + '</p>' : '',
    why ? '<p>' + escape(why) + '</p>' : '',
    cite ? '<p class="source">' + escape(cite) + '</p>' : '',
    '</li>'
  ].join('')
}

const styles = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#505a5f;--line:#b1b4b6;--warn:#8a3c00;--info:#1d4f91;--mark:#fff2a8;--bar:#1d4f91}
*{box-sizing:border-box}
body{font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);margin:0 auto;max-width:60rem;padding:1.5rem}
h1{font-size:1.9rem;margin:0 0 .5rem}h2{font-size:1.4rem;margin:2rem 0 .5rem;border-top:2px solid var(--ink);padding-top:1rem}h3{font-size:1.15rem;margin:1.5rem 0 .5rem}
a{color:#1d4f91}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
.totals{display:flex;flex-wrap:wrap;gap:1rem;padding:0;list-style:none}.totals li{border:1px solid var(--line);padding:.75rem 1rem;min-width:10rem}.totals strong{display:block;font-size:1.6rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}caption{text-align:left;font-weight:700;padding:.25rem 0}th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}td.count,th.count{text-align:right;white-space:nowrap}
.bar{display:block;height:1rem;background:#f3f2f1;min-width:6rem}.bar span{display:block;height:100%;background:var(--bar)}
ol.findings{padding-left:1.5rem}.finding{margin:0 0 1.25rem;padding-left:.75rem;border-left:5px solid var(--info)}.finding.warning{border-left:5px dashed var(--warn)}
.meta{margin:0;color:var(--muted)}.severity{font-weight:700;color:var(--ink)}.finding.warning .severity::before{content:"⚠ "}.finding.info .severity::before{content:"ℹ "}
blockquote{margin:.5rem 0;padding:.25rem .75rem;background:#f8f8f8}mark{background:var(--mark);color:inherit;font-weight:700;text-decoration:underline}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:0;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.source{color:var(--muted);font-size:.95rem}.rule-id{color:var(--muted);font-size:.9rem}.failure{color:#942514;font-weight:700}
@media print{body{max-width:none;padding:0}a{color:inherit}h2{break-before:auto}.finding{break-inside:avoid}.bar{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`

export function htmlReport(files: readonly VFile[], options: HtmlReportOptions): string {
  const rules = rulesOfRun(files)

  const documents = files.map((file) => {
    const findings = file.messages.filter(isFinding)
    return {
      file,
      name: displayPath(file, options.cwd),
      findings,
      recorded: (file.data.publicServiceBaseline?.recorded ?? []).filter(isFinding),
      failures: file.messages.filter((message) => message.fatal),
      wordDocument: Boolean(file.data.publicServiceParagraphs)
    }
  })
  const ranked = [...documents].sort((a, b) => b.findings.length - a.findings.length || a.name.localeCompare(b.name))
  const all = documents.flatMap((document) => document.findings)
  const warnings = all.filter((message) => message.fatal === false).length
  const recorded = documents.reduce((sum, document) => sum + document.recorded.length, 0)
  const gone = files.reduce((sum, file) => sum + (file.data.publicServiceBaseline?.gone ?? 0), 0)
  const withBaseline = files.some((file) => file.data.publicServiceBaseline)
  const failed = documents.filter((document) => document.failures.length > 0).length

  const byFamily = new Map<string, {warning: number; info: number}>()
  for (const message of all) {
    const entry = byFamily.get(message.ruleId ?? '') ?? {warning: 0, info: 0}
    if (message.fatal === false) entry.warning++
    else entry.info++
    byFamily.set(message.ruleId ?? '', entry)
  }
  const families = [...byFamily].sort((a, b) => b[1].warning + b[1].info - (a[1].warning + a[1].info) || a[0].localeCompare(b[0]))
  const mostInFamily = Math.max(0, ...families.map(([, entry]) => entry.warning + entry.info))
  const mostInDocument = Math.max(0, ...ranked.map((document) => document.findings.length))

  const out: string[] = []
  out.push(
    '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may load from anywhere: the page is the whole report.
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">',
    '<title>Public-service wording: ' + escape(plural(all.length, 'finding')) + ' in ' + escape(plural(documents.length, 'document')) + '</title>',
    '<style>' + styles + '</style></head><body>',
    '<header><h1>Public-service wording report</h1>',
    '<p>Wording that treats people as customers, cases or units of a service, found by ' + escape(options.toolName) + ' ' + escape(options.toolVersion) +
      ' in ' + escape(plural(documents.length, 'document')) + ' checked. Each finding says what to write instead and why.</p></header>',
    '<main><h2 id="totals">Totals</h2><ul class="totals">',
    '<li><strong>' + all.length.toLocaleString('en-GB') + '</strong>' + (withBaseline ? 'new findings' : 'findings') + '</li>',
    '<li><strong>' + warnings.toLocaleString('en-GB') + '</strong>warnings (clear cases)</li>',
    '<li><strong>' + (all.length - warnings).toLocaleString('en-GB') + '</strong>worth a look (never fail a build)</li>',
    '<li><strong>' + ranked.filter((document) => document.findings.length > 0).length.toLocaleString('en-GB') + '</strong>documents with findings</li>'
  )
  if (withBaseline) {
    out.push(
      '<li><strong>' + recorded.toLocaleString('en-GB') + '</strong>recorded in the baseline</li>',
      '<li><strong>' + gone.toLocaleString('en-GB') + '</strong>recorded findings gone</li>'
    )
  }
  if (failed > 0) out.push('<li><strong>' + failed + '</strong>documents that could not be checked</li>')
  out.push('</ul>')

  out.push('<h2 id="families">Findings by family</h2>')
  if (families.length === 0) out.push('<p>No findings.</p>')
  else {
    out.push(
      '<table><caption>Findings by family of wording, most first</caption><thead><tr><th scope="col">Family</th><th scope="col" class="count">Warnings</th><th scope="col" class="count">Worth a look</th><th scope="col" class="count">Total</th><th scope="col"><span class="visually-hidden">Share</span></th></tr></thead><tbody>'
    )
    for (const [id, entry] of families) {
      const rule = rules.get(id)
      out.push(
        '<tr><th scope="row"><a href="' + escape(rule?.url ?? '') + '">' + escape(rule?.title ?? id) + '</a> <span class="rule-id">(' + escape(id) + ')</span></th>' +
          '<td class="count">' + entry.warning + '</td><td class="count">' + entry.info + '</td><td class="count">' + (entry.warning + entry.info) + '</td><td>' + bar(entry.warning + entry.info, mostInFamily) + '</td></tr>'
      )
    }
    out.push('</tbody></table>')
  }

  out.push(
    '<h2 id="documents">Documents by findings</h2>',
    '<table><caption>Documents ranked by ' + (withBaseline ? 'new findings' : 'findings') + ', most first</caption><thead><tr><th scope="col">Document</th><th scope="col" class="count">Findings</th>' +
      (withBaseline ? '<th scope="col" class="count">Recorded</th>' : '') + '<th scope="col"><span class="visually-hidden">Share</span></th></tr></thead><tbody>'
  )
  ranked.forEach((document) => {
    const index = documents.indexOf(document)
    const status = document.failures.length > 0 ? ' <span class="failure">(could not be checked)</span>' : ''
    out.push(
      '<tr><th scope="row"><a href="#' + anchorFor(index) + '">' + escape(document.name) + '</a>' + status + '</th><td class="count">' + document.findings.length + '</td>' +
        (withBaseline ? '<td class="count">' + document.recorded.length + '</td>' : '') + '<td>' + bar(document.findings.length, mostInDocument) + '</td></tr>'
    )
  })
  out.push('</tbody></table>')

  out.push('<h2 id="findings">Findings, document by document</h2>')
  ranked.forEach((document) => {
    const index = documents.indexOf(document)
    out.push('<section aria-labelledby="' + anchorFor(index) + '"><h3 id="' + anchorFor(index) + '">' + escape(document.name) + '</h3>')
    for (const failure of document.failures) out.push('<p class="failure">Could not be checked: ' + escape(failure.reason) + '</p>')
    if (document.findings.length === 0 && document.failures.length === 0) out.push('<p>' + (withBaseline ? 'No new findings.' : 'No findings.') + '</p>')
    if (document.findings.length > 0) {
      if (withBaseline) out.push('<h4>New findings (' + document.findings.length + ')</h4>')
      out.push('<ol class="findings">' + document.findings.map((message) => renderFinding(message, rules, document.wordDocument)).join('') + '</ol>')
    }
    if (document.recorded.length > 0) {
      out.push('<h4>Recorded in the baseline (' + document.recorded.length + ')</h4>')
      out.push('<ol class="findings">' + document.recorded.map((message) => renderFinding(message, rules, document.wordDocument)).join('') + '</ol>')
    }
    out.push('</section>')
  })
  out.push('</main><footer><p>Made by ' + escape(options.toolName) + ' ' + escape(options.toolVersion) + '. Warnings are clear cases; findings worth a look never fail a build.</p></footer></body></html>')
  return out.join('\n') + '\n'
}
