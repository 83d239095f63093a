# Packaging: what a desktop installs besides the two programs and the French catalog
# (desktop entry, icons, AppStream metainfo, man page, user guide), and the CPack
# settings of the Debian package (`cpack -G DEB`) and of the Windows installer
# (installer/windows/vigie.nsi, see installer/WINDOWS.md). Included at the end of the top-level
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
    # Windows (installer/windows/build.sh installs into a staging folder, which
    # installer/windows/vigie.nsi packs): the icon, the PDFs' font with its licence, the
    # toolkit's French catalog and the licence in Windows line ends.
    install(FILES ${VIGIE_ASSETS}/icons/${VIGIE_APP_ID}.ico
            DESTINATION ${CMAKE_INSTALL_DATADIR}/vigie)
    set(VIGIE_DEJAVU_DIR /usr/share/fonts/truetype/dejavu CACHE PATH
        "DejaVu Sans to ship (Debian package fonts-dejavu-core on the build machine)")
    install(FILES ${VIGIE_DEJAVU_DIR}/DejaVuSans.ttf ${VIGIE_DEJAVU_DIR}/DejaVuSans-Bold.ttf
            DESTINATION ${CMAKE_INSTALL_DATADIR}/vigie/fonts)
    install(FILES /usr/share/doc/fonts-dejavu-core/copyright
            DESTINATION ${CMAKE_INSTALL_DATADIR}/vigie/fonts RENAME LICENCE-DejaVu.txt)
    # wxWidgets' own French (OK, Cancel, the standard dialogs), from its source's fr.po.
    set(VIGIE_WX_FR_PO "" CACHE FILEPATH "wxWidgets' locale/fr.po, compiled as wxstd.mo")
    if(VIGIE_WX_FR_PO)
        set(VIGIE_WXSTD_MO ${VIGIE_BUILD_LOCALE_DIR}/fr/LC_MESSAGES/wxstd.mo)
        add_custom_command(OUTPUT ${VIGIE_WXSTD_MO}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${VIGIE_BUILD_LOCALE_DIR}/fr/LC_MESSAGES
            COMMAND ${MSGFMT_EXECUTABLE} -o ${VIGIE_WXSTD_MO} ${VIGIE_WX_FR_PO}
            DEPENDS ${VIGIE_WX_FR_PO} COMMENT "Compiling wxWidgets' French catalog")
        add_custom_target(vigie_wxstd_catalog ALL DEPENDS ${VIGIE_WXSTD_MO})
        install(FILES ${VIGIE_WXSTD_MO} DESTINATION ${CMAKE_INSTALL_DATADIR}/locale/fr/LC_MESSAGES)
    endif()
    file(READ "${PROJECT_SOURCE_DIR}/LICENSE" vigie_licence)
    string(REPLACE "\n" "\r\n" vigie_licence "${vigie_licence}")
    file(WRITE "${CMAKE_BINARY_DIR}/LICENSE.txt" "${vigie_licence}")
    install(FILES ${CMAKE_BINARY_DIR}/LICENSE.txt DESTINATION .)
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

set(CPACK_GENERATOR DEB)

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

# --- Windows installer: installer/windows/vigie.nsi (makensis), not CPack ----------------

include(CPack)
