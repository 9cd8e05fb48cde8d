import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-contains-removed',
  level: 'info',
  description: 'Request parameter contains removed.',
  kinds: ['contains-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
