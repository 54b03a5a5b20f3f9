package paved.rules.dependencies

import data.paved.testing as t

dep(name, from, to, change) := {
	"ecosystem": "npm",
	"manifest": "package.json",
	"name": name,
	"from": from,
	"to": to,
	"change": change,
	"dev": false,
}

with_deps(doc, deps) := object.union(doc, {"security": {"dependencies": {"changes": deps}}})

test_ai_added_dependency_is_denied if {
	some finding in deny with input as with_deps(t.ai_input, [dep("left-pad", null, "^1.3.0", "added")])
	finding.rule == "ai-dependency-change"
	finding.file == "package.json"
	finding.message == "AI-assisted change adds npm package left-pad ^1.3.0 in package.json; a human must approve new dependencies and major upgrades."
}

test_ai_major_upgrade_is_denied if {
	some finding in deny with input as with_deps(t.ai_input, [dep("express", "^4.19.2", "^5.1.0", "major")])
	finding.message == "AI-assisted change upgrades across a major version npm package express from ^4.19.2 to ^5.1.0 in package.json; a human must approve new dependencies and major upgrades."
}

test_dev_dependency_is_labelled if {
	dev := object.union(dep("vitest", null, "^4.0.0", "added"), {"dev": true})
	some finding in deny with input as with_deps(t.ai_input, [dev])
	contains(finding.message, "vitest ^4.0.0 (dev)")
}

test_minor_and_patch_updates_pass if {
	deps := [dep("zod", "^3.22.0", "^3.23.8", "minor"), dep("tslib", "2.6.2", "2.6.3", "patch"), dep("old", "1.0.0", null, "removed")]
	count(deny) == 0 with input as with_deps(t.ai_input, deps)
}

test_human_approval_satisfies if {
	approved := object.union(with_deps(t.ai_input, [dep("express", "^4.19.2", "^5.1.0", "major")]), {"reviews": [t.approval(7, "maria")]})
	not "ai-dependency-change" in t.ids(deny) with input as approved
}

test_human_authored_dependency_change_passes if {
	not "ai-dependency-change" in t.ids(deny) with input as with_deps(t.base_input, [dep("left-pad", null, "^1.3.0", "added")])
}

test_ai_downgrade_warns if {
	some finding in warn with input as with_deps(t.ai_input, [dep("lodash", "4.17.21", "4.17.15", "downgrade")])
	finding.rule == "dependency-downgrade"
	finding.message == "AI-assisted change downgrades npm package lodash from 4.17.21 to 4.17.15 in package.json."
	not "ai-dependency-change" in t.ids(deny) with input as with_deps(t.ai_input, [dep("lodash", "4.17.21", "4.17.15", "downgrade")])
}

test_human_downgrade_is_silent if {
	not "dependency-downgrade" in t.ids(warn) with input as with_deps(t.base_input, [dep("lodash", "4.17.21", "4.17.15", "downgrade")])
}

test_remediation_links_the_registry_page if {
	some finding in deny with input as with_deps(t.ai_input, [dep("left-pad", null, "^1.3.0", "added")])
	startswith(finding.remediation, "Check that `left-pad` is the package you meant (no typo-squat), maintained, and licensed acceptably: https://www.npmjs.com/package/left-pad. Then a human")
	pypi := object.union(dep("requests", "2.32.3", "3.0.0", "major"), {"ecosystem": "pypi", "manifest": "requirements.txt"})
	some major in deny with input as with_deps(t.ai_input, [pypi])
	contains(major.remediation, "https://pypi.org/project/requests/. Read its changelog")
}

test_only_downgrades_warn if {
	count(warn) == 0 with input as with_deps(t.ai_input, [dep("zod", "^3.22.0", "^3.23.8", "minor"), dep("left-pad", null, "^1.3.0", "added")])
}

test_rules_can_be_switched_off if {
	off := object.union(t.ai_input, {"config": {"rules": {"ai-dependency-change": {"enabled": false}, "dependency-downgrade": {"enabled": false}}}})
	doc := with_deps(off, [dep("left-pad", null, "^1.3.0", "added"), dep("lodash", "4.17.21", "4.17.15", "downgrade")])
	count(deny) == 0 with input as doc
	count(warn) == 0 with input as doc
}

test_unversioned_dependency_reads_well if {
	git_dep := object.union(dep("internal-ui", null, null, "added"), {"ecosystem": "go", "manifest": "go.mod"})
	some finding in deny with input as with_deps(t.ai_input, [git_dep])
	finding.message == "AI-assisted change adds go package internal-ui (unversioned) in go.mod; a human must approve new dependencies and major upgrades."
}
