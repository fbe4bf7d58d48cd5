# Windows only (included from installer/CMakeLists.txt when WIN32): makes the installed tree
# self-contained before CPack's WiX generator packs it. Untested here: it cannot run on Debian.
#
# 1. windeployqt copies the Qt DLLs, the platform/style/TLS plugins and Qt's own translations
#    (QWizard's buttons) beside mpki-setup.exe.
# 2. The DLLs windeployqt does not know about — QtKeychain and OpenSSL (linked directly, for
#    RAND_bytes and scrypt) — are found with file(GET_RUNTIME_DEPENDENCIES) and copied too.
# 3. InstallRequiredSystemLibraries adds the MSVC runtime.

get_target_property(qmake_location Qt6::qmake IMPORTED_LOCATION)
get_filename_component(qt_bin_dir "${qmake_location}" DIRECTORY)
find_program(MPKI_WINDEPLOYQT windeployqt HINTS "${qt_bin_dir}" REQUIRED)

set(dll_dirs "${qt_bin_dir}")
if(OPENSSL_INCLUDE_DIR)
    get_filename_component(openssl_root "${OPENSSL_INCLUDE_DIR}" DIRECTORY)
    list(APPEND dll_dirs "${openssl_root}/bin")
endif()
if(TARGET Qt6Keychain::Qt6Keychain)
    get_target_property(keychain_location Qt6Keychain::Qt6Keychain LOCATION)
    get_filename_component(keychain_dir "${keychain_location}" DIRECTORY)
    list(APPEND dll_dirs "${keychain_dir}" "${keychain_dir}/../bin")
endif()

# Quoted one by one: these paths often contain spaces (C:/Program Files/OpenSSL-Win64/bin).
set(dll_dirs_quoted "")
foreach(directory IN LISTS dll_dirs)
    string(APPEND dll_dirs_quoted " \"${directory}\"")
endforeach()

install(CODE "
    set(bin_dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    execute_process(
        COMMAND \"${MPKI_WINDEPLOYQT}\" --release --no-compiler-runtime --no-opengl-sw
                --dir \"\${bin_dir}\" \"\${bin_dir}/mpki-setup.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"\${bin_dir}/mpki-setup.exe\"
        RESOLVED_DEPENDENCIES_VAR resolved
        UNRESOLVED_DEPENDENCIES_VAR unresolved
        DIRECTORIES ${dll_dirs_quoted}
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
        POST_EXCLUDE_REGEXES \"[Ss]ystem32\" \"[Ss]yswow64\")
    foreach(dll IN LISTS resolved)
        file(COPY \"\${dll}\" DESTINATION \"\${bin_dir}\")
    endforeach()
    if(unresolved)
        message(WARNING \"mpki-setup: DLLs not found for the installer: \${unresolved}\")
    endif()
")

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
