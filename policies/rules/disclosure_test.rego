package paved.rules.disclosure

import data.paved.testing as t

required := object.union(t.ai_input, {"config": {"disclosure": {"required": true}}})

test_undisclosed_ai_change_warns_when_required if {
	some finding in warn with input as required
	finding.rule == "ai-disclosure"
	finding.message == "The change shows signs of AI assistance (claude-code (commit-trailer)) but carries no disclosure label (ai-assisted, ai-generated) or trailer (Assisted-by, Generated-by, AI-Assisted)."
}

test_not_required_by_default if {
	not "ai-disclosure" in t.ids(warn) with input as t.ai_input
}

test_label_discloses_case_insensitively if {
	labelled := object.union(required, {"change": {"labels": ["AI-Assisted"]}})
	not "ai-disclosure" in t.ids(warn) with input as labelled
}

test_trailer_discloses if {
	commit := object.union(t.ai_commit, {"trailers": [{"key": "assisted-by", "value": "Claude:claude-opus-4"}]})
	not "ai-disclosure" in t.ids(warn) with input as object.union(required, {"commits": [commit]})
}

test_other_labels_do_not_disclose if {
	labelled := object.union(required, {"change": {"labels": ["enhancement"]}})
	"ai-disclosure" in t.ids(warn) with input as labelled
}

test_human_change_needs_no_disclosure if {
	not "ai-disclosure" in t.ids(warn) with input as object.union(t.base_input, {"config": {"disclosure": {"required": true}}})
}

test_rule_can_be_switched_off if {
	not "ai-disclosure" in t.ids(warn) with input as object.union(required, {"config": {"rules": {"ai-disclosure": {"enabled": false}}}})
}
