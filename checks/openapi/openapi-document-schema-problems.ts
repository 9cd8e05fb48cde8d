import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'openapi-document-schema-problems',
  level: 'warning',
  description:
    'The document breaks the OpenAPI schema in places that do not stop the comparison (for example a response without a description); it was compared anyway. Fix the listed places, or set `strict: true` to refuse such documents.',
  kinds: ['document-schema-problems'],
  oasdiff: null
})
