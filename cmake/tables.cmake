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

# The page contract (assets/page-contract.json): what the app and the page's
# script both read, written for each side (scripts/build/make_contract.py).
set(LESTARI_CONTRACT_H "${LESTARI_GENERATED_DIR}/lestari/page_contract.h")
set(LESTARI_CONTRACT_JS "${LESTARI_GENERATED_DIR}/page_contract.js")
add_custom_command(OUTPUT "${LESTARI_CONTRACT_H}" "${LESTARI_CONTRACT_JS}"
  COMMAND "${LESTARI_PYTHON}" "${PROJECT_SOURCE_DIR}/scripts/build/make_contract.py"
          "${LESTARI_ASSETS_DIR}/page-contract.json" "${LESTARI_CONTRACT_H}" "${LESTARI_CONTRACT_JS}"
  DEPENDS "${PROJECT_SOURCE_DIR}/scripts/build/make_contract.py" "${LESTARI_ASSETS_DIR}/page-contract.json"
  COMMENT "Writing the page contract for C++ and JavaScript")
add_custom_target(lestari_contract DEPENDS "${LESTARI_CONTRACT_H}" "${LESTARI_CONTRACT_JS}")
