/**
 * Heap settings for the command line, imported before anything else so they hold from
 * the start. A run over a whole website keeps every file (and its findings) until the
 * last one is checked, and V8's defaults, tuned for speed, let the heap grow to about
 * twice what is alive: on the 1,920-file corpus that is about 150 MB at its peak, for
 * about 45 MB alive. Favouring size keeps the peak near 115 MB for 5 to 10% more time
 * (figures in docs/performance.md); a CI runner shared with other jobs, or a small
 * container, gains more from the one than it loses from the other.
 *
 * Only garbage-collection sizing is changed, which V8 reads as the heap grows; flags the
 * user gives Node (on the command line or in NODE_OPTIONS) win over these.
 */
import process from 'node:process'
import v8 from 'node:v8'

const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].join(' ')
if (!/optimize[-_]for[-_]size|semi[-_]space/.test(given)) {
  v8.setFlagsFromString('--optimize-for-size')
  v8.setFlagsFromString('--semi-space-growth-factor=1')
}
