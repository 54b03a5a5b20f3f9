# METADATA
# title: Provenance disclosure
# description: >-
#   When disclosure.required is set, an AI-assisted change must carry one of
#   disclosure.labels or a commit trailer from disclosure.trailers.
package paved.rules.disclosure

import data.paved.lib

# Every rule id this package can emit, declared for the gate's catalog check.
rule_ids := {"ai-disclosure"}

disclosed if {
	some label in input.change.labels
	lower(label) in {lower(l) | some l in input.config.disclosure.labels}
}

disclosed if {
	some commit in input.commits
	some trailer in commit.trailers
	lower(trailer.key) in {lower(k) | some k in input.config.disclosure.trailers}
}

# METADATA
# title: ai-disclosure
warn contains finding if {
	lib.enabled("ai-disclosure")
	input.config.disclosure.required == true
	lib.ai_assisted
	not disclosed
	signs := sort({sprintf("%s (%s)", [e.agent, e.source]) | some e in input.provenance.evidence})
	finding := {
		"rule": "ai-disclosure",
		"message": sprintf("The change shows signs of AI assistance (%s) but carries no disclosure label (%s) or trailer (%s).", [
			lib.summarize(signs, 3),
			concat(", ", input.config.disclosure.labels),
			concat(", ", input.config.disclosure.trailers),
		]),
		"evidence": {"agents": input.provenance.agents, "signals": signs},
	}
}
