import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'sunset-deleted',
  level: 'breaking',
  description:
    'The x-sunset date of a deprecated operation was removed: clients lose the date they planned their migration by.',
  kinds: ['sunset-deleted'],
  oasdiff: 'error'
})
