package paved.rules.size

import data.paved.testing as t

big_file(path, kind, lines) := object.union(t.file(path, kind), {"additions": lines, "deletions": 0})

test_large_ai_change_warns if {
	doc := object.union(t.ai_input, {"files": [big_file("src/a.ts", "source", 700), big_file("src/b.ts", "source", 400)]})
	some finding in warn with input as doc
	finding.rule == "ai-change-size"
	finding.evidence.changed_lines == 1100
	contains(finding.message, "1100 changed lines (limit 1000)")
}

test_change_at_the_limit_passes if {
	doc := object.union(t.ai_input, {"files": [big_file("src/a.ts", "source", 1000)]})
	not "ai-change-size" in t.ids(warn) with input as doc
}

test_lockfiles_and_generated_files_are_not_counted if {
	doc := object.union(t.ai_input, {"files": [
		big_file("src/a.ts", "source", 200),
		big_file("package-lock.json", "lockfile", 5000),
		big_file("dist/index.js", "generated", 9000),
	]})
	not "ai-change-size" in t.ids(warn) with input as doc
}

test_too_many_files_warns if {
	files := [big_file(sprintf("src/m%d.ts", [i]), "source", 1) | some i in numbers.range(1, 51)]
	some finding in warn with input as object.union(t.ai_input, {"files": files})
	finding.message == "AI-assisted change is large: 51 files (limit 50). Consider splitting it into smaller pull requests."
}

test_truncated_file_list_uses_the_change_totals if {
	doc := object.union(t.ai_input, {"change": {"truncated": {"files": true}, "stats": {"files": 3400, "additions": 90000, "deletions": 100}}})
	some finding in warn with input as doc
	finding.evidence.changed_files == 3400
	finding.evidence.changed_lines == 90100
}

test_large_human_change_is_silent if {
	doc := object.union(t.base_input, {"files": [big_file("src/a.ts", "source", 5000)]})
	not "ai-change-size" in t.ids(warn) with input as doc
}

test_limits_are_tunable if {
	doc := object.union(t.ai_input, {"config": {"thresholds": {"max_ai_changed_lines": 10}}})
	"ai-change-size" in t.ids(warn) with input as doc
}

test_rule_can_be_switched_off if {
	doc := object.union(t.ai_input, {"config": {"thresholds": {"max_ai_changed_lines": 10}, "rules": {"ai-change-size": {"enabled": false}}}})
	count(warn) == 0 with input as doc
}
