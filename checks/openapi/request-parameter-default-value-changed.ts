import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-default-value-changed',
  level: 'breaking',
  description: 'Request parameter default value changed.',
  kinds: ['default-value-changed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error',
  differences:
    'Same as oasdiff: a changed default changes what the server does for clients that omit the parameter.'
})
