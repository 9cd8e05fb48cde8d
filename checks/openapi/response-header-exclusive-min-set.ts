import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-exclusive-min-set',
  level: 'info',
  description: 'Response header exclusiveMinimum set.',
  kinds: ['exclusive-min-set'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
