import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-additional-properties-forbidden',
  level: 'breaking',
  description: 'Request parameter no longer allows additional properties.',
  kinds: ['additional-properties-forbidden'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null,
  differences:
    'oasdiff has no rule for additionalProperties becoming false; a client that sends a field the schema does not list is now rejected, so we call it breaking.'
})
