# The Debian packages (docs/deploy/README.md, "Packages"): `cpack -G DEB` in a build folder
# makes soudan_<version>_<arch>.deb (the client) and soudan-server_<version>_<arch>.deb (the
# server with its systemd unit and settings). Their library dependencies come from
# dpkg-shlibdeps; what it cannot see (Qt's plugins, fonts, Qt's own translations) is named here.
# tests/deploy/check-packages.sh builds them, runs lintian and installs them with apt.

set(debian_dir "${PROJECT_SOURCE_DIR}/resources/debian")
set(doc_dir "${PROJECT_BINARY_DIR}/package-docs")

# Documentation every package carries: the copyright, the changelog and the manual page, the
# last two compressed as Debian wants them (gzip -9n: no name, no time, reproducible).
configure_file("${debian_dir}/changelog.in" "${doc_dir}/changelog" @ONLY)
foreach(page soudan soudan-server)
    configure_file("${PROJECT_SOURCE_DIR}/resources/man/${page}.1" "${doc_dir}/${page}.1" @ONLY)
endforeach()
set(compressed "${doc_dir}/changelog.gz" "${doc_dir}/soudan.1.gz" "${doc_dir}/soudan-server.1.gz")
add_custom_command(OUTPUT ${compressed}
    COMMAND gzip -9nkf changelog soudan.1 soudan-server.1
    DEPENDS "${doc_dir}/changelog" "${doc_dir}/soudan.1" "${doc_dir}/soudan-server.1"
    WORKING_DIRECTORY "${doc_dir}"
    VERBATIM)
add_custom_target(soudan_package_docs ALL DEPENDS ${compressed})

foreach(component client server)
    if(component STREQUAL "client")
        set(package soudan)
    else()
        set(package soudan-server)
    endif()
    install(FILES "${debian_dir}/copyright" "${doc_dir}/changelog.gz"
            DESTINATION share/doc/${package} COMPONENT ${component})
    install(FILES "${doc_dir}/${package}.1.gz" DESTINATION share/man/man1 COMPONENT ${component})
endforeach()

# The server's service: the unit, its user and its settings (a conffile in /etc).
install(FILES "${PROJECT_SOURCE_DIR}/resources/linux/soudan-server.service"
        DESTINATION lib/systemd/system COMPONENT server)
install(FILES "${PROJECT_SOURCE_DIR}/resources/linux/soudan-server.sysusers"
        DESTINATION lib/sysusers.d RENAME soudan-server.conf COMPONENT server)
install(FILES "${PROJECT_SOURCE_DIR}/resources/linux/server.conf"
        DESTINATION /etc/soudan COMPONENT server)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME soudan)
set(CPACK_PACKAGE_VENDOR "Soudan")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Each package's description below starts with its own synopsis line; CPack prepends the
# summary unless it is its own default.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_CONTACT "Soudan developers <developers@soudan.org>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL client server)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SOURCE soudan)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://soudan.org")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME soudan)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION net)
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n, fonts-noto-cjk | fonts-ipafont-gothic")
set(CPACK_DEBIAN_CLIENT_DESCRIPTION
"offline-first client for a Japanese consultation board
Soudan is a desktop client for a Q&A board where freelancers and their
clients ask about prices, schedules, contracts and money. It keeps the
board in a local cache: reading, searching (Japanese included), asking,
answering, choosing a best answer, thanking and reporting all work offline,
and what is written is sent once when the board's server answers.
Moderators triage reports in a window of their own.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME soudan-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "nginx, postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${debian_dir}/server/postinst;${debian_dir}/server/prerm;${debian_dir}/server/postrm;${debian_dir}/server/conffiles")
set(CPACK_DEBIAN_SERVER_DESCRIPTION
"server of the Soudan consultation board
soudan-server keeps a Soudan board (in SQLite, or in PostgreSQL when several
server processes share it) and answers the Soudan desktop clients over
HTTP behind nginx. The package runs it as a systemd service with its own
user, a settings file, health and readiness checks, Prometheus metrics
and online backups.")

include(CPack)
