package paved.rules.secrets

import data.paved.testing as t

leak := {"security": {"secrets": {"findings": [{
	"detector": "github-token",
	"file": "src/config/github.ts",
	"line": 7,
	"redacted": "ghp_…(40 chars)",
}]}}}

test_secret_is_denied_with_redacted_location if {
	some finding in deny with input as object.union(t.base_input, leak)
	finding.rule == "no-secrets"
	finding.file == "src/config/github.ts"
	finding.line == 7
	finding.message == "Possible github-token added at src/config/github.ts:7 (ghp_…(40 chars))."
}

test_message_never_contains_the_added_line_text if {
	secret_line := "const token = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';"
	doc := object.union(t.base_input, object.union(leak, {"files": [object.union(t.source_file, {"added_lines": [{"line": 7, "text": secret_line}]})]}))
	some finding in deny with input as doc
	finding.rule == "no-secrets"
	not contains(finding.message, "abcdefghijklmnop")
	not contains(json.marshal(finding.evidence), "abcdefghijklmnop")
}

commit_leak := {"security": {"secrets": {"findings": [{
	"detector": "github-token",
	"location": "commit-message",
	"file": null,
	"line": null,
	"commit": "0123456789abcdef0123456789abcdef01234567",
	"redacted": "ghp_…(40 chars)",
}]}}}

test_secret_in_a_commit_message_is_denied_naming_the_commit if {
	some finding in deny with input as object.union(t.base_input, commit_leak)
	finding.rule == "no-secrets"
	finding.message == "Possible github-token in the message of commit 0123456789ab (ghp_…(40 chars))."
	not "file" in object.keys(finding)
	finding.evidence.location == "commit-message"
}

test_secret_in_the_pr_description_is_denied if {
	body_leak := {"security": {"secrets": {"findings": [{
		"detector": "slack-token",
		"location": "pr-body",
		"file": null,
		"line": null,
		"commit": null,
		"redacted": "xoxb-…(52 chars)",
	}]}}}
	some finding in deny with input as object.union(t.base_input, body_leak)
	finding.message == "Possible slack-token in the pull request description (xoxb-…(52 chars))."
}

test_secret_in_an_unknown_location_still_denies if {
	odd := {"security": {"secrets": {"findings": [{"detector": "d", "location": "somewhere-new", "file": null, "line": null, "commit": null, "redacted": "r"}]}}}
	some finding in deny with input as object.union(t.base_input, odd)
	finding.message == "Possible d in somewhere-new (r)."
}

test_no_findings_no_denial if {
	not "no-secrets" in t.ids(deny) with input as t.base_input
}

test_secret_rule_applies_to_human_changes_too if {
	"no-secrets" in t.ids(deny) with input as object.union(t.base_input, leak)
}

test_scan_not_run_warns if {
	unscanned := {"security": {"secrets": {"evaluated": false, "reason": "patches unavailable"}}}
	some finding in warn with input as object.union(t.base_input, unscanned)
	finding.rule == "secret-scan-unavailable"
	finding.message == "Added lines were not scanned for secrets: patches unavailable."
}

test_scan_not_run_on_a_deletion_only_change_is_silent if {
	deletion := {
		"security": {"secrets": {"evaluated": false, "reason": "patches unavailable"}},
		"files": [object.union(t.source_file, {"status": "removed", "added_lines": []})],
	}
	not "secret-scan-unavailable" in t.ids(warn) with input as object.union(t.base_input, deletion)
}

test_rules_can_be_switched_off if {
	off := {"config": {"rules": {"no-secrets": {"enabled": false}, "secret-scan-unavailable": {"enabled": false}}}}
	count(deny) == 0 with input as object.union(object.union(t.base_input, leak), off)
	count(warn) == 0 with input as object.union(object.union(t.base_input, {"security": {"secrets": {"evaluated": false}}}), off)
}
