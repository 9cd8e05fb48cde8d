import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-exclusive-min-unset',
  level: 'breaking',
  description: 'Response body exclusiveMinimum removed.',
  kinds: ['exclusive-min-unset'],
  direction: 'response',
  subject: 'body',
  oasdiff: null,
  differences:
    'Removing a bound from a response lets the server send values clients never saw; oasdiff only has ERR ids for some of these (max length, min items), we treat all bounds alike. An absent minLength or minItems counts as 0, so there is no min-length or min-items set/unset id.'
})
