export const CHECK_USAGE = `Usage: release-readiness check [--repo DIR] --base REF [--head REF]
         [--event pull_request|release|deployment] [--title TEXT] [--body TEXT | --body-file FILE]
         [--label NAME]... [--author LOGIN] [--config FILE] [--format text|markdown|json|html]
         [--output FILE] [--verbose]

Evaluates the release-readiness checklist for the change between --base and --head (default HEAD)
in the git repository at --repo (default: the current directory). The configuration is read from
.github/release-readiness.yml at --base unless --config names a file.
Exit codes: 0 GO, 1 NO-GO, 2 could not evaluate.`

export const VALIDATE_USAGE = `Usage: release-readiness validate-config [FILE]

Checks a configuration file (default: .github/release-readiness.yml) against the schema.
Exit codes: 0 valid, 2 invalid or unreadable.`

export const MAIN_USAGE = `Usage: release-readiness <command> [options]

Commands:
  check            evaluate the checklist for a change in a local git repository
  openapi-diff     list the changes between two OpenAPI documents, breaking ones first
  validate-config  check a .github/release-readiness.yml file
  help             show this help

Run "release-readiness <command> --help" for a command's options.`
