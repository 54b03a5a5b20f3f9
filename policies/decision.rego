# METADATA
# title: Paved decision
# description: >-
#   The entrypoint paved/decision. Collects deny and warn from every package
#   under paved.rules (the default pack and any package you add there),
#   applies waivers, and declares the rule ids the pack defines.
# entrypoint: true
package paved.decision

import data.paved.lib

# The value of this package is the decision document: every rule below is
# part of it, so intermediate results are kept out of rule names (functions
# are not part of the document).

# Findings of every policy package under paved.rules, minus the waived ones.
deny contains finding if {
	some finding in data.paved.rules[_].deny
	not waiver_for(finding.rule)
}

warn contains finding if {
	some finding in data.paved.rules[_].warn
}

waived contains waived_finding if {
	some finding in data.paved.rules[_].deny
	waiver := waiver_for(finding.rule)
	waived_finding := object.union(finding, {"waiver": waiver})
}

# Every rule id the packages declare, for the gate's check against the catalog.
rules contains rule_id if {
	some rule_id in data.paved.rules[_].rule_ids
}

# Waivers: an APPROVED review on the head commit by a login listed in
# approvers.waivers, never the PR author, a bot or an agent, whose body has a
# line `/paved waive <rule-id>: <reason>`. A rule can opt out of waivers with
# `rules.<id>.waivable: false`, or be made unwaivable by the policies' owners
# (paved_limits.unwaivable_rules). Part of the decision document: every waiver
# granted, used or not, for the audit trail.
granted_waivers contains {"rule": rule_id, "by": review.user.login, "reason": reason, "review_id": review.id} if {
	some review in lib.current_approvals
	lib.independent_human(review.user)
	lib.login_of(review.user) in {lower(l) | some l in input.config.approvers.waivers}
	some line in split(replace(review.body, "\r", ""), "\n")
	[rule_id, reason] := parse_waiver(trim_space(line))
	lib.waivable(rule_id)
}

parse_waiver(line) := [trim_space(rule_id), trim_space(reason)] if {
	command := "/paved waive "
	startswith(line, command)
	rest := substring(line, count(command), -1)
	colon := indexof(rest, ":")
	colon > 0
	rule_id := substring(rest, 0, colon)
	reason := substring(rest, colon + 1, -1)
	trim_space(reason) != ""
	regex.match(`^[a-z0-9-]+$`, trim_space(rule_id))
}

# The earliest review that waives a rule, so each waived finding cites one waiver.
waiver_for(rule_id) := {"by": first[2], "reason": first[1], "review_id": first[0]} if {
	candidates := sort([[w.review_id, w.reason, w.by] | some w in granted_waivers; w.rule == rule_id])
	first := candidates[0]
}
