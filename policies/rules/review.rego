# METADATA
# title: Human review
# description: >-
#   AI-assisted changes to protected paths need a human approver; changes to
#   the gate itself need a security approver.
package paved.rules.review

import data.paved.lib

# Every rule id this package can emit, declared for the gate's catalog check.
rule_ids := {"protected-path-needs-approval", "gate-self-modification"}

protected_globs := lib.expanded_globs(input.config.protected_paths)

protected_alternation := lib.glob_alternation(protected_globs)

protected_leftovers := lib.glob_leftovers(protected_globs)

gate_files := {path | some path in input.gate.files}

# Gate files are judged by gate-self-modification, which asks for more. A
# rename touches its old path too. (Two rules rather than a helper returning
# both paths: this runs for every file of a 3,000-file change.)
protected_files contains file.path if {
	some file in input.files
	not gate_files[file.path]
	protected(file.path)
}

protected_files contains file.path if {
	some file in input.files
	not gate_files[file.path]
	is_string(file.previous_path)
	protected(file.previous_path)
}

protected(path) if glob.match(protected_alternation, ["/"], path)

protected(path) if {
	some glob in protected_leftovers
	glob.match(glob, ["/"], path)
}

# METADATA
# title: protected-path-needs-approval
deny contains finding if {
	lib.enabled("protected-path-needs-approval")
	lib.ai_assisted
	count(protected_files) > 0
	not lib.approved_by_one_of(input.config.approvers.protected)
	paths := sort(protected_files)
	finding := {
		"rule": "protected-path-needs-approval",
		"message": sprintf("AI-assisted change touches protected path(s) %s and has no approving review from %s on the head commit %s.", [
			lib.summarize(paths, 5),
			approver_description(input.config.approvers.protected),
			substring(lib.head_sha, 0, 7),
		]),
		"file": paths[0],
		"evidence": {"protected_files": paths, "approvers": input.config.approvers.protected},
	}
}

# METADATA
# title: gate-self-modification
deny contains finding if {
	lib.enabled("gate-self-modification")
	count(input.gate.files) > 0
	not lib.approved_by_one_of(input.config.approvers.security)
	paths := sort(input.gate.files)
	touched := [part | some part in ["policies", "config", "workflows"]; input.gate[part]]
	finding := {
		"rule": "gate-self-modification",
		"message": sprintf("This %schange modifies the gate itself (%s: %s) and has no approving review from %s on the head commit %s.", [
			ai_note,
			concat(", ", touched),
			lib.summarize(paths, 5),
			approver_description(input.config.approvers.security),
			substring(lib.head_sha, 0, 7),
		]),
		"file": paths[0],
		"evidence": {"gate_files": paths, "touched": touched, "approvers": input.config.approvers.security},
	}
}

ai_note := "AI-assisted " if {
	lib.ai_assisted
} else := ""

approver_description(logins) := sprintf("one of %s", [concat(", ", logins)]) if {
	count(logins) > 0
} else := "a human with write access other than the author"
