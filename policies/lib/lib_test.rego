package paved.lib

test_glob_variants if {
	glob_variants("**/auth/**") == {"**/auth/**", "auth/**"}
	glob_variants("src/**/db/*.ts") == {"src/**/db/*.ts", "src/db/*.ts"}
	glob_variants("**/a/**/b") == {"**/a/**/b", "a/**/b", "**/a/b"}
	glob_variants("paved.yml") == {"paved.yml"}
	glob_variants("a/**/b/**/c") == {"a/**/b/**/c", "a/b/c"}
}

test_glob_matches_like_minimatch if {
	glob_matches("**/auth/**", "auth/login.ts")
	glob_matches("**/auth/**", "src/auth/deep/login.ts")
	glob_matches("src/**/db/*.ts", "src/db/users.ts")
	glob_matches(".github/workflows/**", ".github/workflows/ci.yml")
	not glob_matches("**/auth/**", "src/authors/list.ts")
	not glob_matches("*.tf", "infra/main.tf")
}

test_expanded_globs if {
	expanded_globs(["**/auth/**", "docs/**"]) == {"**/auth/**", "auth/**", "docs/**"}
	expanded_globs([]) == set()
}

test_summarize if {
	summarize(["a", "b"], 3) == "a, b"
	summarize(["a", "b", "c", "d", "e"], 3) == "a, b, c and 2 more"
}

test_setting_reads_rule_settings_with_default if {
	setting("x", "waivable", true) == false with input as {"config": {"rules": {"x": {"waivable": false}}}}
	setting("x", "waivable", true) == true with input as {"config": {"rules": {}}}
}

test_enabled_unless_switched_off if {
	enabled("x") with input as {"config": {"rules": {}}}
	enabled("x") with input as {"config": {"rules": {"x": {"enabled": true}}}}
	not enabled("x") with input as {"config": {"rules": {"x": {"enabled": false}}}}
}

test_glob_alternation_joins_plain_globs_only if {
	glob_alternation({"a/**", "**/*.{ts,js}", "b/*"}) == "{a/**,b/*}"
	glob_leftovers({"a/**", "**/*.{ts,js}", "b/*"}) == {"**/*.{ts,js}"}
	not glob_alternation({"**/*.{ts,js}"})
	glob.match(glob_alternation({"**/auth/**", "auth/**", "**/*.tf"}), ["/"], "auth/x.ts")
}

approval_on_head(id, login) := {"id": id, "user": {"login": login, "type": "User"}, "state": "APPROVED", "author_association": "MEMBER", "commit_id": "h"}

review_of(id, login, state) := object.union(approval_on_head(id, login), {"state": state})

doc_with_reviews(reviews) := {"change": {"head": {"sha": "h"}, "author": {"login": "dana", "type": "User"}}, "reviews": reviews}

test_changes_requested_before_an_approval_does_not_withdraw_it if {
	approved_by_one_of([]) with input as doc_with_reviews([review_of(1, "maria", "CHANGES_REQUESTED"), approval_on_head(2, "maria")])
}

test_another_reviewer_requesting_changes_does_not_withdraw_an_approval if {
	approved_by_one_of([]) with input as doc_with_reviews([approval_on_head(1, "maria"), review_of(2, "tom", "CHANGES_REQUESTED")])
	not approved_by_one_of([]) with input as doc_with_reviews([approval_on_head(1, "maria"), review_of(2, "Maria", "DISMISSED")])
}

test_approver_list_is_case_insensitive_and_exclusive if {
	approved_by_one_of(["Maria"]) with input as doc_with_reviews([approval_on_head(1, "maria")])
	not approved_by_one_of(["tom"]) with input as doc_with_reviews([approval_on_head(1, "maria")])
}

test_locked_rules_cannot_be_switched_off if {
	off := {"config": {"rules": {"x": {"enabled": false}}}}
	enabled("x") with input as off with data.paved_limits.locked_rules as ["x"]
	not enabled("x") with input as off with data.paved_limits.locked_rules as ["y"]
}

test_waivable_needs_both_the_bundle_and_the_config if {
	waivable("x") with input as {"config": {"rules": {}}}
	not waivable("x") with input as {"config": {"rules": {"x": {"waivable": false}}}}
	not waivable("x") with input as {"config": {"rules": {}}} with data.paved_limits.unwaivable_rules as ["x"]
}

test_limits_default_to_none_without_data if {
	locked_rules == [] with data.paved_limits as {}
	unwaivable_rules == [] with data.paved_limits as {}
}
