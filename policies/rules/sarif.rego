# METADATA
# title: Code scanning
# description: >-
#   SARIF and code-scanning findings on lines this change adds: error level or
#   security-severity at or above thresholds.security_severity_block blocks;
#   lower findings warn. Findings on unchanged lines are not this change's.
package paved.rules.sarif

import data.paved.lib

# Every rule id this package can emit, declared for the gate's catalog check.
rule_ids := {"sarif-blocking-finding", "sarif-finding"}

findings_on_changed_lines contains result if {
	some result in array.concat(input.security.sarif.findings, input.security.code_scanning.findings)
	result.on_changed_line == true
}

blocking(result) if result.level == "error"

blocking(result) if {
	is_number(result.security_severity)
	result.security_severity >= input.config.thresholds.security_severity_block
}

worth_warning(result) if result.level in {"warning", "error"}

worth_warning(result) if {
	is_number(result.security_severity)
	result.security_severity > 0
}

# METADATA
# title: sarif-blocking-finding
deny contains finding if {
	lib.enabled("sarif-blocking-finding")
	some result in findings_on_changed_lines
	blocking(result)
	finding := sarif_finding("sarif-blocking-finding", result)
}

# METADATA
# title: sarif-finding
warn contains finding if {
	lib.enabled("sarif-finding")
	some result in findings_on_changed_lines
	not blocking(result)
	worth_warning(result)
	finding := sarif_finding("sarif-finding", result)
}

sarif_finding(rule_id, result) := object.union(location(result), {
	"rule": rule_id,
	"message": sprintf("%s %s (%s%s): %s", [result.tool, result.rule, result.level, severity_note(result), lib.first_line(result.message)]),
	"evidence": {
		"tool": result.tool,
		"tool_rule": result.rule,
		"level": result.level,
		"security_severity": result.security_severity,
	},
})

severity_note(result) := sprintf(", security-severity %v", [result.security_severity]) if {
	is_number(result.security_severity)
} else := ""

location(result) := {"file": result.file, "line": result.line} if {
	is_string(result.file)
	is_number(result.line)
} else := {"file": result.file} if {
	is_string(result.file)
} else := {}
