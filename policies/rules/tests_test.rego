package paved.rules.tests

import data.paved.testing as t

ai_without_tests := object.union(t.ai_input, {"files": [t.source_file]})

# --- ai-change-needs-tests ---

test_ai_source_change_without_tests_is_denied if {
	some finding in deny with input as ai_without_tests
	finding.rule == "ai-change-needs-tests"
	finding.file == "src/orders/discount.ts"
	finding.line == 41
	finding.evidence.source_files == ["src/orders/discount.ts"]
	contains(finding.message, "no coverage report")
	finding.remediation == "Add tests that exercise the new code and push them to this pull request:\n- `src/orders/discount.ts`: for example in `src/orders/discount.test.ts`\n\nOr upload a coverage report (lcov or Cobertura) from CI showing at least 80% of the added lines covered."
}

test_ai_source_change_with_test_change_passes if {
	not "ai-change-needs-tests" in t.ids(deny) with input as t.ai_input
}

test_human_source_change_without_tests_passes if {
	not "ai-change-needs-tests" in t.ids(deny) with input as object.union(t.base_input, {"files": [t.source_file]})
}

test_unknown_provenance_is_not_treated_as_ai if {
	unknown := object.union(ai_without_tests, {"provenance": {"ai_assisted": null}})
	not "ai-change-needs-tests" in t.ids(deny) with input as unknown
}

test_diff_coverage_at_threshold_passes if {
	covered := object.union(ai_without_tests, {"tests": {"coverage": {"evaluated": true, "diff": {"percent": 80}}}})
	not "ai-change-needs-tests" in t.ids(deny) with input as covered
}

test_diff_coverage_below_threshold_is_denied_with_the_number if {
	low := object.union(ai_without_tests, {"tests": {"coverage": {"evaluated": true, "diff": {"percent": 79.5}}}})
	some finding in deny with input as low
	finding.rule == "ai-change-needs-tests"
	contains(finding.message, "diff coverage is 79.5%, below the 80% threshold")
	finding.evidence.diff_coverage_percent == 79.5
}

test_diff_coverage_threshold_is_tunable if {
	low := object.union(ai_without_tests, {
		"tests": {"coverage": {"evaluated": true, "diff": {"percent": 60}}},
		"config": {"thresholds": {"diff_coverage": 50}},
	})
	not "ai-change-needs-tests" in t.ids(deny) with input as low
}

test_no_executable_added_lines_does_not_count_as_covered if {
	none := object.union(ai_without_tests, {"tests": {"coverage": {"evaluated": true, "diff": {"percent": null}}}})
	some finding in deny with input as none
	finding.rule == "ai-change-needs-tests"
	contains(finding.message, "none of the added lines executable")
}

test_removed_source_files_need_no_tests if {
	removed := object.union(t.source_file, {"status": "removed", "added_lines": []})
	not "ai-change-needs-tests" in t.ids(deny) with input as object.union(t.ai_input, {"files": [removed]})
}

test_docs_only_ai_change_needs_no_tests if {
	docs := t.file("docs/discounts.md", "docs")
	not "ai-change-needs-tests" in t.ids(deny) with input as object.union(t.ai_input, {"files": [docs]})
}

test_rule_can_be_switched_off if {
	off := object.union(ai_without_tests, {"config": {"rules": {"ai-change-needs-tests": {"enabled": false}}}})
	not "ai-change-needs-tests" in t.ids(deny) with input as off
}

test_many_source_files_are_summarised if {
	files := [t.file(sprintf("src/f%d.ts", [i]), "source") | some i in numbers.range(1, 5)]
	some finding in deny with input as object.union(t.ai_input, {"files": files})
	finding.rule == "ai-change-needs-tests"
	contains(finding.message, "5 source file(s) (src/f1.ts, src/f2.ts, src/f3.ts and 2 more)")
	count(finding.evidence.source_files) == 5
}

test_suggested_test_paths if {
	suggested_test_path("src/a/b.ts") == "src/a/b.test.ts"
	suggested_test_path("pkg/server/handler.go") == "pkg/server/handler_test.go"
	suggested_test_path("app/models/user.py") == "app/models/test_user.py"
	suggested_test_path("setup.py") == "test_setup.py"
	suggested_test_path("Makefile") == "a test for Makefile"
	suggested_test_path("src/v1.2/util") == "a test for src/v1.2/util"
	suggested_test_path("config/.eslintrc") == "a test for config/.eslintrc"
	suggested_test_path("src/app.config.ts") == "src/app.config.test.ts"
}

# --- tests-failing ---

failing_junit := {"tests": {"junit": {
	"total": 24,
	"passed": 23,
	"failed": 1,
	"failures": [{
		"name": "applies a 10% code",
		"classname": "discount",
		"suite": "orders",
		"file": "src/orders/discount.test.ts",
		"line": 12,
		"message": "expected 90 to be 89.99\n    at discount.test.ts:14",
		"kind": "failure",
	}],
}}}

test_failed_junit_case_is_denied_with_location if {
	some finding in deny with input as object.union(t.base_input, failing_junit)
	finding.rule == "tests-failing"
	finding.file == "src/orders/discount.test.ts"
	finding.line == 12
	finding.message == "Test discount.applies a 10% code failed: expected 90 to be 89.99"
}

test_errored_case_without_location if {
	errored := {"tests": {"junit": {"errors": 1, "failures": [{
		"name": "setup",
		"classname": null,
		"suite": null,
		"file": null,
		"line": null,
		"message": "Cannot find module './db'",
		"kind": "error",
	}]}}}
	some finding in deny with input as object.union(t.base_input, errored)
	finding.rule == "tests-failing"
	finding.message == "Test setup errored: Cannot find module './db'"
	not finding.file
}

test_counted_failures_without_details_still_deny if {
	counted := {"tests": {"junit": {"failed": 2, "failures": []}}}
	some finding in deny with input as object.union(t.base_input, counted)
	finding.rule == "tests-failing"
	contains(finding.message, "2 of 24 tests failed or errored")
}

test_passing_junit_is_not_denied if {
	not "tests-failing" in t.ids(deny) with input as t.base_input
}

# --- required-checks ---

checks(runs) := {
	"tests": {"checks": {"evaluated": true, "reason": null, "runs": runs}},
	"config": {"required_checks": ["build", "unit-tests"]},
}

run(name, status, conclusion) := {"name": name, "source": "check-run", "status": status, "conclusion": conclusion, "url": sprintf("https://github.com/acme/shop/runs/%s", [name])}

test_required_checks_all_green_pass if {
	green := checks([run("build", "completed", "success"), run("unit-tests", "completed", "success")])
	not "required-checks" in t.ids(deny) with input as object.union(t.base_input, green)
	not "required-checks" in t.ids(warn) with input as object.union(t.base_input, green)
}

test_failed_required_check_is_denied if {
	failed := checks([run("build", "completed", "success"), run("unit-tests", "completed", "failure")])
	findings := [f | some f in deny; f.rule == "required-checks"] with input as object.union(t.base_input, failed)
	count(findings) == 1
	findings[0].message == "Required check \"unit-tests\" concluded failure."
	findings[0].evidence.url == "https://github.com/acme/shop/runs/unit-tests"
	findings[0].remediation == "Open https://github.com/acme/shop/runs/unit-tests, fix what it reports and push; the check must succeed on the head commit."
}

test_missing_required_check_is_denied if {
	missing := checks([run("build", "completed", "success")])
	some finding in deny with input as object.union(t.base_input, missing)
	finding.rule == "required-checks"
	finding.message == "Required check \"unit-tests\" has not reported on the head commit 8f3c2a1."
	startswith(finding.remediation, "Make sure the workflow job named \"unit-tests\" runs on `pull_request`")
}

test_running_required_check_is_denied_as_pending if {
	pending := checks([run("build", "completed", "success"), run("unit-tests", "in_progress", null)])
	some finding in deny with input as object.union(t.base_input, pending)
	finding.evidence.state == "pending"
}

test_failure_wins_over_an_older_success if {
	mixed := checks([run("build", "completed", "success"), run("unit-tests", "completed", "success"), run("unit-tests", "completed", "timed_out")])
	some finding in deny with input as object.union(t.base_input, mixed)
	finding.message == "Required check \"unit-tests\" concluded timed_out."
}

test_unreadable_checks_warn_instead_of_passing if {
	local := {"config": {"required_checks": ["build"]}, "tests": {"checks": {"evaluated": false, "reason": "local git has no checks"}}}
	some finding in warn with input as object.union(t.base_input, local)
	finding.rule == "required-checks"
	contains(finding.message, "local git has no checks")
	not "required-checks" in t.ids(deny) with input as object.union(t.base_input, local)
}

test_no_required_checks_configured_is_silent if {
	not "required-checks" in t.ids(deny) with input as t.base_input
	not "required-checks" in t.ids(warn) with input as t.base_input
}

# --- no-test-signal ---

no_signal := {"tests": {"junit": {"evaluated": false, "total": 0, "reason": "no JUnit report"}}}

test_source_change_without_any_test_signal_warns if {
	some finding in warn with input as object.union(t.base_input, no_signal)
	finding.rule == "no-test-signal"
	finding.evidence.junit == "no JUnit report"
}

test_coverage_report_is_a_test_signal if {
	with_coverage := object.union(no_signal, {"tests": {"coverage": {"evaluated": true}}})
	not "no-test-signal" in t.ids(warn) with input as object.union(t.base_input, with_coverage)
}

test_successful_required_check_is_a_test_signal if {
	with_check := object.union(no_signal, checks([run("build", "completed", "success"), run("unit-tests", "completed", "success")]))
	not "no-test-signal" in t.ids(warn) with input as object.union(t.base_input, with_check)
}

test_empty_junit_report_is_no_signal if {
	empty := {"tests": {"junit": {"evaluated": true, "total": 0, "passed": 0}}}
	"no-test-signal" in t.ids(warn) with input as object.union(t.base_input, empty)
}

test_docs_change_needs_no_test_signal if {
	docs := object.union(no_signal, {"files": [t.file("README.md", "docs")]})
	not "no-test-signal" in t.ids(warn) with input as object.union(t.base_input, docs)
}

test_deleting_tests_does_not_count_as_testing if {
	deleted := object.union(t.spec_file, {"status": "removed", "additions": 0, "deletions": 40, "added_lines": []})
	"ai-change-needs-tests" in t.ids(deny) with input as object.union(t.ai_input, {"files": [t.source_file, deleted]})
}

test_only_removing_assertions_does_not_count_as_testing if {
	trimmed := object.union(t.spec_file, {"additions": 0, "deletions": 6, "added_lines": []})
	"ai-change-needs-tests" in t.ids(deny) with input as object.union(t.ai_input, {"files": [t.source_file, trimmed]})
}

test_many_failures_are_capped_with_a_summary if {
	many := [object.union(failing_junit.tests.junit.failures[0], {"name": sprintf("case %d", [i])}) | some i in numbers.range(1, 25)]
	doc := object.union(t.base_input, {"tests": {"junit": {"failed": 25, "failures": many}}})
	findings := [f | some f in deny; f.rule == "tests-failing"] with input as doc
	count(findings) == 21
	some summary in findings
	summary.message == "5 more failed tests are not listed here; see reports/junit.xml."
}

test_failure_cap_is_tunable if {
	many := [object.union(failing_junit.tests.junit.failures[0], {"name": sprintf("case %d", [i])}) | some i in numbers.range(1, 3)]
	doc := object.union(t.base_input, {"tests": {"junit": {"failed": 3, "failures": many}}, "config": {"rules": {"tests-failing": {"max_findings": 1}}}})
	count([f | some f in deny; f.rule == "tests-failing"]) == 2 with input as doc
}

test_failed_check_without_url_names_the_check if {
	no_url := object.union(run("unit-tests", "completed", "failure"), {"url": null})
	some finding in deny with input as object.union(t.base_input, checks([run("build", "completed", "success"), no_url]))
	finding.remediation == "Open the \"unit-tests\" check on the pull request, fix what it reports and push; the check must succeed on the head commit."
}

test_unevaluated_coverage_does_not_count_even_with_a_percent if {
	stale := object.union(ai_without_tests, {"tests": {"coverage": {"evaluated": false, "diff": {"percent": 95}}}})
	"ai-change-needs-tests" in t.ids(deny) with input as stale
}

test_location_is_the_first_added_line_of_the_first_source_file if {
	a := object.union(t.file("src/a.ts", "source"), {"added_lines": []})
	b := object.union(t.file("src/b.ts", "source"), {"added_lines": [{"line": 7, "text": "x"}]})
	some finding in deny with input as object.union(t.ai_input, {"files": [b, a]})
	finding.file == "src/a.ts"
	not finding.line
}

test_failure_with_empty_classname_and_no_line if {
	odd := {"tests": {"junit": {"failed": 1, "failures": [{
		"name": "renders",
		"classname": "",
		"suite": null,
		"file": "test/render.test.ts",
		"line": null,
		"message": "boom",
		"kind": "failure",
	}]}}}
	some finding in deny with input as object.union(t.base_input, odd)
	finding.message == "Test renders failed: boom"
	finding.file == "test/render.test.ts"
	not finding.line
}

test_unevaluated_junit_or_checks_are_no_signal if {
	doc := object.union(t.base_input, {"tests": {
		"junit": {"evaluated": false, "total": 5},
		"checks": {"evaluated": false, "runs": [run("build", "completed", "success")]},
	}, "config": {"required_checks": ["build"]}})
	"no-test-signal" in t.ids(warn) with input as doc
}

test_failed_required_check_is_no_test_signal if {
	doc := object.union(object.union(t.base_input, no_signal), checks([run("build", "completed", "failure"), run("unit-tests", "completed", "failure")]))
	"no-test-signal" in t.ids(warn) with input as doc
}

test_rules_can_be_switched_off if {
	off := {"config": {"rules": {
		"tests-failing": {"enabled": false},
		"required-checks": {"enabled": false},
		"no-test-signal": {"enabled": false},
	}}}
	count(deny) == 0 with input as object.union(object.union(object.union(t.base_input, failing_junit), checks([run("build", "completed", "failure")])), off)
	count(warn) == 0 with input as object.union(object.union(t.base_input, no_signal), object.union(off, {"config": {"required_checks": ["build"]}}))
}

test_failure_summaries_can_be_switched_off if {
	off := {"config": {"rules": {"tests-failing": {"enabled": false, "max_findings": 0}}}}
	count(deny) == 0 with input as object.union(object.union(t.base_input, failing_junit), off)
	count(deny) == 0 with input as object.union(object.union(t.base_input, {"tests": {"junit": {"failed": 2, "failures": []}}}), off)
}

test_remediation_points_at_uncovered_added_lines if {
	low := object.union(ai_without_tests, {"tests": {"coverage": {"evaluated": true, "diff": {
		"percent": 50,
		"files": [{"path": "src/orders/discount.ts", "executable": 4, "covered": 2, "percent": 50, "uncovered_lines": [41, 44]}],
	}}}})
	some finding in deny with input as low
	endswith(finding.remediation, "\n\nAdded lines the tests never ran: `src/orders/discount.ts` lines 41, 44.")
}

test_fully_covered_files_and_unevaluated_coverage_add_no_note if {
	files := [
		{"path": "src/a.ts", "executable": 2, "covered": 2, "percent": 100, "uncovered_lines": []},
		{"path": "src/orders/discount.ts", "executable": 4, "covered": 2, "percent": 50, "uncovered_lines": [41]},
	]
	low := object.union(ai_without_tests, {"tests": {"coverage": {"evaluated": true, "diff": {"percent": 75, "files": files}}}})
	some finding in deny with input as low
	endswith(finding.remediation, "\n\nAdded lines the tests never ran: `src/orders/discount.ts` line 41.")
	stale := object.union(ai_without_tests, {"tests": {"coverage": {"evaluated": false, "diff": {"files": files}}}})
	some other in deny with input as stale
	endswith(other.remediation, "of the added lines covered.")
	nothing := object.union(ai_without_tests, {"tests": {"coverage": {"evaluated": true, "diff": {"percent": 0, "files": [files[0]]}}}})
	some third in deny with input as nothing
	endswith(third.remediation, "of the added lines covered.")
}
