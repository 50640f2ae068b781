import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import retextPublicService, {type Options} from '../src/index.js'

/** Lints plain text with the plugin and returns its messages. */
export function check(text: string, options?: Options): VFileMessage[] {
  const processor = unified().use(retextEnglish).use(retextPublicService, options)
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return file.messages
}

/** `rule:actual` for each message, in order: compact to assert on. */
export function found(text: string, options?: Options): string[] {
  return check(text, options).map((message) => message.ruleId + ':' + message.actual)
}
