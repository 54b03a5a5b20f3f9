package paved.rules.evidence

import data.paved.testing as t

truncated(parts) := object.union(t.base_input, {"change": {"truncated": parts}})

test_truncated_files_warn if {
	some finding in warn with input as truncated({"files": true})
	finding.rule == "truncated-evidence"
	finding.message == "The gate could not see the whole change: the file list stopped at GitHub's 3,000-file limit."
	not "truncated-evidence" in t.ids(deny) with input as truncated({"files": true})
}

test_several_truncations_are_listed if {
	some finding in warn with input as truncated({"commits": true, "patches": true})
	contains(finding.message, "250-commit limit")
	contains(finding.message, "no patch")
}

test_strict_truncation_denies if {
	strict := object.union(truncated({"patches": true}), {"config": {"strict_truncation": true}})
	"truncated-evidence" in t.ids(deny) with input as strict
	not "truncated-evidence" in t.ids(warn) with input as strict
}

test_complete_evidence_is_silent if {
	not "truncated-evidence" in t.ids(warn) with input as t.base_input
}

test_unknown_provenance_warns_with_reason if {
	unknown := object.union(t.base_input, {"provenance": {"evaluated": false, "ai_assisted": null, "reason": "commits could not be read"}})
	some finding in warn with input as unknown
	finding.rule == "provenance-unknown"
	contains(finding.message, "(commits could not be read)")
}

test_known_provenance_is_silent if {
	not "provenance-unknown" in t.ids(warn) with input as t.base_input
	not "provenance-unknown" in t.ids(warn) with input as t.ai_input
}

test_no_evidence_with_an_unreadable_source_is_silent if {
	# GitHub cannot read git notes: ai_assisted stays null on every human PR.
	partial := object.union(t.base_input, {"provenance": {"evaluated": true, "ai_assisted": null, "reason": "not read: git-notes"}})
	not "provenance-unknown" in t.ids(warn) with input as partial
}
