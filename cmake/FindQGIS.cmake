# FindQGIS.cmake -- locate an installed QGIS (headers + core/analysis libraries)
# and wrap it into imported targets, the way QGIS's own FindQGIS.cmake finds
# the files (qgis.h, qgis_core, qgis_analysis), extended with:
#
#   QGIS::Core, QGIS::Analysis   imported targets
#   QGIS_VERSION_INT             e.g. 32200, read from qgsconfig.h
#   QGIS_QT_MAJOR                5 or 6: the Qt major QGIS itself was built with
#
# Hints: QGIS_PREFIX_PATH (cache or environment) for non-standard installs.

set(_qgis_hints ${QGIS_PREFIX_PATH} $ENV{QGIS_PREFIX_PATH} $ENV{LIB_DIR})

find_path(QGIS_INCLUDE_DIR
  NAMES qgis.h
  HINTS ${_qgis_hints}
  PATH_SUFFIXES include/qgis include
  PATHS /usr/include/qgis /usr/local/include/qgis
        /Applications/QGIS.app/Contents/Frameworks/qgis_core.framework/Headers)

find_library(QGIS_CORE_LIBRARY NAMES qgis_core
  HINTS ${_qgis_hints} PATH_SUFFIXES lib lib64)
find_library(QGIS_ANALYSIS_LIBRARY NAMES qgis_analysis
  HINTS ${_qgis_hints} PATH_SUFFIXES lib lib64)

if(QGIS_INCLUDE_DIR AND EXISTS "${QGIS_INCLUDE_DIR}/qgsconfig.h")
  file(STRINGS "${QGIS_INCLUDE_DIR}/qgsconfig.h" _qgis_version_line
       REGEX "^#define _QGIS_VERSION_INT")
  string(REGEX MATCH "[0-9]+" QGIS_VERSION_INT "${_qgis_version_line}")
  file(STRINGS "${QGIS_INCLUDE_DIR}/qgsconfig.h" _qgis_version_str
       REGEX "^#define VERSION ")
  string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" QGIS_VERSION "${_qgis_version_str}")
endif()

# The Qt major is taken from what qgis_core links against, never assumed.
if(NOT QGIS_QT_MAJOR AND QGIS_CORE_LIBRARY)
  find_program(_qgis_objdump NAMES objdump)
  if(_qgis_objdump)
    execute_process(COMMAND ${_qgis_objdump} -p "${QGIS_CORE_LIBRARY}"
      OUTPUT_VARIABLE _qgis_deps ERROR_QUIET)
    string(REGEX MATCH "libQt([0-9])Core" _qgis_qt_match "${_qgis_deps}")
    if(_qgis_qt_match)
      set(QGIS_QT_MAJOR ${CMAKE_MATCH_1})
    endif()
  endif()
  if(NOT QGIS_QT_MAJOR AND QGIS_VERSION_INT)
    # QGIS 4 is Qt 6 only; QGIS 3 packages are Qt 5 unless told otherwise.
    if(QGIS_VERSION_INT GREATER_EQUAL 39900)
      set(QGIS_QT_MAJOR 6)
    else()
      set(QGIS_QT_MAJOR 5)
    endif()
  endif()
  set(QGIS_QT_MAJOR ${QGIS_QT_MAJOR} CACHE STRING "Qt major version QGIS was built with")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QGIS
  REQUIRED_VARS QGIS_INCLUDE_DIR QGIS_CORE_LIBRARY QGIS_ANALYSIS_LIBRARY QGIS_QT_MAJOR
  VERSION_VAR QGIS_VERSION)

if(QGIS_FOUND)
  if(NOT TARGET QGIS::Core)
    add_library(QGIS::Core UNKNOWN IMPORTED)
    # QGIS headers are third-party: SYSTEM keeps their warnings out of -Werror.
    set_target_properties(QGIS::Core PROPERTIES
      IMPORTED_LOCATION "${QGIS_CORE_LIBRARY}"
      INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR}"
      INTERFACE_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR}")
  endif()
  if(NOT TARGET QGIS::Analysis)
    add_library(QGIS::Analysis UNKNOWN IMPORTED)
    set_target_properties(QGIS::Analysis PROPERTIES
      IMPORTED_LOCATION "${QGIS_ANALYSIS_LIBRARY}"
      INTERFACE_LINK_LIBRARIES QGIS::Core)
  endif()
endif()
mark_as_advanced(QGIS_INCLUDE_DIR QGIS_CORE_LIBRARY QGIS_ANALYSIS_LIBRARY)
