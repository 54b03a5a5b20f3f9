package paved.rules.sarif

import data.paved.testing as t

result(level, severity, changed) := {
	"tool": "CodeQL",
	"rule": "js/sql-injection",
	"level": level,
	"security_severity": severity,
	"message": "This query depends on a user-provided value.",
	"file": "src/orders/repository.ts",
	"line": 58,
	"on_changed_line": changed,
}

with_results(results) := object.union(t.base_input, {"security": {"sarif": {"evaluated": true, "findings": results}}})

test_error_on_changed_line_is_denied if {
	some finding in deny with input as with_results([result("error", null, true)])
	finding.rule == "sarif-blocking-finding"
	finding.file == "src/orders/repository.ts"
	finding.line == 58
	finding.message == "CodeQL js/sql-injection (error): This query depends on a user-provided value."
}

test_same_finding_on_unchanged_line_is_ignored if {
	not "sarif-blocking-finding" in t.ids(deny) with input as with_results([result("error", 8.8, false)])
	not "sarif-finding" in t.ids(warn) with input as with_results([result("error", 8.8, false)])
}

test_security_severity_at_threshold_blocks_a_warning if {
	some finding in deny with input as with_results([result("warning", 7, true)])
	finding.rule == "sarif-blocking-finding"
	finding.message == "CodeQL js/sql-injection (warning, security-severity 7): This query depends on a user-provided value."
}

test_security_severity_below_threshold_warns if {
	some finding in warn with input as with_results([result("warning", 6.9, true)])
	finding.rule == "sarif-finding"
	not "sarif-blocking-finding" in t.ids(deny) with input as with_results([result("warning", 6.9, true)])
}

test_threshold_is_tunable if {
	strict := object.union(with_results([result("warning", 5.0, true)]), {"config": {"thresholds": {"security_severity_block": 4}}})
	"sarif-blocking-finding" in t.ids(deny) with input as strict
}

test_note_without_severity_is_not_reported if {
	not "sarif-finding" in t.ids(warn) with input as with_results([result("note", null, true)])
}

test_code_scanning_alerts_count_too if {
	alerts := object.union(t.base_input, {"security": {"code_scanning": {"evaluated": true, "findings": [result("error", 9.1, true)]}}})
	"sarif-blocking-finding" in t.ids(deny) with input as alerts
}

test_finding_without_location_has_no_file if {
	nowhere := object.union(result("error", null, true), {"file": null, "line": null})
	some finding in deny with input as with_results([nowhere])
	not finding.file
	not finding.line
}

test_note_with_a_security_severity_warns if {
	"sarif-finding" in t.ids(warn) with input as with_results([result("note", 4.0, true)])
	not "sarif-finding" in t.ids(warn) with input as with_results([result("note", 0, true)])
}

test_blocking_finding_does_not_also_warn if {
	count(warn) == 0 with input as with_results([result("error", null, true)])
}

test_finding_with_file_but_no_line if {
	no_line := object.union(result("warning", null, true), {"line": null})
	some finding in warn with input as with_results([no_line])
	finding.file == "src/orders/repository.ts"
	not finding.line
}

test_rules_can_be_switched_off if {
	off := object.union(with_results([result("error", null, true), result("warning", null, true)]), {"config": {"rules": {"sarif-blocking-finding": {"enabled": false}, "sarif-finding": {"enabled": false}}}})
	count(deny) == 0 with input as off
	count(warn) == 0 with input as off
}

test_multi_line_tool_message_is_cut_to_its_first_line if {
	long := object.union(result("error", null, true), {"message": "Query built from user input.\nSee the data flow:\n  1. req.query.status"})
	some finding in deny with input as with_results([long])
	finding.message == "CodeQL js/sql-injection (error): Query built from user input."
}
