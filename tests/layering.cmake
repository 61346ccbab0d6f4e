# SPDX-License-Identifier: GPL-3.0-or-later
# The layering rules the include paths alone cannot enforce, run as the CTest test `layering`:
#   cmake -DSOURCE_DIR=<root> -DWIDGET_HEADERS=<QtWidgets;QtGui;… include dirs> -P tests/layering.cmake
# - app/ (the core) includes no header of Qt's GUI modules, however spelled (<QWidget> or
#   <QtWidgets/QWidget>), and nothing from ui/ or main/;
# - ui/ (the widgets) neither includes libpq nor calls it (PQexec, PQconnectdb …);
# - nothing but main/ includes main/.
# Each violation is listed with its file and the offending line; any violation fails the test.

cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR OR NOT WIDGET_HEADERS)
    message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=… -DWIDGET_HEADERS=… -P layering.cmake")
endif()

# Every header name Qt's GUI modules ship (QWidget, QColor, qpainter.h …).
set(gui_headers)
foreach(dir IN LISTS WIDGET_HEADERS)
    file(GLOB names RELATIVE ${dir} ${dir}/*)
    list(APPEND gui_headers ${names})
endforeach()
list(REMOVE_DUPLICATES gui_headers)
if(NOT gui_headers)
    message(FATAL_ERROR "no Qt GUI headers found in ${WIDGET_HEADERS}")
endif()

set(violations 0)
macro(report file what)
    file(RELATIVE_PATH rel ${SOURCE_DIR} ${file})
    message("${rel}: ${what}")
    math(EXPR violations "${violations} + 1")
endmacro()

# The core: no GUI header however spelled (<QWidget>, <QtWidgets/QWidget>), nothing from ui/ or main/.
file(GLOB_RECURSE core_files ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.in)
foreach(f IN LISTS core_files)
    file(STRINGS ${f} includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
        if(NOT line MATCHES "include[ \t]*([<\"])([^>\"]+)[>\"]")
            continue()
        endif()
        set(bracket ${CMAKE_MATCH_1})
        set(included ${CMAKE_MATCH_2})
        if(included MATCHES "^Qt(Widgets|Gui|Charts|Svg|SvgWidgets|PrintSupport|OpenGL|OpenGLWidgets)/")
            report(${f} "the core includes a GUI header: ${included}")
        elseif(included MATCHES "^(ui|main)/")
            report(${f} "the core includes ${included}")
        elseif(bracket STREQUAL "<" AND NOT included MATCHES "/" AND included IN_LIST gui_headers)
            report(${f} "the core includes a GUI header: ${included}")
        endif()
    endforeach()
endforeach()

# The widgets: no libpq or libpg_query, neither included nor called; nothing from main/.
file(GLOB_RECURSE widget_files ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp)
foreach(f IN LISTS widget_files)
    file(STRINGS ${f} lines REGEX "PQ[a-z]|libpq|pg_query|include[ \t]*\"main/")
    foreach(line IN LISTS lines)
        if(line MATCHES "#[ \t]*include[ \t]*[<\"](libpq-fe\\.h|libpq/|pg_query\\.h)")
            report(${f} "the widgets include libpq or libpg_query: ${line}")
        elseif(line MATCHES "(^|[^A-Za-z0-9_])PQ[a-z][A-Za-z]*[ \t]*\\(")
            report(${f} "the widgets call libpq: ${line}")
        elseif(line MATCHES "#[ \t]*include[ \t]*\"main/")
            report(${f} "the widgets include main/: ${line}")
        endif()
    endforeach()
endforeach()

if(violations GREATER 0)
    message(FATAL_ERROR "${violations} layering violation(s): see docs/architecture.md")
endif()
message("layering: app/ includes no GUI header, ui/ never calls libpq")
