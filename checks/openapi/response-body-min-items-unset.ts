import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-min-items-unset',
  level: 'breaking',
  description: 'Response body min items removed.',
  kinds: ['min-items-unset'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error',
  differences:
    'Removing a bound from a response lets the server send values clients never saw; oasdiff only has ERR ids for some of these (max length, min items), we treat all bounds alike.'
})
