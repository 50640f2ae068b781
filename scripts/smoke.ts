import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import plugin from '../src/index.js'
const texts = process.argv.slice(2)
for (const t of texts) {
  const file = await unified().use(retextEnglish).use(plugin).use(retextStringify).process(t)
  console.log('>', t)
  for (const m of file.messages) console.log('  ', m.ruleId, m.fatal === false ? 'W' : 'i', JSON.stringify(m.actual), '->', m.expected?.join(' | '), '::', m.reason)
}
