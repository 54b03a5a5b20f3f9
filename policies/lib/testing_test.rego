# Shared test inputs for the default pack's unit tests. `base_input` is a
# small human pull request with the default configuration (the subset the
# policies read; action/src/policies.test.ts checks it matches
# action/src/input/config.ts). Tests derive variants with object.union.
package paved.testing

head_sha := "8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a"

config := {
	"protected_paths": [
		".github/workflows/**",
		".github/actions/**",
		"infra/**",
		"terraform/**",
		"**/*.tf",
		"**/auth/**",
		"**/crypto/**",
		"CODEOWNERS",
		".github/CODEOWNERS",
		"docs/CODEOWNERS",
		"policies/**",
		"**/*.rego",
		"paved.yml",
		".github/paved.yml"
	],
	"gate_paths": {
		"policies": [
			"policies/**",
			"**/*.rego"
		],
		"config": [
			"paved.yml",
			".github/paved.yml"
		],
		"workflows": [
			".github/workflows/**"
		]
	},
	"thresholds": {
		"diff_coverage": 80,
		"max_ai_changed_lines": 1000,
		"max_ai_files": 50,
		"security_severity_block": 7
	},
	"approvers": {
		"security": [],
		"protected": [],
		"waivers": []
	},
	"disclosure": {
		"required": false,
		"labels": [
			"ai-assisted",
			"ai-generated"
		],
		"trailers": [
			"Assisted-by",
			"Generated-by",
			"AI-Assisted"
		]
	},
	"required_checks": [],
	"strict_truncation": false,
	"rules": {}
}

source_file := {
	"path": "src/orders/discount.ts",
	"previous_path": null,
	"status": "modified",
	"additions": 12,
	"deletions": 3,
	"binary": false,
	"patch_available": true,
	"kind": "source",
	"kinds": ["source"],
	"added_lines": [{"line": 41, "text": "export function applyDiscount(total: number, code: string): number {"}],
}

spec_file := {
	"path": "src/orders/discount.test.ts",
	"previous_path": null,
	"status": "modified",
	"additions": 20,
	"deletions": 0,
	"binary": false,
	"patch_available": true,
	"kind": "test",
	"kinds": ["test", "source"],
	"added_lines": [{"line": 12, "text": "  it('applies a 10% code', () => {"}],
}

file(path, kind) := object.union(source_file, {"path": path, "kind": kind, "kinds": [kind]})

human_commit := {
	"sha": "1111111111111111111111111111111111111111",
	"message": "Apply discount codes at checkout",
	"subject": "Apply discount codes at checkout",
	"trailers": [],
	"author": {"name": "Dana Developer", "email": "dana@example.com", "login": "dana", "date": "2026-11-20T10:00:00Z"},
	"committer": {"name": "Dana Developer", "email": "dana@example.com", "login": "dana", "date": "2026-11-20T10:00:00Z"},
	"verified": false,
	"parents": 1,
}

ai_commit := object.union(human_commit, {
	"sha": "2222222222222222222222222222222222222222",
	"message": "Apply discount codes at checkout\n\nCo-Authored-By: Claude <noreply@anthropic.com>",
	"trailers": [{"key": "Co-Authored-By", "value": "Claude <noreply@anthropic.com>"}],
})

not_evaluated := {"evaluated": false, "reason": "no report given"}

base_input := {
	"schema": "paved/input/v1",
	"source": {"kind": "fixture", "collected_at": "2026-11-20T10:05:00Z", "paved_version": "0.1.0"},
	"repository": {"owner": "acme", "name": "shop", "full_name": "acme/shop", "default_branch": "main", "private": false},
	"change": {
		"number": 42,
		"title": "Apply discount codes at checkout",
		"body": "",
		"draft": false,
		"url": "https://github.com/acme/shop/pull/42",
		"author": {"login": "dana", "type": "User"},
		"labels": [],
		"base": {"ref": "main", "sha": "0000000000000000000000000000000000000000"},
		"head": {"ref": "feature/discounts", "sha": head_sha, "repo_full_name": "acme/shop"},
		"fork": false,
		"stats": {"files": 2, "additions": 32, "deletions": 3, "commits": 1},
		"truncated": {"files": false, "commits": false, "patches": false},
	},
	"files": [source_file, spec_file],
	"commits": [human_commit],
	"reviews": [],
	"gate": {"policies": false, "config": false, "workflows": false, "files": []},
	"provenance": {
		"evaluated": true,
		"reason": null,
		"ai_assisted": false,
		"agents": [],
		"ai_commit_share": 0,
		"ai_line_share": null,
		"evidence": [],
		"commits": [],
		"sources": [],
	},
	"tests": {
		"evaluated": true,
		"reason": null,
		"junit": {"evaluated": true, "reason": null, "reports": ["reports/junit.xml"], "total": 24, "passed": 24, "failed": 0, "errors": 0, "skipped": 0, "failures": []},
		"coverage": object.union(not_evaluated, {"reports": [], "overall_percent": null, "diff": {"executable": 0, "covered": 0, "percent": null, "files": []}}),
		"checks": object.union(not_evaluated, {"runs": []}),
		"changed": {"source_files": 1, "test_files": 1},
	},
	"security": {
		"evaluated": true,
		"reason": null,
		"sarif": object.union(not_evaluated, {"reports": [], "tools": [], "findings": []}),
		"secrets": {"evaluated": true, "reason": null, "findings": []},
		"dependencies": {"evaluated": true, "reason": null, "changes": []},
		"code_scanning": object.union(not_evaluated, {"findings": []}),
	},
	"config": config,
}

claude_evidence := {
	"source": "commit-trailer",
	"agent": "claude-code",
	"detail": "Co-Authored-By: Claude <noreply@anthropic.com>",
	"confidence": "high",
	"commit": ai_commit.sha,
	"signal": "claude-code-coauthor",
}

ai_provenance := object.union(base_input.provenance, {
	"ai_assisted": true,
	"agents": ["claude-code"],
	"ai_commit_share": 1,
	"evidence": [claude_evidence],
})

# The same pull request, written with Claude Code.
ai_input := object.union(base_input, {"commits": [ai_commit], "provenance": ai_provenance})

review(id, login, association, state) := {
	"id": id,
	"user": {"login": login, "type": "User"},
	"state": state,
	"body": "",
	"author_association": association,
	"submitted_at": "2026-11-20T11:00:00Z",
	"commit_id": head_sha,
}

# An approving review on the head commit by a member.
approval(id, login) := review(id, login, "MEMBER", "APPROVED")

# Rule ids in a set of findings.
ids(findings) := {f.rule | some f in findings}

