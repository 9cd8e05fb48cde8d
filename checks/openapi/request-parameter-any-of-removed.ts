import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-any-of-removed',
  level: 'breaking',
  description: 'Request parameter anyOf member removed.',
  kinds: ['any-of-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
