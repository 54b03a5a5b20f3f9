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
		"remediation": approval_remediation(input.config.approvers.protected, "a code owner of these paths"),
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
		"remediation": approval_remediation(input.config.approvers.security, "a maintainer who owns the gate"),
		"evidence": {"gate_files": paths, "touched": touched, "approvers": input.config.approvers.security},
	}
}

ai_note := "AI-assisted " if {
	lib.ai_assisted
} else := ""

approver_description(logins) := sprintf("one of %s", [concat(", ", logins)]) if {
	count(logins) > 0
} else := "a human with write access other than the author"

# Who to ask, by name when the configuration names them, and on which commit.
approval_remediation(logins, fallback) := sprintf("Request a review from %s. The approval must be given on the head commit %s; an approval of an earlier commit does not count, and neither does the author's own or a bot's.", [
	concat(" or ", [sprintf("`%s`", [l]) | some l in logins]),
	substring(lib.head_sha, 0, 7),
]) if {
	count(logins) > 0
} else := sprintf("Request a review from %s (any human with write access other than the author). The approval must be given on the head commit %s; an approval of an earlier commit does not count.", [
	fallback,
	substring(lib.head_sha, 0, 7),
])
