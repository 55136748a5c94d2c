#pragma once

#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Soudan::Test {

// Debian's nginx running the shipped docs/deploy/nginx/soudan.conf in a temporary folder, in
// front of soudan-server processes: only its ports, upstream servers, certificate (made here
// with openssl, for 127.0.0.1) and log paths are replaced.
class NginxFront final
{
public:
    // A host name the certificate also holds, which no resolver knows: reached through a proxy.
    static constexpr QStringView TestHost = u"board.soudan.test";

    // What makes the shipped file the front door the docs promise; each is kept as it is.
    struct Directive
    {
        const char *what;
        const char *pattern;
    };
    static const QList<Directive> &frontDoor();
    static QString shippedConfigPath();
    static QString shippedConfig(); // without its comments, which never count as directives
    // Why nginx cannot run here (nginx or openssl missing), or empty.
    static QString unavailable();

    struct Options
    {
        // All the test's clients come from 127.0.0.1: a test of many of them leaves out the
        // per-address limits, which would count them as one.
        bool perAddressLimits = true;
    };

    NginxFront();
    ~NginxFront();

    // The certificate nginx shows; made by the first start.
    QSslCertificate certificate() const { return m_certificate; }
    // Starts nginx in front of these soudan-server ports (the upstream's one server line becomes
    // one line each); false, with a warning saying why, when it cannot.
    bool start(const QList<int> &upstreams, const Options &options);
    bool start(const QList<int> &upstreams) { return start(upstreams, Options()); }
    void stop();

    int tlsPort() const { return m_tls; }
    int plainPort() const { return m_plain; }
    QUrl httpsUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_tls)); }
    // The site's error log: what nginx met upstream (a process that refused or broke off).
    QString errorLog() const;

private:
    bool makeCertificate();
    QString config(const QList<int> &upstreams, const Options &options, QString *problem) const;

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    std::unique_ptr<QProcess> m_nginx;
    int m_tls = 0;
    int m_plain = 0;
};

} // namespace Soudan::Test
