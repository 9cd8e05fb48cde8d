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
  report           the go/no-go report for a whole release (previous tag → this tag)
  openapi-diff     list the changes between two OpenAPI documents, breaking ones first
  validate-config  check a .github/release-readiness.yml file
  board            build the go/no-go board (one HTML page) from a folder of evaluation records
  init             write a configuration fitted to this repository and a pull request template
  help             show this help

Run "release-readiness <command> --help" for a command's options.`

export const REPORT_USAGE = `Usage: release-readiness report [--repo DIR] --base REF --head REF
         [--format text|markdown|json|html] [--output FILE] [--notes-file FILE]
         [--version VERSION] [--repo-url URL] [--waivers-file FILE] [--config FILE]
         [--token TOKEN] [--github-repo OWNER/NAME] [--verbose]
       release-readiness report [--repo DIR] --since TAG [--head REF] --output DIR


The go/no-go report for a whole release: finds the pull requests merged between --base (e.g. the
previous release tag) and --head (this release's tag) from merge commits ("Merge pull request #N
from owner/branch") and squash commits ("Title (#N)"), re-evaluates each one, evaluates the whole
range once as a release (version: the tag at --head, or --version), and prints one verdict with
the blocking items first. Locally a pull request's body is its commit message, so checks that
read PR text may fail; the report says so.
  --notes-file FILE    release notes read by the text checks (default: the annotated tag's message)
  --repo-url URL       https://github.com/owner/name for links (default: the origin remote, if GitHub)
  --waivers-file FILE  granted waivers, JSON or YAML: [{ check, reason, grantedBy, pr? }]
  --output FILE        write the report there and print a one-paragraph summary
  --since TAG          history mode: judge every version tag after TAG up to --head (default HEAD),
                       each against the tag before it, and write one evaluation record per release
                       to --output DIR (DIR/<tag>.json), dated by the tagged commit
  --token TOKEN        read each PR's real body, author and labels from GitHub (default: GITHUB_TOKEN;
                       API at GITHUB_API_URL); --github-repo OWNER/NAME defaults to the origin remote
Exit codes: 0 GO, 1 NO-GO, 2 could not evaluate.`

export const BOARD_USAGE = `Usage: release-readiness board --records DIR --output FILE [--title TEXT]

Builds the go/no-go board, one self-contained HTML page (no external assets), from a folder of
evaluation records: what "check --format json", "report --since" and the Action's record artifact
write (schema/evaluation-record.schema.json; a release report JSON that carries a record counts).
Files that are not JSON are skipped; a JSON file that is not a record stops the build and is named.
Exit codes: 0 written, 2 could not build.`

export const INIT_USAGE = `Usage: release-readiness init [--force] [--repo DIR]

Writes .github/release-readiness.yml fitted to the repository at --repo (default: the current
directory): the OpenAPI documents, SLO files, services and feature-flag SDKs it finds, with a
schema comment for editors. Also writes .github/pull_request_template.md with the sections the
feature-flag-plan and rollback-criteria checks read. Existing files are never overwritten
without --force.
Exit codes: 0 written, 2 a file exists (without --force) or the folder cannot be read.`
