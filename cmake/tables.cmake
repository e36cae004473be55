# The checklist and the translations as pre-parsed tables
# (scripts/build/make_tables.py): the browser build embeds these instead of
# the JSON, and the native tests check that both give the same content.
set(LESTARI_TABLES "${LESTARI_GENERATED_DIR}/checklist.table" "${LESTARI_GENERATED_DIR}/strings.table")
add_custom_command(OUTPUT ${LESTARI_TABLES}
  COMMAND "${LESTARI_PYTHON}" "${PROJECT_SOURCE_DIR}/scripts/build/make_tables.py"
          "${LESTARI_ASSETS_DIR}/checklist.json" "${LESTARI_ASSETS_DIR}/strings.json" ${LESTARI_TABLES}
  DEPENDS "${PROJECT_SOURCE_DIR}/scripts/build/make_tables.py"
          "${LESTARI_ASSETS_DIR}/checklist.json" "${LESTARI_ASSETS_DIR}/strings.json"
  COMMENT "Pre-parsing the checklist and the translations")
add_custom_target(lestari_tables DEPENDS ${LESTARI_TABLES})
