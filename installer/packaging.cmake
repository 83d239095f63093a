# Packaging: what a desktop installs besides the two programs and the French catalog
# (desktop entry, icons, AppStream metainfo, man page, user guide), and the CPack
# settings of the Debian package (`cpack -G DEB`) and of the Windows installer
# (`cpack -G NSIS`, see installer/WINDOWS.md). Included at the end of the top-level
# CMakeLists.txt, once every target exists.
#
# The icons are committed PNGs generated once from assets/icons/fr.veilledroits.Vigie.svg
# (the regeneration command is in assets/icons/README.md): the build needs no drawing
# tool.

set(VIGIE_APP_ID fr.veilledroits.Vigie)
set(VIGIE_ASSETS ${PROJECT_SOURCE_DIR}/assets)

# --- Installed files -------------------------------------------------------------------

# The French user guide. OPTIONAL: the folder is read when installing, so a tree without
# it still builds and installs.
install(DIRECTORY ${VIGIE_ASSETS}/help/ DESTINATION ${CMAKE_INSTALL_DATADIR}/vigie/help
        OPTIONAL)

if(UNIX AND NOT APPLE)
    # Freedesktop integration: the menu entry, its icon in every size, the software
    # centre's description.
    install(FILES ${VIGIE_ASSETS}/${VIGIE_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${VIGIE_ASSETS}/${VIGIE_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${VIGIE_ASSETS}/icons/${VIGIE_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size 16 24 32 48 64 128 256)
        install(FILES ${VIGIE_ASSETS}/icons/${size}/${VIGIE_APP_ID}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()

    # The man page, compressed as Debian wants it; -n keeps the name and time out of the
    # archive so that two builds give the same bytes.
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    set(VIGIE_MAN_GZ ${CMAKE_BINARY_DIR}/man/vigie-cli.1.gz)
    add_custom_command(
        OUTPUT ${VIGIE_MAN_GZ}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
        COMMAND ${CMAKE_COMMAND} -E copy ${VIGIE_ASSETS}/man/vigie-cli.1
                ${CMAKE_BINARY_DIR}/man/vigie-cli.1
        COMMAND ${GZIP_EXECUTABLE} -n -9 -f ${CMAKE_BINARY_DIR}/man/vigie-cli.1
        DEPENDS ${VIGIE_ASSETS}/man/vigie-cli.1
        COMMENT "Compressing the vigie-cli man page"
        VERBATIM)
    add_custom_target(vigie_man ALL DEPENDS ${VIGIE_MAN_GZ})
    install(FILES ${VIGIE_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

    # Debian wants the licence at /usr/share/doc/<package>/copyright.
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/vigie
            RENAME copyright)
endif()

if(WIN32)
    # The Windows icon, for the shortcuts and "Apps & features".
    install(FILES ${VIGIE_ASSETS}/icons/${VIGIE_APP_ID}.ico
            DESTINATION ${CMAKE_INSTALL_DATADIR}/vigie)

    # The DLLs the programs load (vcpkg's wxWidgets, libharu, fmt, ...), copied beside
    # them at install time. System DLLs stay out.
    set(VIGIE_DLL_DIRS "")
    if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
        list(APPEND VIGIE_DLL_DIRS
             "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}$<$<CONFIG:Debug>:/debug>/bin")
    endif()
    install(CODE "set(VIGIE_DLL_DIRS \"${VIGIE_DLL_DIRS}\")
                  set(VIGIE_BINDIR \"${CMAKE_INSTALL_BINDIR}\")")
    install(CODE [[
        file(GET_RUNTIME_DEPENDENCIES
             EXECUTABLES "$<TARGET_FILE:vigie>" "$<TARGET_FILE:vigie-cli>"
             RESOLVED_DEPENDENCIES_VAR vigie_dlls
             UNRESOLVED_DEPENDENCIES_VAR vigie_unresolved
             DIRECTORIES ${VIGIE_DLL_DIRS}
             PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
             POST_EXCLUDE_REGEXES ".*[/\\][Ss][Yy][Ss][Tt][Ee][Mm]32[/\\].*")
        foreach(dll IN LISTS vigie_unresolved)
            message(WARNING "Vigie: DLL not found, not installed: ${dll}")
        endforeach()
        file(INSTALL ${vigie_dlls} DESTINATION "${CMAKE_INSTALL_PREFIX}/${VIGIE_BINDIR}")
    ]])
    # The Visual C++ runtime, when built with MSVC (must come before include(CPack)).
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()

# --- CPack: common settings ------------------------------------------------------------

# Values reach cpack exactly as written here (backslashes of NSIS paths included).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME vigie)
set(CPACK_PACKAGE_VENDOR "Vigie")
set(CPACK_PACKAGE_CONTACT "Vigie maintainers <vigie@example.org>" CACHE STRING
    "Maintainer of the packages (Debian Maintainer field, NSIS contact)")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "access-to-rights watch for CCAS (veille accès aux droits)")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Vigie")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
# `cpack --config CPackSourceConfig.cmake`: the sources, without Git nor build trees.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/" "\\.swp$")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
else()
    set(CPACK_GENERATOR DEB)
endif()

# --- Debian package ----------------------------------------------------------------------

# vigie_<version>_<arch>.deb
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The libraries come from dpkg-shlibdeps (dpkg-dev and file are in installer/deps.sh:
# without them CPack silently writes no Depends). What it cannot see: the PDF documents'
# font, found through fontconfig at run time, and wxWidgets' own French catalog (the
# stock buttons: Valider, Annuler).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, wx3.2-i18n")
# Opening a PDF and preparing an e-mail go through xdg-open and xdg-email.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[
Vigie is the desktop program of the access-to-rights watch groups that
French CCAS run with their partners (CAF, CPAM, Conseil départemental,
CARSAT, MDPH). It keeps the difficulty reports raised by field groups and
professionals, classifies them (non-access to rights, abnormally long
delays, precariousness), prepares the monthly meetings and their minutes,
follows the solicitations of partner institutions, and produces the annual
report with the previous year beside it (PDF, Excel, CSV).

Vigie est le logiciel des groupes de veille accès aux droits des CCAS :
fiches de remontées de difficultés, séances mensuelles et comptes rendus,
sollicitations des organismes, statistiques et rapport annuel. Les données
restent dans un fichier SQLite, sur le poste ou le partage réseau.

This package holds the window (vigie), the command line (vigie-cli) and the
French user guide.]=])

# --- Windows installer (NSIS) -- not built here: see installer/WINDOWS.md ----------------

if(WIN32)
    # NSIS reads the licence page best with Windows line ends.
    file(READ "${PROJECT_SOURCE_DIR}/LICENSE" vigie_licence)
    string(REPLACE "\n" "\r\n" vigie_licence "${vigie_licence}")
    file(WRITE "${CMAKE_BINARY_DIR}/LICENSE.txt" "${vigie_licence}")
    set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_BINARY_DIR}/LICENSE.txt")

    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Vigie")
    set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
    set(CPACK_NSIS_DISPLAY_NAME "Vigie")
    set(CPACK_NSIS_PACKAGE_NAME "Vigie ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON "${VIGIE_ASSETS}/icons/${VIGIE_APP_ID}.ico")
    set(CPACK_NSIS_MUI_UNIICON "${VIGIE_ASSETS}/icons/${VIGIE_APP_ID}.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "share\\vigie\\${VIGIE_APP_ID}.ico")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
    # vigie-cli is for scripts, which can name its full path: the PATH stays untouched
    # (and the installer shows no options page).
    set(CPACK_NSIS_MODIFY_PATH OFF)
    # Start menu and desktop shortcuts, always, with Vigie's icon; the uninstaller removes
    # them ($MUI_TEMP is the start menu folder in the uninstall section). Written here
    # rather than through CPACK_PACKAGE_EXECUTABLES and CPACK_CREATE_DESKTOP_LINKS, whose
    # desktop shortcut is a box on the PATH page, unticked by default.
    set(vigie_lnk_target "\"$INSTDIR\\bin\\vigie.exe\" \"\" \"$INSTDIR\\share\\vigie\\${VIGIE_APP_ID}.ico\"")
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "  CreateShortCut \"$SMPROGRAMS\\$STARTMENU_FOLDER\\Vigie.lnk\" ${vigie_lnk_target}
  CreateShortCut \"$DESKTOP\\Vigie.lnk\" ${vigie_lnk_target}")
    set(CPACK_NSIS_DELETE_ICONS_EXTRA
        "  Delete \"$SMPROGRAMS\\$MUI_TEMP\\Vigie.lnk\"
  Delete \"$DESKTOP\\Vigie.lnk\"")
    # The program is not started from the finish page: the installer runs as
    # administrator, and Vigie would start as that account, with its settings.
endif()

include(CPack)
