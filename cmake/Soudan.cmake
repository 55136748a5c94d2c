# Helpers shared by every layer.

# soudan_add_library(NAME <Layer> SOURCES … LIBS … [PRIVATE_LIBS …])
# A static library target soudan_<layer> with the alias Soudan::<Layer>. LIBS are the libraries
# whose types its headers show (its users get them too); PRIVATE_LIBS those it only uses inside.
function(soudan_add_library)
    cmake_parse_arguments(arg "" "NAME" "SOURCES;LIBS;PRIVATE_LIBS" ${ARGN})
    string(TOLOWER "${arg_NAME}" lower)
    set(target soudan_${lower})
    qt_add_library(${target} STATIC ${arg_SOURCES})
    add_library(Soudan::${arg_NAME} ALIAS ${target})
    target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}")
    target_link_libraries(${target} PUBLIC ${arg_LIBS} PRIVATE ${arg_PRIVATE_LIBS})
    list(TRANSFORM arg_SOURCES PREPEND "${CMAKE_CURRENT_SOURCE_DIR}/" OUTPUT_VARIABLE absolute)
    set_property(GLOBAL APPEND PROPERTY SOUDAN_TR_SOURCES ${absolute})
endfunction()

# soudan_add_test(NAME <name> SOURCES … LIBS … [WRAPPER <script>])
# One QtTest executable per behaviour area, registered with CTest under its name; a WRAPPER
# script runs it (for example in a desktop session of its own).
function(soudan_add_test)
    cmake_parse_arguments(arg "" "NAME;TIMEOUT;WRAPPER" "SOURCES;LIBS;LABELS" ${ARGN})
    set(target test_${arg_NAME})
    qt_add_executable(${target} ${arg_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test ${arg_LIBS})
    target_compile_definitions(${target} PRIVATE
        SOUDAN_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
        SOUDAN_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    if(arg_WRAPPER)
        add_test(NAME ${arg_NAME} COMMAND "${arg_WRAPPER}" $<TARGET_FILE:${target}>)
    else()
        add_test(NAME ${arg_NAME} COMMAND ${target})
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set_tests_properties(${arg_NAME} PROPERTIES
        TIMEOUT ${arg_TIMEOUT}
        LABELS "${arg_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
endfunction()
