import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-content-schema-removed',
  level: 'info',
  description: 'Request parameter contentSchema removed.',
  kinds: ['content-schema-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
