import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-exclusive-max-set',
  level: 'info',
  description: 'Response header exclusiveMaximum set.',
  kinds: ['exclusive-max-set'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
