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
		"remediation": sprintf("Check that `%s` is the package you meant (no typo-squat), maintained, and licensed acceptably: %s. %sThen a human reviewer with write access approves the head commit %s.", [
			dep.name,
			registry_page(dep),
			major_note(dep),
			substring(lib.head_sha, 0, 7),
		]),
		"evidence": dep,
	}
}

registry_page(dep) := sprintf("https://www.npmjs.com/package/%s", [dep.name]) if dep.ecosystem == "npm"

registry_page(dep) := sprintf("https://pypi.org/project/%s/", [dep.name]) if dep.ecosystem == "pypi"

registry_page(dep) := sprintf("https://pkg.go.dev/%s", [dep.name]) if dep.ecosystem == "go"

registry_page(dep) := sprintf("https://crates.io/crates/%s", [dep.name]) if dep.ecosystem == "cargo"

major_note(dep) := "Read its changelog for breaking changes between the two major versions and make sure tests cover the code that uses it. " if {
	dep.change == "major"
} else := ""

# METADATA
# title: dependency-downgrade
warn contains finding if {
	lib.enabled("dependency-downgrade")
	lib.ai_assisted
	some dep in input.security.dependencies.changes
	dep.change == "downgrade"
	finding := {
		"rule": "dependency-downgrade",
		"message": sprintf("AI-assisted change downgrades %s package %s from %s to %s in %s.", [dep.ecosystem, dep.name, version(dep.from), version(dep.to), dep.manifest]),
		"file": dep.manifest,
		"evidence": dep,
	}
}

verb(dep) := "adds" if dep.change == "added"

verb(dep) := "upgrades across a major version" if dep.change == "major"

describe(dep) := sprintf("package %s %s%s", [dep.name, version(dep.to), dev_note(dep)]) if dep.change == "added"

describe(dep) := sprintf("package %s from %s to %s%s", [dep.name, version(dep.from), version(dep.to), dev_note(dep)]) if dep.change == "major"

# A manifest may name no version (a git or path dependency).
version(v) := v if is_string(v)

version(v) := "(unversioned)" if not is_string(v)

dev_note(dep) := " (dev)" if dep.dev == true

dev_note(dep) := "" if dep.dev != true
