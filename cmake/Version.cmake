# SPDX-License-Identifier: GPL-3.0-or-later
# The version, from one place: project(VERSION) plus `git describe` when building from a checkout.
# SG_VERSION_FULL: "0.1.0" for a tagged release (v0.1.0), else "0.1.0+<commits>.g<hash>[.dirty]".
set(SG_VERSION_FULL "${PROJECT_VERSION}")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${CMAKE_SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT_EXECUTABLE}" describe --tags --long --always --dirty --match "v[0-9]*"
                    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" OUTPUT_VARIABLE _describe
                    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE _rc)
    if(_rc EQUAL 0 AND _describe MATCHES "^v[0-9.]+-([0-9]+)-g([0-9a-f]+)(-dirty)?$")
        if(NOT CMAKE_MATCH_1 STREQUAL "0" OR CMAKE_MATCH_3)
            set(SG_VERSION_FULL "${PROJECT_VERSION}+${CMAKE_MATCH_1}.g${CMAKE_MATCH_2}")
        endif()
    elseif(_rc EQUAL 0 AND _describe MATCHES "^([0-9a-f]+)(-dirty)?$")
        set(SG_VERSION_FULL "${PROJECT_VERSION}+g${CMAKE_MATCH_1}")
    endif()
    if(_describe MATCHES "-dirty$")
        string(APPEND SG_VERSION_FULL ".dirty")
    endif()
    # Configure again when HEAD moves, so the version never lags behind the checkout.
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/.git/HEAD")
    if(EXISTS "${CMAKE_SOURCE_DIR}/.git/refs/heads/main")
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/.git/refs/heads/main")
    endif()
endif()
message(STATUS "Sightglass version ${SG_VERSION_FULL}")
