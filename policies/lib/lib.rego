# METADATA
# title: Paved policy library
# description: >-
#   Helpers shared by the default pack: provenance, rule switches, path
#   globs and who counts as a human approver. Not aggregated by
#   paved.decision (only packages under paved.rules are).
package paved.lib

# The change shows AI assistance. `null` (no evidence, some source unreadable)
# is not `true`: rules for AI-assisted changes do not apply then. When
# provenance could not be evaluated at all, paved.rules.evidence warns.
ai_assisted if input.provenance.ai_assisted == true

# A rule runs unless paved.yml switches it off with `rules.<id>.enabled: false`,
# and always when the owners of the policy bundle locked it.
enabled(rule_id) if not input.config.rules[rule_id].enabled == false

enabled(rule_id) if rule_id in locked_rules

# Limits the owners of the policies set in policies/paved_limits/data.json
# (or their bundle's data): a repository's paved.yml cannot loosen them.
default locked_rules := []

locked_rules := data.paved_limits.locked_rules

default unwaivable_rules := []

unwaivable_rules := data.paved_limits.unwaivable_rules

# Waivers for the rule are allowed by both the bundle and paved.yml.
waivable(rule_id) if {
	not rule_id in unwaivable_rules
	setting(rule_id, "waivable", true) == true
}

# A rule's own setting from `rules.<id>.<key>`, else the default given.
setting(rule_id, key, default_value) := object.get(input.config.rules, [rule_id, key], default_value)

head_sha := input.change.head.sha

default author_login := ""

author_login := login_of(input.change.author)

# Logins of coding agents that act through user-type or app accounts. Agents
# never approve, never waive.
agent_logins := {
	"copilot",
	"copilot-swe-agent",
	"codex",
	"openai-code-agent",
	"openhands-agent",
	"roomote",
}

# Lower-cased login; undefined for an actor without one (a deleted account),
# so that such an actor never matches a list and never counts as a human.
login_of(actor) := lower(actor.login) if is_string(actor.login)

is_agent(actor) if actor.type != "User"

is_agent(actor) if not login_of(actor)

is_agent(actor) if endswith(login_of(actor), "[bot]")

is_agent(actor) if login_of(actor) in agent_logins

# A human who is not the PR author. Self-approval and agent approval never count.
independent_human(actor) if {
	not is_agent(actor)
	login_of(actor) != author_login
}

write_access_associations := {"OWNER", "MEMBER", "COLLABORATOR"}

# Reviews still standing: APPROVED on the current head commit, not followed by
# a later CHANGES_REQUESTED or DISMISSED review from the same reviewer.
current_approvals contains review if {
	some review in input.reviews
	review.state == "APPROVED"
	review.commit_id == head_sha
	not withdrawn(review)
}

withdrawn(review) if {
	some later in input.reviews
	later.id > review.id
	login_of(later.user) == login_of(review.user)
	later.state in {"CHANGES_REQUESTED", "DISMISSED"}
}

# `logins` lists who may approve. Team slugs (org/team) cannot be resolved
# from the input document, so only logins match. An empty list means: any
# independent human with write access.
approved_by_one_of(logins) if {
	some review in current_approvals
	independent_human(review.user)
	login_of(review.user) in {lower(l) | some l in logins}
}

approved_by_one_of(logins) if {
	count(logins) == 0
	some review in current_approvals
	independent_human(review.user)
	review.author_association in write_access_associations
}

# glob.match with minimatch's meaning of `**/` (zero or more directories), so
# that globs in paved.yml mean the same here as in the collector.
glob_matches(pattern, path) if {
	some variant in glob_variants(pattern)
	glob.match(variant, ["/"], path)
}

# The OPA globs that together match what one minimatch glob matches:
# `**/x` also matches `x`, and `a/**/b` also matches `a/b`.
glob_variants(pattern) := {pattern, replace(pattern, "/**/", "/")} | leading_variant(pattern)

leading_variant(pattern) := {substring(pattern, 3, -1)} if {
	startswith(pattern, "**/")
} else := set()

# Expand a list of globs once, rather than per path (3,000 files meet every glob).
expanded_globs(patterns) := {variant | some pattern in patterns; some variant in glob_variants(pattern)}

# Many globs as one alternation `{a,b,c}`: one glob.match per path instead of
# one per glob. Only globs without braces or commas of their own are joined;
# glob_leftovers lists the others, to be matched one by one.
glob_alternation(globs) := sprintf("{%s}", [concat(",", joinable)]) if {
	joinable := [g | some g in globs; not regex.match(`[{},]`, g)]
	count(joinable) > 0
}

glob_leftovers(globs) := {g | some g in globs; regex.match(`[{},]`, g)}

changed_source_files contains file if {
	some file in input.files
	file.kind == "source"
	file.status != "removed"
}

# Test files the change adds to: deleting tests, or only deleting lines from
# them, proves nothing about new code.
changed_test_files contains file if {
	some file in input.files
	file.kind == "test"
	file.additions > 0
}

# The first line of a tool's message, capped: findings are one-liners; the
# evidence and the report files keep the rest.
first_line(text) := substring(split(trim_space(text), "\n")[0], 0, 240)

# "a, b, c and 2 more" for messages.
summarize(names, limit) := concat(", ", names) if count(names) <= limit

summarize(names, limit) := sprintf("%s and %d more", [concat(", ", array.slice(names, 0, limit)), count(names) - limit]) if {
	count(names) > limit
}
