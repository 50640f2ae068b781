/**
 * Word documents, read in the browser by mammoth's browser build. This module (and
 * mammoth with it) is loaded only when a .docx file is opened.
 *
 * The page shows and edits plain text, so the document's text is taken paragraph by
 * paragraph; formatting stays in the Word file, where the writer applies the changes.
 */
/// <reference path="./mammoth-browser.d.ts" />
import mammoth from 'mammoth/mammoth.browser.js'
import {tidyWordText} from './findings.js'

export async function wordToText(bytes: ArrayBuffer): Promise<string> {
  const result = await mammoth.extractRawText({arrayBuffer: bytes})
  return tidyWordText(result.value)
}
