import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-min-length-unset',
  level: 'breaking',
  description: 'Response property min length removed.',
  kinds: ['min-length-unset'],
  direction: 'response',
  subject: 'property',
  oasdiff: null,
  differences:
    'Removing a bound from a response lets the server send values clients never saw; oasdiff only has ERR ids for some of these (max length, min items), we treat all bounds alike.'
})
