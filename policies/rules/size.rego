# METADATA
# title: Change size
# description: >-
#   AI-assisted changes above thresholds.max_ai_changed_lines or
#   thresholds.max_ai_files warn. Lockfiles and generated files are not counted.
package paved.rules.size

import data.paved.lib

# Every rule id this package can emit, declared for the gate's catalog check.
rule_ids := {"ai-change-size"}

uncounted_kinds := {"lockfile", "generated"}

counted_files := [file | some file in input.files; not file.kind in uncounted_kinds]

# When GitHub truncated the file list, the change's own totals are the better count.
changed_lines := input.change.stats.additions + input.change.stats.deletions if {
	input.change.truncated.files
} else := sum([file.additions + file.deletions | some file in counted_files])

changed_files := input.change.stats.files if {
	input.change.truncated.files
} else := count(counted_files)

over_limit contains sprintf("%d changed lines (limit %d)", [changed_lines, limit]) if {
	limit := input.config.thresholds.max_ai_changed_lines
	changed_lines > limit
}

over_limit contains sprintf("%d files (limit %d)", [changed_files, limit]) if {
	limit := input.config.thresholds.max_ai_files
	changed_files > limit
}

# METADATA
# title: ai-change-size
warn contains finding if {
	lib.enabled("ai-change-size")
	lib.ai_assisted
	count(over_limit) > 0
	finding := {
		"rule": "ai-change-size",
		"message": sprintf("AI-assisted change is large: %s. Consider splitting it into smaller pull requests.", [concat(" and ", sort(over_limit))]),
		"evidence": {
			"changed_lines": changed_lines,
			"changed_files": changed_files,
			"max_ai_changed_lines": input.config.thresholds.max_ai_changed_lines,
			"max_ai_files": input.config.thresholds.max_ai_files,
		},
	}
}
