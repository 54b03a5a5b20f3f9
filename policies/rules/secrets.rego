# METADATA
# title: Secrets
# description: No credential may be added; findings show the redacted location only.
package paved.rules.secrets

import data.paved.lib

# Every rule id this package can emit, declared for the gate's catalog check.
rule_ids := {"no-secrets", "secret-scan-unavailable"}

# METADATA
# title: no-secrets
deny contains finding if {
	lib.enabled("no-secrets")
	some secret in input.security.secrets.findings
	is_string(secret.file)
	finding := {
		"rule": "no-secrets",
		"message": sprintf("Possible %s added at %s:%d (%s).", [secret.detector, secret.file, secret.line, secret.redacted]),
		"file": secret.file,
		"line": secret.line,
		"evidence": {"detector": secret.detector, "redacted": secret.redacted},
	}
}

# A secret in text people wrote (a commit message, trailer or identity, the
# PR title or body, a review): the collector redacted it, and a commit keeps
# it in the repository history like a file would.
# METADATA
# title: no-secrets
deny contains finding if {
	lib.enabled("no-secrets")
	some secret in input.security.secrets.findings
	secret.file == null
	finding := {
		"rule": "no-secrets",
		"message": sprintf("Possible %s in %s (%s).", [secret.detector, written_place(secret), secret.redacted]),
		"evidence": {"detector": secret.detector, "location": secret.location, "commit": secret.commit, "redacted": secret.redacted},
	}
}

written_places := {
	"commit-message": "the message of commit",
	"commit-author": "the author of commit",
	"commit-committer": "the committer of commit",
	"pr-title": "the pull request title",
	"pr-body": "the pull request description",
	"pr-label": "a pull request label",
	"pr-branch": "a branch name",
	"review-body": "a review",
}

# An unknown location is named as written rather than dropping the finding.
written_place(secret) := sprintf("%s %s", [object.get(written_places, secret.location, secret.location), substring(secret.commit, 0, 12)]) if {
	is_string(secret.commit)
}

written_place(secret) := object.get(written_places, secret.location, secret.location) if {
	not is_string(secret.commit)
}

# METADATA
# title: secret-scan-unavailable
warn contains finding if {
	lib.enabled("secret-scan-unavailable")
	not input.security.secrets.evaluated
	lines_added
	finding := {
		"rule": "secret-scan-unavailable",
		"message": sprintf("Added lines were not scanned for secrets: %s.", [object.get(input.security.secrets, "reason", "no reason given")]),
	}
}

lines_added if {
	some file in input.files
	count(file.added_lines) > 0
}
