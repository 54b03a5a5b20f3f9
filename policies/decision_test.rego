package paved.decision

import data.paved.testing as t

leak := {"security": {"secrets": {"findings": [{"detector": "aws-access-key", "file": "src/aws.ts", "line": 3, "redacted": "AKIA…(20 chars)"}]}}}

waiver_review(id, login, body) := object.union(t.approval(id, login), {"body": body})

waivers_by(logins) := {"config": {"approvers": {"waivers": logins}}}

leaking := object.union(object.union(t.base_input, leak), waivers_by(["sec-lead"]))

test_aggregates_every_rules_package if {
	doc := object.union(t.ai_input, object.union(leak, {"files": [t.source_file], "change": {"truncated": {"commits": true}}}))
	t.ids(deny) == {"no-secrets", "ai-change-needs-tests"} with input as doc
	t.ids(warn) == {"truncated-evidence"} with input as doc
}

test_clean_change_has_no_findings if {
	count(deny) == 0 with input as t.base_input
	count(warn) == 0 with input as t.base_input
	count(waived) == 0 with input as t.base_input
}

test_declares_the_rule_ids_of_every_package if {
	"no-secrets" in rules
	"ai-change-needs-tests" in rules
	"truncated-evidence" in rules
	count(rules) >= 10
}

test_custom_package_is_aggregated if {
	custom := {"org": {"deny": {{"rule": "custom-rule", "message": "from a custom package"}}, "rule_ids": {"custom-rule"}}}
	"custom-rule" in t.ids(deny) with data.paved.rules as custom
	"custom-rule" in rules with data.paved.rules as custom
}

test_waiver_by_approver_moves_finding_to_waived if {
	doc := object.union(leaking, {"reviews": [waiver_review(10, "sec-lead", "Looks fine.\n/paved waive no-secrets: test fixture key, revoked\n")]})
	not "no-secrets" in t.ids(deny) with input as doc
	some finding in waived with input as doc
	finding.rule == "no-secrets"
	finding.file == "src/aws.ts"
	finding.waiver == {"by": "sec-lead", "reason": "test fixture key, revoked", "review_id": 10}
}

test_waiver_by_the_author_is_ignored if {
	doc := object.union(leaking, {
		"config": {"approvers": {"waivers": ["dana"]}},
		"reviews": [waiver_review(10, "dana", "/paved waive no-secrets: trust me")],
	})
	"no-secrets" in t.ids(deny) with input as doc
	count(waived) == 0 with input as doc
}

test_waiver_by_a_bot_is_ignored if {
	bot := object.union(waiver_review(10, "sec-lead", "/paved waive no-secrets: ok"), {"user": {"type": "Bot"}})
	"no-secrets" in t.ids(deny) with input as object.union(leaking, {"reviews": [bot]})
}

test_waiver_by_someone_not_configured_is_ignored if {
	doc := object.union(leaking, {"reviews": [waiver_review(10, "maria", "/paved waive no-secrets: fine")]})
	"no-secrets" in t.ids(deny) with input as doc
}

test_waiver_needs_an_approval_not_a_comment if {
	comment := object.union(waiver_review(10, "sec-lead", "/paved waive no-secrets: fine"), {"state": "COMMENTED"})
	"no-secrets" in t.ids(deny) with input as object.union(leaking, {"reviews": [comment]})
}

test_waiver_on_an_older_commit_is_ignored if {
	stale := object.union(waiver_review(10, "sec-lead", "/paved waive no-secrets: fine"), {"commit_id": "0123456789012345678901234567890123456789"})
	"no-secrets" in t.ids(deny) with input as object.union(leaking, {"reviews": [stale]})
}

test_waiver_needs_a_reason if {
	doc := object.union(leaking, {"reviews": [waiver_review(10, "sec-lead", "/paved waive no-secrets:   ")]})
	"no-secrets" in t.ids(deny) with input as doc
}

test_waiver_for_another_rule_does_not_apply if {
	doc := object.union(leaking, {"reviews": [waiver_review(10, "sec-lead", "/paved waive ai-change-size: split later")]})
	"no-secrets" in t.ids(deny) with input as doc
}

test_waiver_with_windows_line_endings if {
	doc := object.union(leaking, {"reviews": [waiver_review(10, "sec-lead", "LGTM\r\n/paved waive no-secrets: revoked key\r\n")]})
	some finding in waived with input as doc
	finding.waiver.reason == "revoked key"
}

test_rule_can_refuse_waivers if {
	doc := object.union(leaking, {
		"config": {"rules": {"no-secrets": {"waivable": false}}},
		"reviews": [waiver_review(10, "sec-lead", "/paved waive no-secrets: fine")],
	})
	"no-secrets" in t.ids(deny) with input as doc
}

test_earliest_waiver_is_cited if {
	doc := object.union(leaking, {
		"config": {"approvers": {"waivers": ["sec-lead", "cso"]}},
		"reviews": [
			waiver_review(12, "cso", "/paved waive no-secrets: second"),
			waiver_review(11, "sec-lead", "/paved waive no-secrets: first"),
		],
	})
	some finding in waived with input as doc
	finding.waiver.review_id == 11
	finding.waiver.reason == "first"
}

test_warnings_are_never_waived_away if {
	doc := object.union(t.base_input, object.union(waivers_by(["sec-lead"]), {
		"change": {"truncated": {"files": true}},
		"reviews": [waiver_review(10, "sec-lead", "/paved waive truncated-evidence: ok")],
	}))
	"truncated-evidence" in t.ids(warn) with input as doc
}

test_parse_waiver if {
	parse_waiver("/paved waive no-secrets: a: b") == ["no-secrets", "a: b"]
	not parse_waiver("/paved waive no-secrets")
	not parse_waiver("/paved waive : reason")
	not parse_waiver("please /paved waive no-secrets: x")
	not parse_waiver("/paved waive No Secrets: x")
}

test_waiver_command_must_be_spelled_exactly if {
	not parse_waiver("/paved-waive no-secrets: x")
	not parse_waiver("/paved  waive no-secrets: x")
}

test_waiver_with_no_waiver_approvers_configured_is_ignored if {
	doc := object.union(t.base_input, object.union(leak, {"reviews": [waiver_review(10, "sec-lead", "/paved waive no-secrets: fine")]}))
	"no-secrets" in t.ids(deny) with input as doc
	count(granted_waivers) == 0 with input as doc
}

test_bundle_can_make_a_rule_unwaivable if {
	doc := object.union(leaking, {"reviews": [waiver_review(10, "sec-lead", "/paved waive no-secrets: fine")]})
	"no-secrets" in t.ids(deny) with input as doc with data.paved_limits.unwaivable_rules as ["no-secrets"]
	not "no-secrets" in t.ids(deny) with input as doc with data.paved_limits.unwaivable_rules as []
}

test_bundle_can_lock_a_rule_on if {
	off := object.union(object.union(t.base_input, leak), {"config": {"rules": {"no-secrets": {"enabled": false}}}})
	count(deny) == 0 with input as off
	"no-secrets" in t.ids(deny) with input as off with data.paved_limits.locked_rules as ["no-secrets"]
}
