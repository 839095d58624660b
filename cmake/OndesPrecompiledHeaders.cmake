# Precompiled headers (ONDES_PCH, on in the release, asan-ubsan and fuzz presets): the Qt Core and
# standard headers most files include are parsed once per group of targets instead of once per
# compiled batch. The debug preset compiles without them, one file at a time, so that a file
# that forgets an include fails there.
#
# A group's header is built by an object library of its own (ondes_pch_<group>) and reused by
# every target of the group (REUSE_FROM): a precompiled header is only valid for the flags and
# the macros it was made with, so each group's targets must share them, the optimisation level
# too (GCC 12 accepts a header precompiled at -O1 in a file compiled at -O2, then crashes in
# IPA-CP; -pthread's _REENTRANT is why ondes_playback has none). GCC checks the macros
# the header looks at (-Winvalid-pch, an error here): the lists hold only headers that look at
# none of the QT_<module>_LIB macros, which differ from one target to the next (<QTest>, which
# looks at QT_GUI_LIB and QT_WIDGETS_LIB, is left out for that reason).
option(ONDES_PCH "Precompile the Qt Core and standard headers most files include" OFF)

set(ONDES_PCH_HEADERS_core
    <QByteArray> <QDateTime> <QDir> <QElapsedTimer> <QFile> <QFileInfo> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QList> <QLocale> <QLoggingCategory> <QObject> <QPointer>
    <QRegularExpression> <QSet> <QString> <QStringList> <QTimer> <QUrl> <QVariant>
    <algorithm> <array> <functional> <memory> <optional> <string> <string_view> <utility>
    <vector>)
set(ONDES_PCH_HEADERS_tests ${ONDES_PCH_HEADERS_core}
    <QCoreApplication> <QSignalSpy> <QTemporaryDir> <gtest/gtest.h>)

# ccache caches a compilation that uses a precompiled header only with this sloppiness.
if(ONDES_PCH AND CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
        CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
        ${CMAKE_CXX_COMPILER_LAUNCHER})
endif()

# ondes_pch_group(GROUP [LINK target...] [OPTIONS option...]): the object library that builds
# GROUP's header, compiled with the options and the libraries (for their flags) given.
function(ondes_pch_group group)
    if(NOT ONDES_PCH)
        return()
    endif()
    cmake_parse_arguments(GROUP "" "" "LINK;OPTIONS" ${ARGN})
    set(source ${PROJECT_BINARY_DIR}/pch/${group}.cpp)
    file(CONFIGURE OUTPUT ${source} CONTENT "// The precompiled header of group ${group}.\n")
    add_library(ondes_pch_${group} OBJECT ${source})
    set_target_properties(ondes_pch_${group} PROPERTIES AUTOMOC OFF UNITY_BUILD OFF)
    target_link_libraries(ondes_pch_${group} PRIVATE ${GROUP_LINK})
    target_compile_options(ondes_pch_${group} PRIVATE ${GROUP_OPTIONS})
    target_precompile_headers(ondes_pch_${group} PRIVATE ${ONDES_PCH_HEADERS_${group}})
endfunction()

# ondes_precompiled_headers(GROUP target...): the targets use GROUP's precompiled header.
function(ondes_precompiled_headers group)
    if(NOT ONDES_PCH)
        return()
    endif()
    foreach(target IN LISTS ARGN)
        target_precompile_headers(${target} REUSE_FROM ondes_pch_${group})
    endforeach()
endfunction()
