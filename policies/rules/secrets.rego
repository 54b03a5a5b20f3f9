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
	finding := {
		"rule": "no-secrets",
		"message": sprintf("Possible %s added at %s:%d (%s).", [secret.detector, secret.file, secret.line, secret.redacted]),
		"file": secret.file,
		"line": secret.line,
		"evidence": {"detector": secret.detector, "redacted": secret.redacted},
	}
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
