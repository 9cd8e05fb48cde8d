import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-type-changed',
  level: 'breaking',
  description: 'Response header type changed incompatibly.',
  kinds: ['type-changed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
