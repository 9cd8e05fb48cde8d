import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-default-value-removed',
  level: 'breaking',
  description: 'Request parameter default value removed.',
  kinds: ['default-value-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error',
  differences:
    'Same as oasdiff: a changed default changes what the server does for clients that omit the parameter.'
})
