# METADATA
# title: Evidence completeness
# description: >-
#   Rules can only judge what the source showed them. Truncated file lists,
#   commit lists or patches warn (deny with strict_truncation); provenance
#   that could not be evaluated at all warns, because AI-specific rules were
#   then not applied. (ai_assisted null with evaluated true means: no
#   evidence in the sources read, some sources unreadable, e.g. git notes on
#   GitHub. That is not worth a warning on every human pull request.)
package paved.rules.evidence

import data.paved.lib

# Every rule id this package can emit, declared for the gate's catalog check.
rule_ids := {"truncated-evidence", "provenance-unknown"}

truncation_notes := {
	"files": "the file list stopped at GitHub's 3,000-file limit",
	"commits": "the commit list stopped at GitHub's 250-commit limit",
	"patches": "some files have no patch (too large to diff), so their added lines were not checked",
}

truncations contains truncation_notes[part] if {
	some part, truncated in input.change.truncated
	truncated == true
}

truncation_finding := {
	"rule": "truncated-evidence",
	"message": sprintf("The gate could not see the whole change: %s.", [concat("; ", sort(truncations))]),
	"evidence": {"truncated": input.change.truncated, "stats": input.change.stats, "files_listed": count(input.files)},
}

# METADATA
# title: truncated-evidence
warn contains truncation_finding if {
	lib.enabled("truncated-evidence")
	count(truncations) > 0
	not input.config.strict_truncation
}

deny contains truncation_finding if {
	lib.enabled("truncated-evidence")
	count(truncations) > 0
	input.config.strict_truncation
}

# METADATA
# title: provenance-unknown
warn contains finding if {
	lib.enabled("provenance-unknown")
	input.provenance.evaluated == false
	input.provenance.ai_assisted != true
	finding := {
		"rule": "provenance-unknown",
		"message": sprintf("Whether this change is AI-assisted is unknown (%s); rules for AI-assisted changes were not applied.", [provenance_reason]),
	}
}

provenance_reason := input.provenance.reason if {
	is_string(input.provenance.reason)
} else := "no reason given"
