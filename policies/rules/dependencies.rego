# METADATA
# title: Dependencies
# description: >-
#   In an AI-assisted change, a new dependency or a major upgrade needs a human
#   approver (approvers.protected, else any human with write access);
#   a downgrade warns.
package paved.rules.dependencies

import data.paved.lib

# Every rule id this package can emit, declared for the gate's catalog check.
rule_ids := {"ai-dependency-change", "dependency-downgrade"}

needs_approval := {"added", "major"}

# METADATA
# title: ai-dependency-change
deny contains finding if {
	lib.enabled("ai-dependency-change")
	lib.ai_assisted
	not lib.approved_by_one_of(input.config.approvers.protected)
	some dep in input.security.dependencies.changes
	dep.change in needs_approval
	finding := {
		"rule": "ai-dependency-change",
		"message": sprintf("AI-assisted change %s %s %s in %s; a human must approve new dependencies and major upgrades.", [
			verb(dep),
			dep.ecosystem,
			describe(dep),
			dep.manifest,
		]),
		"file": dep.manifest,
		"evidence": dep,
	}
}

# METADATA
# title: dependency-downgrade
warn contains finding if {
	lib.enabled("dependency-downgrade")
	lib.ai_assisted
	some dep in input.security.dependencies.changes
	dep.change == "downgrade"
	finding := {
		"rule": "dependency-downgrade",
		"message": sprintf("AI-assisted change downgrades %s package %s from %s to %s in %s.", [dep.ecosystem, dep.name, dep.from, dep.to, dep.manifest]),
		"file": dep.manifest,
		"evidence": dep,
	}
}

verb(dep) := "adds" if dep.change == "added"

verb(dep) := "upgrades across a major version" if dep.change == "major"

describe(dep) := sprintf("package %s %s%s", [dep.name, dep.to, dev_note(dep)]) if dep.change == "added"

describe(dep) := sprintf("package %s from %s to %s%s", [dep.name, dep.from, dep.to, dev_note(dep)]) if dep.change == "major"

dev_note(dep) := " (dev)" if dep.dev == true

dev_note(dep) := "" if dep.dev != true
