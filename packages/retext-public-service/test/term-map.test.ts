import {execFileSync, spawnSync} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {Ajv} from 'ajv'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {resolveTermMap} from '../src/engine.js'
import {compileProfiler, CueCompiler} from '../src/term-map/compile.js'
import {builtInTermMap} from '../src/index.js'
import type {RuleExamples} from '../src/term-map/types.js'
import generatedExamples from '../generated/examples.json' with {type: 'json'}
import {check} from './helpers.js'

const root = join(import.meta.dirname, '..')
/** Each family's documented examples, generated beside the term map (which the plugin loads without them). */
const examplesOf = (id: string) => (generatedExamples as RuleExamples).families[id] ?? {context: [], flag: [], pass: []}
const repositoryRoot = join(root, '..', '..')
/** What `npm run check:verbatim` checks: everything we wrote, from the repository's root. */
const verbatimChecked = (JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as {scripts: Record<string, string>}).scripts['check:verbatim'].split(' ').slice(2)

describe('the term map', () => {
  it('has generated files (term map, examples, validator, docs pages) in step with rules/', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-rules.ts', '--check'], {cwd: root, encoding: 'utf8'})
    expect(result.stderr + result.stdout).toContain('up to date')
    expect(result.status).toBe(0)
  })

  it('validates every family file against the published JSON Schema', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schema/family.schema.json'), 'utf8'))
    const validate = new Ajv({strict: true, allErrors: true}).compile(schema)
    const files = readdirSync(join(root, 'rules')).filter((name) => name.endsWith('.yml') && !['cues.yml', 'sources.yml', 'profiles.yml'].includes(name))
    expect(files.length).toBeGreaterThanOrEqual(22)
    for (const name of files) {
      const family = parse(readFileSync(join(root, 'rules', name), 'utf8'))
      expect(validate(family), name + ': ' + JSON.stringify(validate.errors)).toBe(true)
    }
  })

  // A cue ending in `*` matches every word that starts so; each of these once made a cue
  // read the wrong sense ("judge*" read "use our judgement" as law, "terminal*" read
  // "terminally ill" as a port). Whole words are listed instead.
  it('has no wildcard cue that catches an unrelated word', () => {
    const unrelated = ['important', 'courteous', 'companionship', 'sensory', 'electricity', 'consultancy', 'permitted', 'renewable', 'secretary', 'training', 'roadmap', 'walkthrough', 'lockdown', 'stockport', 'productivity', 'terminally', 'hospitality', 'judgement', 'judgment', 'contractions', 'claimants', 'appealing', 'trialled', 'trialling']
    const wildcards: string[] = []
    // One-word cues and their alternatives (a|b*); in a phrase, the other words narrow a wildcard down.
    const collect = (value: unknown): void => {
      if (typeof value === 'string') {
        if (!/\s/.test(value)) for (const word of value.split('|')) if (/^[a-z][a-z'’-]*\*$/i.test(word)) wildcards.push(word.slice(0, -1).toLowerCase())
      } else if (Array.isArray(value)) value.forEach(collect)
      else if (value && typeof value === 'object') Object.values(value).forEach(collect)
    }
    for (const name of readdirSync(join(root, 'rules')).filter((file) => file.endsWith('.yml'))) collect(parse(readFileSync(join(root, 'rules', name), 'utf8')))
    expect(wildcards.length).toBeGreaterThan(100)
    const caught = unrelated.flatMap((word) => wildcards.filter((stem) => word.startsWith(stem)).map((stem) => stem + '* catches ' + word))
    expect(caught).toEqual([])
  })

  it('covers every family the project promises', () => {
    expect(builtInTermMap.families.map((family) => family.id).sort()).toEqual(
      [
        'brokering', 'care-package', 'case', 'client', 'consumer', 'consumer-rights', 'customer', 'customer-experience',
        'customer-focused', 'customer-forum', 'customer-journey', 'customer-satisfaction', 'customer-service', 'dealing-with',
        'empower', 'front-door', 'internal-customers', 'our-customers', 'pathway', 'recipients', 'service-user', 'tec-role'
      ].sort()
    )
  })

  it('copies no run of eight words from the essays', () => {
    const output = execFileSync(process.execPath, ['../shared/tools/check-no-verbatim.mjs', ...verbatimChecked], {
      cwd: repositoryRoot,
      encoding: 'utf8'
    })
    expect(output).toContain('no run of 8+ words shared with the source essays')
  })

  it('keeps every word of the term map out of the engine (src/)', () => {
    const terms = new Set<string>()
    for (const family of builtInTermMap.families) {
      for (const phrase of family.phrases) terms.add((typeof phrase === 'string' ? phrase : phrase.text).toLowerCase())
    }
    const engineFiles = readdirSync(join(root, 'src'), {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.ts'))
    expect(engineFiles.length).toBeGreaterThan(10)
    for (const name of engineFiles) {
      const source = readFileSync(join(root, 'src', name), 'utf8').toLowerCase().replace(/https?:\/\/\S+/g, '').replace(/retext-public-service|public-service|publicservice/g, '')
      for (const term of terms) {
        const pattern = new RegExp('(?<![a-z])' + term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]') + 's?(?![a-z])')
        expect(pattern.test(source), 'src/' + name + ' names “' + term + '”').toBe(false)
      }
    }
  })

  it('cites an essay section in every explanation', () => {
    for (const family of builtInTermMap.families) {
      const [message] = check(examplesOf(family.id).flag[0] ?? '')
      expect(message, family.id + ' has a first example that is reported').toBeDefined()
      expect(message.note).toMatch(/Source: the .+ (section of the essay on customers in adult social care|of the blog post “Citizens not customers” \(2009\))/)
      expect(message.url).toContain('/docs/rules/')
    }
  })

  it.each(builtInTermMap.families.map((family) => [family.id, examplesOf(family.id)] as const))('%s: its documented examples behave as documented', (id, examples) => {
    expect(examples.flag.length, id + ' documents a reported example').toBeGreaterThan(0)
    expect(examples.pass.length, id + ' documents an example that is not reported').toBeGreaterThan(0)
    for (const text of examples.flag) {
      expect(check(text).map((message) => message.ruleId), text).toContain(id)
    }
    for (const text of examples.pass) {
      expect(check(text).filter((message) => message.ruleId === id), text).toEqual([])
    }
  })

  it('reads a profile cue that starts with a common word however its words are joined, and no other pair', () => {
    // The profiler skips most "in"s and "our"s by looking ahead for a word a cue can go on with.
    const profile = resolveTermMap({}).profiler
    expect(profile('Buy it in-store, or in\nstore, or In  Store.').cues.commercial).toEqual(['in store ×3'])
    expect(profile('Our fees are fixed. Our\u2019s fees, our\tfees.').cues.legal).toEqual(['our fees ×3'])
    expect(profile('We were in the store, in our own time; our own fees.').cues.commercial).not.toContain('in store')
    expect(profile('We were in the store, in our own time; our own fees.').cues.legal).toEqual([])
  })

  it('reads profile cues whose first or second word ends in a letter outside ASCII', () => {
    // `\b` holds only after an ASCII letter or digit, so “café” is found without one, as cue words are.
    const profile = compileProfiler({cap: 3, strongWeight: 3, profiles: {commercial: {describe: 'a café', minimum: 1, cues: ['our café', 'our menu', 'soufflé']}}}, new CueCompiler({}))
    expect(profile('Our café opens at nine; see our menu for a soufflé.').cues.commercial).toEqual(['our café', 'our menu', 'soufflé'])
  })

  it('lets a profile hold on a lower score when its only rivals are those of `minimumBesides`, each beaten by its ratio', () => {
    const profiles = {
      cap: 3,
      strongWeight: 3,
      profiles: {
        commercial: {describe: 'a firm', minimum: 5, beats: ['public', 'support'], ratio: 1.5, minimumBesides: {minimum: 2, rivals: ['support'], ratio: 2}, cues: ['mortgage', 'your account', 'bank']},
        public: {describe: 'a public body', minimum: 5, cues: ['council tax']},
        support: {describe: 'a support service', minimum: 5, cues: ['citizens advice', 'debt advice']}
      }
    }
    const profile = compileProfiler(profiles, new CueCompiler({}))
    expect([...profile('Your mortgage and your account; ask Citizens Advice.').holds]).toEqual(['commercial'])
    // Beaten less than twice, or beside a rival the field does not name, it does not hold.
    expect([...profile('Your mortgage and your account; ask Citizens Advice or get debt advice.').holds]).toEqual([])
    expect([...profile('Your mortgage, your account and your council tax.').holds]).toEqual([])
    expect([...profile('Your mortgage; ask Citizens Advice.').holds]).toEqual([])
  })

  it("reads a law firm's own policy on vulnerable clients as a lawyer's, from its trade's words", () => {
    const profile = resolveTermMap({}).profiler(
      "This procedure sets out this firm's approach to vulnerable clients. Each fee earner agrees the retainer and helps clients understand their legal problems; doing so upholds the rule of law. Vulnerable clients may have learning disabilities or mental health issues."
    )
    expect([...profile.holds]).toEqual(['legal'])
  })

  it("reads a solicitor's case study as a lawyer's when its steps are a lawyer's: a letter before action, court proceedings", () => {
    const profile = resolveTermMap({}).profiler(
      'We assisted a client with a neighbour dispute. We sent a letter before action setting out the legal implications. Early legal intervention and clear legal guidance resolved it without court proceedings.'
    )
    expect([...profile.holds]).toEqual(['legal'])
  })

  it("reads a vet's or a land agent's page about its clients' farms as a firm's", () => {
    const profiler = resolveTermMap({}).profiler
    expect([...profiler("The veterinary practice visits each client's farm; our veterinarians and agronomists advise clients on herd health.").holds]).toEqual(['commercial'])
    expect([...profiler('Our land agents advise clients selling farmland; every land agent here knows the local market.').holds]).toEqual(['commercial'])
  })

  it("reads a personal trainer's, a casino's or an employee assistance provider's page about its clients and customers as a firm's", () => {
    const profiler = resolveTermMap({}).profiler
    expect([...profiler('As a personal trainer you will meet clients whose goal is weight loss; our personal trainers and the wider fitness industry help each client.').holds]).toEqual(['commercial'])
    expect([...profiler('Our casino sets deposit limits and carries out affordability checks so that customers gamble safely.').holds]).toEqual(['commercial'])
    expect([...profiler('Our employee assistance programme is sold to employers: each EAP client organisation gets a therapy platform and online therapy for its staff.').holds]).toEqual(['commercial'])
  })

  it("reads an older people's charity's home help page as a support service's", () => {
    const profile = resolveTermMap({}).profiler('Age UK home help service is back. The home helps were suspended in lockdown, which meant new challenges for both clients and the charity.')
    expect([...profile.holds]).toEqual(['support'])
  })
})

