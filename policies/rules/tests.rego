# METADATA
# title: Test signals
# description: >-
#   AI-assisted source changes need tests or diff coverage; failing tests and
#   required checks block; a source change without any test signal warns.
package paved.rules.tests

import data.paved.lib

# Every rule id this package can emit, declared for the gate's catalog check.
rule_ids := {"ai-change-needs-tests", "tests-failing", "required-checks", "no-test-signal"}

# METADATA
# title: ai-change-needs-tests
# description: An AI-assisted change to source files must change tests or reach thresholds.diff_coverage.
deny contains finding if {
	lib.enabled("ai-change-needs-tests")
	lib.ai_assisted
	count(lib.changed_source_files) > 0
	count(lib.changed_test_files) == 0
	not diff_coverage_met
	paths := sort([file.path | some file in lib.changed_source_files])
	finding := object.union(first_added_line(paths[0]), {
		"rule": "ai-change-needs-tests",
		"message": sprintf("AI-assisted change modifies %d source file(s) (%s) but adds or changes no test, and %s.", [
			count(paths),
			lib.summarize(paths, 3),
			coverage_shortfall,
		]),
		"remediation": sprintf("Add tests that exercise the new code and push them to this pull request:\n%s\n\nOr upload a coverage report (lcov or Cobertura) from CI showing at least %v%% of the added lines covered.%s", [
			concat("\n", [sprintf("- `%s`: for example in `%s`", [path, suggested_test_path(path)]) | some path in array.slice(paths, 0, 5)]),
			diff_coverage_threshold,
			uncovered_note,
		]),
		"evidence": {
			"source_files": paths,
			"test_files_changed": 0,
			"diff_coverage_percent": object.get(input.tests.coverage.diff, "percent", null),
			"diff_coverage_threshold": diff_coverage_threshold,
		},
	})
}

diff_coverage_threshold := input.config.thresholds.diff_coverage

# Where the coverage report says added lines never ran: the lines to test first.
uncovered := [sprintf("`%s` %s %s", [file.path, plural(count(file.uncovered_lines), "line"), concat(", ", [sprintf("%d", [n]) | some n in array.slice(file.uncovered_lines, 0, 10)])]) |
	some file in input.tests.coverage.diff.files
	count(file.uncovered_lines) > 0
]

plural(1, word) := word

plural(n, word) := sprintf("%ss", [word]) if n != 1

uncovered_note := sprintf("\n\nAdded lines the tests never ran: %s.", [concat("; ", array.slice(uncovered, 0, 5))]) if {
	input.tests.coverage.evaluated
	count(uncovered) > 0
} else := ""

diff_coverage_met if {
	input.tests.coverage.evaluated
	is_number(input.tests.coverage.diff.percent)
	input.tests.coverage.diff.percent >= diff_coverage_threshold
}

coverage_shortfall := sprintf("no coverage report shows diff coverage of at least %v%%", [diff_coverage_threshold]) if {
	not input.tests.coverage.evaluated
} else := sprintf("the coverage report marks none of the added lines executable (threshold %v%%)", [diff_coverage_threshold]) if {
	not is_number(input.tests.coverage.diff.percent)
} else := sprintf("diff coverage is %v%%, below the %v%% threshold", [
	input.tests.coverage.diff.percent,
	diff_coverage_threshold,
])

first_added_line(path) := {"file": path, "line": line} if {
	some file in input.files
	file.path == path
	line := file.added_lines[0].line
} else := {"file": path}

# A conventional test file name next to the source file.
suggested_test_path(path) := test_path_for(concat("/", array.slice(segments, 0, count(segments) - 1)), segments[count(segments) - 1]) if {
	segments := split(path, "/")
}

test_path_for(dir, name) := in_dir(dir, sprintf("%s_test.go", [trim_suffix(name, ".go")])) if {
	endswith(name, ".go")
} else := in_dir(dir, sprintf("test_%s", [name])) if {
	endswith(name, ".py")
} else := in_dir(dir, sprintf("%s.test.%s", [stem, ext])) if {
	parts := split(name, ".")
	count(parts) > 1
	parts[0] != ""
	ext := parts[count(parts) - 1]
	stem := concat(".", array.slice(parts, 0, count(parts) - 1))
} else := sprintf("a test for %s", [in_dir(dir, name)])

in_dir("", name) := name

in_dir(dir, name) := sprintf("%s/%s", [dir, name]) if dir != ""

# METADATA
# title: tests-failing
# description: >-
#   One finding per failed test, up to rules.tests-failing.max_findings
#   (default 20): a broken build with 400 failures needs the first few, not
#   400 annotations.
deny contains finding if {
	lib.enabled("tests-failing")
	some i, failure in input.tests.junit.failures
	i < max_failure_findings
	verb := {"failure": "failed", "error": "errored"}[failure.kind]
	finding := object.union(failure_location(failure), {
		"rule": "tests-failing",
		"message": sprintf("Test %s %s: %s", [test_name(failure), verb, lib.first_line(failure.message)]),
		"evidence": {"test": failure.name, "classname": failure.classname, "suite": failure.suite, "kind": failure.kind},
	})
}

max_failure_findings := lib.setting("tests-failing", "max_findings", 20)

deny contains finding if {
	lib.enabled("tests-failing")
	hidden := count(input.tests.junit.failures) - max_failure_findings
	hidden > 0
	finding := {
		"rule": "tests-failing",
		"message": sprintf("%d more failed tests are not listed here; see %s.", [hidden, concat(", ", input.tests.junit.reports)]),
		"evidence": {"failed": input.tests.junit.failed, "errors": input.tests.junit.errors, "listed": max_failure_findings},
	}
}

# A report that counts failures without listing them still blocks.
deny contains finding if {
	lib.enabled("tests-failing")
	broken := input.tests.junit.failed + input.tests.junit.errors
	broken > 0
	count(input.tests.junit.failures) == 0
	finding := {
		"rule": "tests-failing",
		"message": sprintf("%d of %d tests failed or errored in %s.", [broken, input.tests.junit.total, concat(", ", input.tests.junit.reports)]),
		"evidence": {"failed": input.tests.junit.failed, "errors": input.tests.junit.errors, "reports": input.tests.junit.reports},
	}
}

test_name(failure) := sprintf("%s.%s", [failure.classname, failure.name]) if {
	is_string(failure.classname)
	failure.classname != ""
} else := failure.name

failure_location(failure) := {"file": failure.file, "line": failure.line} if {
	is_string(failure.file)
	is_number(failure.line)
} else := {"file": failure.file} if {
	is_string(failure.file)
} else := {}

# METADATA
# title: required-checks
deny contains finding if {
	lib.enabled("required-checks")
	input.tests.checks.evaluated
	some name in input.config.required_checks
	state := check_state(name)
	state != "success"
	finding := {
		"rule": "required-checks",
		"message": check_message(name, state),
		"remediation": check_remediation(name, state),
		"evidence": {"check": name, "state": state, "url": check_url(name), "head_sha": lib.head_sha},
	}
}

# Checks cannot be read from this source (local git): say so rather than pass silently.
warn contains finding if {
	lib.enabled("required-checks")
	not input.tests.checks.evaluated
	count(input.config.required_checks) > 0
	finding := {
		"rule": "required-checks",
		"message": sprintf("Required checks (%s) could not be verified: %s.", [
			concat(", ", input.config.required_checks),
			object.get(input.tests.checks, "reason", "checks were not evaluated"),
		]),
		"evidence": {"checks": input.config.required_checks},
	}
}

failed_conclusions := {"failure", "cancelled", "timed_out", "action_required", "error", "stale"}

runs_named(name) := [run | some run in input.tests.checks.runs; run.name == name]

# One state per required check: a failure anywhere wins, then a run still going, then success.
check_state(name) := "missing" if {
	count(runs_named(name)) == 0
} else := "failed" if {
	some run in runs_named(name)
	run.conclusion in failed_conclusions
} else := "pending" if {
	some run in runs_named(name)
	run.status != "completed"
} else := "success" if {
	every run in runs_named(name) {
		run.conclusion in {"success", "neutral", "skipped"}
	}
} else := "unknown"

check_message(name, "missing") := sprintf("Required check \"%s\" has not reported on the head commit %s.", [name, substring(lib.head_sha, 0, 7)])

check_message(name, "failed") := sprintf("Required check \"%s\" concluded %s.", [name, concat("/", sort({run.conclusion | some run in runs_named(name); run.conclusion in failed_conclusions}))])

check_message(name, "pending") := sprintf("Required check \"%s\" has not finished yet.", [name])

check_message(name, "unknown") := sprintf("Required check \"%s\" ended without a success conclusion.", [name])

check_remediation(name, "missing") := sprintf("Make sure the workflow job named \"%s\" runs on `pull_request` for this branch (path or branch filters can skip it), then re-run it. The name must match `required_checks` exactly.", [name])

check_remediation(_, "pending") := "Wait for the check to finish, then re-run Paved (re-run its job, or push)."

check_remediation(name, state) := sprintf("Open %s, fix what it reports and push; the check must succeed on the head commit.", [check_url(name)]) if {
	state in {"failed", "unknown"}
	is_string(check_url(name))
} else := sprintf("Open the \"%s\" check on the pull request, fix what it reports and push; the check must succeed on the head commit.", [name]) if {
	state in {"failed", "unknown"}
}

check_url(name) := runs_named(name)[0].url if {
	count(runs_named(name)) > 0
} else := null

# METADATA
# title: no-test-signal
warn contains finding if {
	lib.enabled("no-test-signal")
	count(lib.changed_source_files) > 0
	not has_test_signal
	finding := {
		"rule": "no-test-signal",
		"message": sprintf("Source files changed (%d) but the gate found no test report, no coverage report and no successful required check.", [count(lib.changed_source_files)]),
		"evidence": {
			"junit": object.get(input.tests.junit, "reason", null),
			"coverage": object.get(input.tests.coverage, "reason", null),
		},
	}
}

has_test_signal if {
	input.tests.junit.evaluated
	input.tests.junit.total > 0
}

has_test_signal if input.tests.coverage.evaluated

has_test_signal if {
	input.tests.checks.evaluated
	some name in input.config.required_checks
	check_state(name) == "success"
}
