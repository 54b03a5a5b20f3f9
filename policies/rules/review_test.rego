package paved.rules.review

import data.paved.testing as t

workflow := t.file(".github/workflows/deploy.yml", "workflow")

auth_file := t.file("src/auth/session.ts", "source")

ai_auth_change := object.union(t.ai_input, {"files": [auth_file, t.spec_file]})

with_reviews(doc, reviews) := object.union(doc, {"reviews": reviews})

# --- protected-path-needs-approval ---

test_ai_change_to_auth_code_without_approval_is_denied if {
	some finding in deny with input as ai_auth_change
	finding.rule == "protected-path-needs-approval"
	finding.file == "src/auth/session.ts"
	finding.evidence.protected_files == ["src/auth/session.ts"]
	contains(finding.message, "a human with write access other than the author")
}

test_member_approval_on_head_commit_satisfies if {
	approved := with_reviews(ai_auth_change, [t.approval(1, "maria")])
	not "protected-path-needs-approval" in t.ids(deny) with input as approved
}

test_approval_on_an_older_commit_does_not_count if {
	stale := object.union(t.approval(1, "maria"), {"commit_id": "0123456789012345678901234567890123456789"})
	"protected-path-needs-approval" in t.ids(deny) with input as with_reviews(ai_auth_change, [stale])
}

test_self_approval_does_not_count if {
	# GitHub forbids it, but a fixture or a second account of the author must not slip through.
	"protected-path-needs-approval" in t.ids(deny) with input as with_reviews(ai_auth_change, [t.approval(1, "Dana")])
}

test_contributor_without_write_access_does_not_count if {
	outsider := t.review(1, "randomdev", "CONTRIBUTOR", "APPROVED")
	"protected-path-needs-approval" in t.ids(deny) with input as with_reviews(ai_auth_change, [outsider])
}

test_bot_approval_does_not_count if {
	bot := object.union(t.approval(1, "claude[bot]"), {"user": {"type": "Bot"}})
	"protected-path-needs-approval" in t.ids(deny) with input as with_reviews(ai_auth_change, [bot])
}

test_agent_user_account_approval_does_not_count if {
	"protected-path-needs-approval" in t.ids(deny) with input as with_reviews(ai_auth_change, [t.approval(1, "Copilot")])
}

test_approval_withdrawn_by_later_changes_requested if {
	reviews := [t.approval(1, "maria"), t.review(2, "maria", "MEMBER", "CHANGES_REQUESTED")]
	"protected-path-needs-approval" in t.ids(deny) with input as with_reviews(ai_auth_change, reviews)
}

test_later_comment_does_not_withdraw_approval if {
	reviews := [t.approval(1, "maria"), t.review(2, "maria", "MEMBER", "COMMENTED")]
	not "protected-path-needs-approval" in t.ids(deny) with input as with_reviews(ai_auth_change, reviews)
}

test_configured_approvers_are_required if {
	configured := object.union(ai_auth_change, {"config": {"approvers": {"protected": ["sec-lead"]}}})
	"protected-path-needs-approval" in t.ids(deny) with input as with_reviews(configured, [t.approval(1, "maria")])
	not "protected-path-needs-approval" in t.ids(deny) with input as with_reviews(configured, [t.approval(1, "Sec-Lead")])
}

test_human_change_to_protected_path_is_not_this_rules_business if {
	human := object.union(t.base_input, {"files": [auth_file]})
	not "protected-path-needs-approval" in t.ids(deny) with input as human
}

test_rename_out_of_a_protected_path_counts if {
	moved := object.union(t.file("src/session.ts", "source"), {"status": "renamed", "previous_path": "src/auth/session.ts"})
	some finding in deny with input as object.union(t.ai_input, {"files": [moved]})
	finding.rule == "protected-path-needs-approval"
	finding.file == "src/session.ts"
}

test_root_level_protected_directories_match if {
	# `**/auth/**` must match `auth/x` at the root, as minimatch does in the collector.
	root := t.file("auth/tokens.ts", "source")
	"protected-path-needs-approval" in t.ids(deny) with input as object.union(t.ai_input, {"files": [root]})
}

test_gate_files_are_left_to_gate_self_modification if {
	gate_change := object.union(t.ai_input, {
		"files": [t.file("policies/rules/tests.rego", "policy")],
		"gate": {"policies": true, "files": ["policies/rules/tests.rego"]},
	})
	not "protected-path-needs-approval" in t.ids(deny) with input as gate_change
	"gate-self-modification" in t.ids(deny) with input as gate_change
}

# --- gate-self-modification ---

workflow_change := object.union(t.base_input, {
	"files": [workflow],
	"gate": {"workflows": true, "files": [".github/workflows/deploy.yml"]},
})

test_human_change_to_gate_workflow_is_denied if {
	some finding in deny with input as workflow_change
	finding.rule == "gate-self-modification"
	startswith(finding.message, "This change modifies the gate itself (workflows: .github/workflows/deploy.yml)")
	finding.file == ".github/workflows/deploy.yml"
	finding.evidence.touched == ["workflows"]
}

test_security_approver_satisfies if {
	secured := object.union(workflow_change, {"config": {"approvers": {"security": ["sec-lead", "platform-bob"]}}})
	"gate-self-modification" in t.ids(deny) with input as with_reviews(secured, [t.approval(1, "maria")])
	not "gate-self-modification" in t.ids(deny) with input as with_reviews(secured, [t.approval(1, "platform-bob")])
}

test_security_approver_who_authored_the_change_does_not_count if {
	secured := object.union(workflow_change, {"config": {"approvers": {"security": ["dana"]}}})
	"gate-self-modification" in t.ids(deny) with input as with_reviews(secured, [t.approval(1, "dana")])
}

test_without_security_approvers_a_maintainer_approval_satisfies if {
	not "gate-self-modification" in t.ids(deny) with input as with_reviews(workflow_change, [t.approval(1, "maria")])
}

test_config_and_policy_changes_are_named if {
	both := object.union(t.base_input, {
		"files": [t.file("paved.yml", "config"), t.file("policies/custom.rego", "policy")],
		"gate": {"policies": true, "config": true, "files": ["paved.yml", "policies/custom.rego"]},
	})
	some finding in deny with input as both
	finding.evidence.touched == ["policies", "config"]
	finding.evidence.gate_files == ["paved.yml", "policies/custom.rego"]
}

test_ordinary_change_does_not_touch_the_gate if {
	not "gate-self-modification" in t.ids(deny) with input as t.base_input
}

test_deleted_account_approval_does_not_count_and_does_not_break if {
	ghost := object.union(t.approval(1, "x"), {"user": {"login": null, "type": "User"}})
	withdrawn_by_ghost := object.union(t.review(2, "x", "MEMBER", "CHANGES_REQUESTED"), {"user": {"login": null, "type": "User"}})
	"protected-path-needs-approval" in t.ids(deny) with input as with_reviews(ai_auth_change, [ghost, withdrawn_by_ghost])
	not "protected-path-needs-approval" in t.ids(deny) with input as with_reviews(ai_auth_change, [t.approval(3, "maria"), withdrawn_by_ghost])
}

test_pr_author_without_login_still_needs_approval if {
	anonymous := object.union(ai_auth_change, {"change": {"author": {"login": null, "type": "Unknown"}}})
	"protected-path-needs-approval" in t.ids(deny) with input as anonymous
	not "protected-path-needs-approval" in t.ids(deny) with input as with_reviews(anonymous, [t.approval(1, "maria")])
}

test_agent_change_to_the_gate_says_so if {
	agent := object.union(workflow_change, {"provenance": t.ai_provenance})
	some finding in deny with input as agent
	startswith(finding.message, "This AI-assisted change modifies the gate itself")
}

test_protected_globs_with_braces_still_match if {
	braces := object.union(t.ai_input, {
		"config": {"protected_paths": ["src/payments/**/*.{ts,js}", "infra/**"]},
		"files": [t.file("src/payments/stripe/charge.js", "source")],
	})
	"protected-path-needs-approval" in t.ids(deny) with input as braces
}

test_remediation_names_the_configured_approvers_and_the_commit if {
	secured := object.union(workflow_change, {"config": {"approvers": {"security": ["sec-lead", "platform-bob"]}}})
	some finding in deny with input as secured
	finding.remediation == "Request a review from `sec-lead` or `platform-bob`. The approval must be given on the head commit 8f3c2a1; an approval of an earlier commit does not count, and neither does the author's own or a bot's."
}

test_remediation_without_configured_approvers if {
	some finding in deny with input as ai_auth_change
	finding.remediation == "Request a review from a code owner of these paths (any human with write access other than the author). The approval must be given on the head commit 8f3c2a1; an approval of an earlier commit does not count."
}

test_rename_between_unprotected_paths_is_not_protected if {
	moved := object.union(t.file("src/orders/discount.ts", "source"), {"status": "renamed", "previous_path": "src/cart/discount.ts"})
	not "protected-path-needs-approval" in t.ids(deny) with input as object.union(t.ai_input, {"files": [moved]})
}

test_rename_of_a_gate_file_is_left_to_gate_self_modification if {
	moved := object.union(t.file("policies/old/size.rego", "policy"), {"status": "renamed", "previous_path": "policies/size.rego"})
	gate_change := object.union(t.ai_input, {"files": [moved], "gate": {"policies": true, "files": ["policies/old/size.rego"]}})
	not "protected-path-needs-approval" in t.ids(deny) with input as gate_change
}

test_protected_globs_with_braces_do_not_match_everything if {
	braces := object.union(t.ai_input, {
		"config": {"protected_paths": ["src/payments/**/*.{ts,js}"]},
		"files": [t.file("src/orders/discount.ts", "source")],
	})
	not "protected-path-needs-approval" in t.ids(deny) with input as braces
}

test_rules_can_be_switched_off if {
	off := {"config": {"rules": {"protected-path-needs-approval": {"enabled": false}, "gate-self-modification": {"enabled": false}}}}
	count(deny) == 0 with input as object.union(ai_auth_change, off)
	count(deny) == 0 with input as object.union(workflow_change, off)
}
