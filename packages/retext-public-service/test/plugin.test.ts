import {describe, expect, it} from 'vitest'
import {TermMapError, type FamilyDefinition} from '../src/index.js'
import {check, found} from './helpers.js'

describe('messages', () => {
  it('carries rule id, source, actual, expected, note, url and severity', () => {
    const [message] = check('Customers who need help at home can ask for a care needs assessment.')
    expect(message.ruleId).toBe('customer')
    expect(message.source).toBe('retext-public-service')
    expect(message.actual).toBe('Customers')
    expect(message.expected).toEqual(['People', 'People who draw on care and support'])
    expect(message.fatal).toBe(false)
    expect(message.reason).toBe('`Customers` frames people as buyers of a service; use `People`, `People who draw on care and support` instead')
    expect(message.note).toMatch(/^A customer chooses/)
    expect(message.note).toContain('Source: the “Choice” section of the essay on customers in adult social care')
    expect(message.url).toBe('https://github.com/retext-public-service/retext-public-service/blob/main/packages/retext-public-service/docs/rules/customer.md')
    expect(message.place).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 10, offset: 9}})
  })

  it('marks a finding `fixable` only where the term map says its first suggestion is safe', () => {
    expect(check('Finance treats the care teams as internal customers.')[0].fixable).toBe(true)
    expect(check('We are a customer-centric adult social care service.')[0].fixable).toBe(true)
    expect(check('Customers who need help at home can ask for an assessment.')[0].fixable).toBeUndefined()
    expect(check('Our internal and external customers rate us highly in adult social care.').find((message) => message.ruleId === 'internal-customers')?.fixable).toBeUndefined()
  })

  it('leaves `fatal` unset for informational findings', () => {
    const [message] = check('Every member of staff is trained in customer service.')
    expect(message.ruleId).toBe('customer-service')
    expect(message.fatal).toBeUndefined()
    expect(message.reason).toContain('consider')
  })

  it('offers residents and members of the public outside care, citizens in civic contexts', () => {
    const [plain] = check('Customers can apply for a parking permit online.')
    expect(plain.expected).toContain('People')
    expect(plain.expected).toContain('Residents')
    const [civic] = check('Councillors are accountable to the customers who elect them.')
    expect(civic.expected).toContain('citizens')
    const [mixed] = check('Councillors are accountable to the customers who elect them. Asylum seekers use our services too.')
    expect(mixed.expected).not.toContain('citizens')
  })

  it('never flags "citizen"', () => {
    expect(found('Citizens have a voice in how the council spends its budget.')).toEqual([])
  })
})

describe('suggestions keep the writer’s form', () => {
  it.each([
    ['The customer’s daughter phoned.', 'customer', 'customer’s', 'person’s'],
    ["We read every customer's letter.", 'customer', "customer's", "person's"],
    ["Customers' needs come first in adult social care.", 'customer', "Customers'", "People's"],
    ['A CUSTOMER may ask for a review of their care.', 'customer', 'CUSTOMER', 'PERSON'],
    ['Finance treats the care teams as internal customers.', 'internal-customers', 'internal customers', 'colleagues'],
    ['Finance treats the care team as an internal customer.', 'internal-customers', 'an internal customer', 'a colleague'],
    ['An internal customer is any team that uses our work.', 'internal-customers', 'An internal customer', 'A colleague'],
    ['Service users are invited to a review.', 'service-user', 'Service users', 'People who use services'],
    ['The service-user was discharged home.', 'service-user', 'service-user', 'person who uses services'],
    ['Customer-focused services are our aim in adult social care.', 'customer-focused', 'Customer-focused', 'Person-centred'],
    ["We listen to our customers' views on every service.", 'our-customers', "our customers'", 'your']
  ])('%s', (text, rule, actual, first) => {
    const message = check(text).find((item) => item.ruleId === rule)
    expect(message?.actual).toBe(actual)
    expect(message?.expected?.[0]).toBe(first)
  })
})

describe('matching', () => {
  it('matches hyphenated, spaced and line-broken phrases alike', () => {
    expect(found('Our service-users and our service\nusers.')).toEqual(['our-customers:Our service-users', 'our-customers:our service\nusers'])
    expect(found('A customer focused service. A customer-centric council.')).toEqual([
      'customer-focused:customer focused',
      'customer-focused:customer-centric'
    ])
  })

  it('lets the longest phrase win and gives one span one message', () => {
    expect(found('Internal customers in finance rate our work.')).toEqual(['internal-customers:Internal customers'])
    // Where phrases overlap, the one that runs further says more.
    expect(found('We mapped our customer journey through adult social care.')).toEqual(['customer-journey:customer journey'])
    expect(found('Our service user forum meets monthly to discuss home care.')).toEqual(['customer-forum:service user forum'])
    expect(found('We track customer satisfaction scores for home care.')).toEqual(['customer-satisfaction:customer satisfaction scores'])
  })

  it('leaves quoted and mentioned words alone', () => {
    expect(found('We no longer use the word “customers” in adult social care.')).toEqual([])
    expect(found('She called the report "Putting Customers First" and sent it round.')).toEqual([])
    expect(found('The term service user is outdated.')).toEqual([])
    expect(found("Staff said 'our customers' sounded cold when talking about care.")).toEqual([])
  })

  it('leaves identifiers, addresses and file names alone', () => {
    expect(found('Set customer_id and serviceUser in the export. Email customer@example.org.')).toEqual([])
  })

  it('reads an acronym in mixed capitals as a word, not an identifier', () => {
    expect(found('Assessors completed a record number of DoLS cases last year.')).toEqual(['case:cases'])
    expect(found('The export sets a serviceUsers field and a caseId.')).toEqual([])
  })

  it('reads one coordinated modifier into a phrase, but not a determiner', () => {
    expect(found('Every service and carer user gets a copy of the plan.')).toEqual(['service-user:service and carer user'])
    expect(found('New data builds a deeper understanding of the service and its users.')).toEqual([])
  })

  it('reads a capital after a colon as a clause start, not a name', () => {
    expect(found('Acknowledgement of Violence and Abuse: Clients will need to talk about what they did.')).toEqual(['client:Clients'])
    expect(found('Contact: Customer Services on 0300 123 4567.')).toEqual([])
  })

  it('reads a capital after a list bullet run into the text as a clause start, not a name', () => {
    expect(found('Stage 2 covers barrier removal • Client status: not job ready')).toEqual(['client:Client'])
    expect(found('The application process • Clients and their representatives are told what happens next.')).toEqual(['client:Clients'])
    expect(found('Opening hours • Customer Services on 0300 123 4567.')).toEqual([])
  })

  it('reads a capital under a heading run into the text as a line start, not a name', () => {
    expect(found('3. User Obligations\nClients must give an address where a care worker can visit.')).toEqual(['client:Clients'])
    // A name wrapped across lines is still a name, and a wrapped defined term still a defined term.
    expect(found('Call the Adult Social Care\nCustomer Services team on 0300 123 4567.')).toEqual([])
    expect(found('The supplier must give the\nCustomer a copy of the invoice.')).toEqual([])
  })

  it('reads a heading in title capitals as the writer\'s own words, and a name in title capitals as a name', () => {
    expect(found('Customers Writing to Us\n\nWe will reply within ten working days.')).toEqual(['customer:Customers'])
    expect(found('What Is Unacceptable Customer Behaviour?')).toEqual(['customer:Customer'])
    // Names end in a word that ends names (Services, Association, Director), even with more after it.
    expect(found('Call Customer Services on 0300 123 4567.')).toEqual([])
    expect(found('3.2 Customer Contact Association Global standard')).toEqual([])
    expect(found('Operations and Customer Services Director')).toEqual([])
    // In mid-sentence a run of capitals is a name, however it ends.
    expect(found('In 2019 the council agreed the Customer First Approach.')).toEqual([])
    // A heading that fills its line is the writer's topic even where the matched words end
    // it; a word after them that ends a name still makes it a name.
    expect(found('Long-Term Care Packages\n\nHome care for people who need it after a hospital stay.')).toEqual(['care-package:Care Packages'])
    expect(found('Care Package Panel\n\nThe panel meets every Tuesday.')).toEqual([])
    expect(found('Criterion 3, Customer Insight, asks how people are listened to.')).toEqual([])
  })

  it('reads a slash between words as prose, with or without a space beside it', () => {
    for (const text of ['We will tell the service user/carer.', 'We will tell the service user/ financial representative.', 'We will tell the service user / carer.']) {
      expect(found(text), text).toEqual(['service-user:service user'])
    }
    expect(found('Open https://example.org/service user guide/ or /customers/ in the browser.')).toEqual([])
    expect(found('Open /customers in the browser.')).toEqual([])
  })

  it('reads a number with thousands separators as one word, and other commas as breaks', () => {
    expect(found('In its first year the service dealt with 14,845 offenders in the community.')).toEqual(['dealing-with:dealt with'])
    expect(found('The charity dealt with 1,250,000 families last year.')).toEqual(['dealing-with:dealt with'])
    // A comma after a number that a group of three digits does not follow at once is a comma.
    expect(found('The desk dealt with 3, 4 or 5 queries about families a day.')).toEqual([])
    expect(found('The desk dealt with 2,50 families.')).toEqual([])
  })

  it('does not flag the traps', () => {
    for (const text of [
      'In case of a power cut, the alarm keeps working for 24 hours.',
      'HM Revenue and Customs carries out customs checks on imports.',
      'The kitchen was custom-built and she is accustomed to it.',
      'Configure your email client, then install the client-side certificate.',
      'Trading standards enforce consumer protection law and the Consumer Rights Act 2015.',
      'The Consumer Prices Index rose by 2.1% in March.',
      'The business case and a case study were published in any case.',
      'Call our Customer Services team on 0300 123 4567.'
    ]) {
      expect(check(text).filter((message) => message.fatal === false), text).toEqual([])
    }
  })
})

describe('options', () => {
  it('switches families off by id', () => {
    const text = 'Service users and customers are welcome.'
    expect(found(text)).toEqual(['service-user:Service users', 'customer:customers'])
    expect(found(text, {disable: ['customer']})).toEqual(['service-user:Service users'])
  })

  const ownFamily: FamilyDefinition = {
    id: 'placement',
    title: 'Placement for a person’s home',
    phrases: ['placement'],
    severity: 'warning',
    describe: 'describes a home as a placement',
    suggest: ['home'],
    explanation: 'A home is where someone lives, not a placement made for them.',
    source: {essay: 'customer-in-adult-social-care', section: 'Journeys and pathways'},
    context: [{when: {precededBy: ['work']}, then: 'ignore', why: 'A work placement is a job.'}]
  }

  it('adds a family in the same shape as the built-ins', () => {
    expect(found('Her placement at the care home ended. His work placement starts.', {families: [ownFamily]})).toEqual([
      'placement:placement'
    ])
  })

  it('overrides a built-in family with the same id', () => {
    const quiet: FamilyDefinition = {...ownFamily, id: 'customer', phrases: ['patron'], suggest: ['person']}
    expect(found('Customers and patrons.', {families: [quiet]})).toEqual(['customer:patrons'])
  })

  it('lets a rule require two tests of one kind with `all`, and share a named condition', () => {
    // Two sentence tests in one rule: a placement is a job only where the sentence speaks of both work and pay.
    const paidWork: FamilyDefinition = {
      ...ownFamily,
      context: [{when: {all: [{sentenceHas: ['work', 'job']}, {sentenceHas: ['paid', 'wage*']}]}, then: 'ignore', why: 'A paid work placement is a job.'}]
    }
    const text = 'The paid work placement ends in May. Her work placement at the care home ended.'
    expect(found(text, {families: [paidWork]})).toEqual(['placement:placement'])

    // A condition of the user's own, referring to a built-in one.
    const inCare: FamilyDefinition = {...ownFamily, context: [{when: {not: {condition: 'care-or-social-work'}}, then: 'ignore', why: 'Outside care a placement is a job.'}]}
    const conditions = {'care-or-social-work': {any: [{sentenceHas: ['care home*']}, {condition: 'social-work-setting'}]}}
    expect(found('Her placement at the care home ended.\n\nThe student placement at the bank starts soon.', {families: [inCare], conditions})).toEqual(['placement:placement'])
    expect(found('The social worker agreed the foster placement.', {families: [inCare], conditions})).toEqual(['placement:placement'])
    expect(found('The student placement at the bank starts soon.', {families: [inCare], conditions})).toEqual([])
  })

  it('explains a bad condition: unknown, referring to itself, or of the wrong shape', () => {
    const unknown = {...ownFamily, context: [{when: {condition: 'in-care'}, then: 'ignore' as const, why: 'x'}]}
    expect(() => check('x', {families: [unknown]})).toThrow('`context.0.when.condition` names unknown condition `in-care`')
    expect(() => check('x', {conditions: {a: {condition: 'b'}, b: {not: {condition: 'a'}}}})).toThrow('condition `a` in `conditions` refers to itself (a → b → a)')
    expect(() => check('x', {conditions: {'in-care': {sentenceHas: 'care'} as never}})).toThrow('invalid condition `in-care` in `conditions`: `conditions.in-care.sentenceHas` must be array')
    expect(() => check('x', {conditions: {'in-care': {sentenceHas: ['@nothing']}}})).toThrow('invalid condition `in-care` in `conditions`: `conditions.in-care.sentenceHas` uses unknown cue set `@nothing`')
  })

  it('reads a word by the rest of its page only where a rule asks, at the top of its test', () => {
    const onPage: FamilyDefinition = {
      ...ownFamily,
      context: [
        {when: {precededBy: ['foster', 'work']}, then: 'warning', why: 'A foster or work placement is named.'},
        {when: {elsewhereFlagged: 2}, then: 'warning', why: 'The page means people by it.'},
        {when: {always: true}, then: 'ignore', why: 'Nothing says.'}
      ]
    }
    expect(found('Her foster placement ended. His work placement ended. The placement was reviewed.', {families: [onPage]})).toEqual([
      'placement:placement',
      'placement:placement',
      'placement:placement'
    ])
    expect(found('Her foster placement ended. The placement was reviewed.', {families: [onPage]})).toEqual(['placement:placement'])
    const nested = {...ownFamily, context: [{when: {not: {elsewhereFlagged: 2}}, then: 'ignore' as const, why: 'x'}]}
    expect(() => check('x', {families: [nested]})).toThrow('`context.0.when.not.elsewhereFlagged` may stand only at the top of a context rule')
    expect(() => check('x', {conditions: {'page-says': {elsewhereFlagged: 2}}})).toThrow('invalid condition `page-says` in `conditions`: `conditions.page-says.elsewhereFlagged` may stand only at the top')
  })

  it('explains a bad definition, naming the family and the field', () => {
    const bad = {...ownFamily, phrases: 'placement'} as unknown as FamilyDefinition
    expect(() => check('x', {families: [bad]})).toThrow(TermMapError)
    expect(() => check('x', {families: [bad]})).toThrow('invalid family in `families[0]` (id `placement`): `phrases` must be array')
    const unknownField = {...ownFamily, colour: 'red'} as unknown as FamilyDefinition
    expect(() => check('x', {families: [unknownField]})).toThrow('has an unknown field `colour`')
    const badCue = {...ownFamily, context: [{when: {sentenceHas: ['@nothing']}, then: 'ignore' as const, why: 'x'}]}
    expect(() => check('x', {families: [badCue]})).toThrow('uses unknown cue set `@nothing`')
    const badHeadingCue = {...ownFamily, context: [{when: {titleHeading: ['@nothing']}, then: 'ignore' as const, why: 'x'}]}
    expect(() => check('x', {families: [badHeadingCue]})).toThrow('`context.0.when.titleHeading` uses unknown cue set `@nothing`')
    const hyphenInAlternatives = {...ownFamily, context: [{when: {precededBy: ['non-elective|elective patient']}, then: 'ignore' as const, why: 'x'}]}
    expect(() => check('x', {families: [hyphenInAlternatives]})).toThrow('`context.0.when.precededBy` has `non-elective|elective patient`, which mixes `|` and a hyphen in one word')
    const hyphenatedCueSet = {...ownFamily, context: [{when: {sentenceHas: ['@care-strong', 'self-funder|self-funders']}, then: 'ignore' as const, why: 'x'}]}
    expect(() => check('x', {families: [hyphenatedCueSet]})).toThrow('has `self-funder|self-funders`')
    expect(() => check('x', {cues: {funders: ['self-funder|self-funders']}})).toThrow('cue set `funders` in `cues` has `self-funder|self-funders`')
    const badSource = {...ownFamily, source: {essay: 'customer-in-adult-social-care', section: 'Nowhere'}}
    expect(() => check('x', {families: [badSource]})).toThrow('`source.section` `Nowhere` is not a section')
    expect(() => check('x', {disable: ['no-such-family']})).toThrow('`disable` names unknown family `no-such-family`')
  })
})
