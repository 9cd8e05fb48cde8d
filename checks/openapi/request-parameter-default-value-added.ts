import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-default-value-added',
  level: 'breaking',
  description: 'Request parameter default value set.',
  kinds: ['default-value-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error',
  differences:
    'Same as oasdiff: a changed default changes what the server does for clients that omit the parameter.'
})
