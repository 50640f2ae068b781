/**
 * Heap settings for the command line, imported before anything else so they hold from
 * the start. A run over a whole website keeps every file (and its findings) until the
 * last one is checked, and V8's defaults, tuned for speed, give the young generation
 * 16 MB semi-spaces and let the old one grow to about twice what is alive: on the
 * 1,920-file corpus that is about 140 to 150 MB at its peak, for about 45 MB alive.
 *
 * The young generation's size can only be capped on Node's command line
 * (`--max-semi-space-size`), which a program's `bin` cannot give portably. So the run
 * starts in V8's memory-saving mode, whose first collection shrinks the young generation
 * to its smallest, and keeps it there (`--semi-space-growth-factor=1`); after that first
 * collection the mode is switched off again, as its further collections reduce the heap
 * at every turn and cost 15 to 20% of the run, and the old generation is let grow by 10%
 * at a time. The corpus then peaks near 107 MB, as in the memory-saving mode throughout,
 * about 13% faster (figures in docs/performance.md); a CI runner shared with other jobs,
 * or a small container, keeps its memory.
 *
 * Only garbage-collection settings are changed, which V8 reads as the heap grows; flags
 * the user gives Node (on the command line or in NODE_OPTIONS) win over these.
 */
import {PerformanceObserver} from 'node:perf_hooks'
import process from 'node:process'
import v8 from 'node:v8'

const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].join(' ')
if (!/optimize[-_]for[-_]size|semi[-_]space|heap[-_]growing/.test(given)) {
  v8.setFlagsFromString('--optimize-for-size')
  v8.setFlagsFromString('--semi-space-growth-factor=1')
  const afterFirstCollection = new PerformanceObserver(() => {
    afterFirstCollection.disconnect()
    v8.setFlagsFromString('--no-optimize-for-size')
    v8.setFlagsFromString('--heap-growing-percent=10')
  })
  afterFirstCollection.observe({entryTypes: ['gc']})
}
