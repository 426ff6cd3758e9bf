"""Every session-state and widget key of the dashboard, named once (tests drive widgets by these)."""

from __future__ import annotations

# Find courses (sidebar filters and the results table)
SEARCH = "find_search"
FREE_ONLY = "find_free_only"
AAMA_ONLY = "find_aama_only"
CATEGORY = "find_category"
FORMAT = "find_format"
MAX_PRICE = "find_max_price"
MIN_CREDITS = "find_min_credits"
PROVIDER = "find_provider"
HIDE_STALE = "find_hide_stale"
SORT = "find_sort"
PAGE = "find_page"
RESULTS_TABLE = "find_results_table"  # + "_<TABLE_VERSION>"
TABLE_VERSION = "find_table_version"
LAST_QUERY = "find_last_query"
OPEN_CHOICE = "find_open_choice"
OPEN_BUTTON = "find_open_button"

# Course page
SELECTED_COURSE = "course_selected_id"  # the course id the Course page shows
COURSE_ADD_TO_PLAN = "course_add_to_plan"

# My plan
CREDENTIAL = "plan_credential"
CERTIFIED = "plan_certified"
TRANSCRIPT_ROWS = "plan_transcript_rows"  # the rows the editor starts from (list of dicts)
TRANSCRIPT_VERSION = "plan_transcript_version"  # bumped to reset the editor after an upload
TRANSCRIPT_EDITOR = "plan_transcript_editor"
TRANSCRIPT_UPLOAD = "plan_transcript_upload"
TRANSCRIPT_LOADED = "plan_transcript_loaded"  # name+size of the last upload applied
TRANSCRIPT_DOWNLOAD = "plan_transcript_download"
BUDGET = "plan_budget"
PLAN_FREE_ONLY = "plan_free_only"
PLAN_ONLINE_ONLY = "plan_online_only"
PLAN_AAMA_ONLY = "plan_aama_only"
OBJECTIVE = "plan_objective"
FILL_GAPS = "plan_fill_gaps"
PLAN_COURSES = "plan_courses"  # list of course records in the plan
PLAN_RESULT = "plan_result"  # the last make_plan result (feasible, reason, processing)
PLAN_ADDED = "plan_added_urls"  # chosen by hand: kept when the gaps are filled again
PLAN_REMOVED = "plan_removed_urls"  # removed by hand: never chosen again
ADD_SEARCH = "plan_add_search"
ADD_CHOICE = "plan_add_choice"
ADD_BUTTON = "plan_add_button"
REMOVE_CHOICE = "plan_remove_choice"
REMOVE_BUTTON = "plan_remove_button"
DOWNLOAD_PREFIX = "plan_download_"  # + csv | xlsx | ics | html


