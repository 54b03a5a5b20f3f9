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

test_strict_mode_without_truncation_is_silent if {
	strict := object.union(t.base_input, {"config": {"strict_truncation": true}})
	count(deny) == 0 with input as strict
	count(warn) == 0 with input as strict
}

test_unevaluated_provenance_with_ai_evidence_is_silent if {
	# A partial read that still found evidence applies the AI rules: nothing to warn about.
	partial := object.union(t.ai_input, {"provenance": {"evaluated": false, "reason": "commits truncated"}})
	not "provenance-unknown" in t.ids(warn) with input as partial
}

test_unknown_provenance_without_reason if {
	unknown := object.union(t.base_input, {"provenance": {"evaluated": false, "ai_assisted": null, "reason": null}})
	some finding in warn with input as unknown
	contains(finding.message, "(no reason given)")
}

test_rules_can_be_switched_off if {
	doc := object.union(truncated({"files": true}), {
		"provenance": {"evaluated": false, "ai_assisted": null},
		"config": {"strict_truncation": true, "rules": {"truncated-evidence": {"enabled": false}, "provenance-unknown": {"enabled": false}}},
	})
	count(deny) == 0 with input as doc
	count(warn) == 0 with input as doc
}

test_truncation_warning_can_be_switched_off if {
	count(warn) == 0 with input as object.union(truncated({"files": true}), {"config": {"rules": {"truncated-evidence": {"enabled": false}}}})
}
