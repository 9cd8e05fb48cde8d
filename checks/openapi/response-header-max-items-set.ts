import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-max-items-set',
  level: 'info',
  description: 'Response header max items set.',
  kinds: ['max-items-set'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
