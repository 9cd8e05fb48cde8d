import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-tag-removed',
  level: 'info',
  description: 'A tag was removed from an operation.',
  kinds: ['api-tag-removed'],
  oasdiff: 'info'
})
