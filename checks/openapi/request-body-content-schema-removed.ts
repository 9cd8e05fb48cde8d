import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-content-schema-removed',
  level: 'info',
  description: 'Request body contentSchema removed.',
  kinds: ['content-schema-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
