import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-any-of-added',
  level: 'info',
  description: 'Request parameter anyOf member added.',
  kinds: ['any-of-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
