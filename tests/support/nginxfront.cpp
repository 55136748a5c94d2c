#include "tests/support/nginxfront.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Soudan::Test {

namespace {

const QString NginxBinary = u"/usr/sbin/nginx"_s;

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

const QList<NginxFront::Directive> &NginxFront::frontDoor()
{
    static const QList<Directive> directives = {
        {"proxy_pass", R"(proxy_pass\s+http://\S+;)"},
        {"request buffering", R"(proxy_request_buffering\s+on;)"},
        {"body limit of --max-body", R"(client_max_body_size\s+64k;)"},
        {"header timeout", R"(client_header_timeout\s+\d+s;)"},
        {"body timeout", R"(client_body_timeout\s+\d+s;)"},
        {"send timeout", R"(send_timeout\s+\d+s;)"},
        {"keep-alive timeout", R"(keepalive_timeout\s+\d+s;)"},
        {"header buffers", R"(large_client_header_buffers\s+\d+\s+\d+k;)"},
        {"connection zone per address", R"(limit_conn_zone\s+\$binary_remote_addr\s)"},
        {"connection limit", R"(limit_conn\s+\w+\s+\d+;)"},
        {"request zone per address", R"(limit_req_zone\s+\$binary_remote_addr\s)"},
        {"request limit", R"(limit_req\s+zone=\w+)"},
        {"upstream read timeout", R"(proxy_read_timeout\s+\d+s;)"},
        {"X-Real-IP", R"(proxy_set_header\s+X-Real-IP\s+\$remote_addr;)"},
        {"X-Forwarded-Proto", R"(proxy_set_header\s+X-Forwarded-Proto\s+\$scheme;)"},
        {"TLS 1.2 and 1.3 only", R"(ssl_protocols\s+TLSv1\.2\s+TLSv1\.3;)"},
        {"redirect to https", R"(return\s+301\s+https://)"},
    };
    return directives;
}

QString NginxFront::shippedConfigPath()
{
    return QStringLiteral(SOUDAN_NGINX_SITE);
}

QString NginxFront::shippedConfig()
{
    QFile file(shippedConfigPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression comment(u"#[^\n]*"_s);
    return QString::fromUtf8(file.readAll()).remove(comment);
}

QString NginxFront::unavailable()
{
    if (!QFileInfo(NginxBinary).isExecutable())
        return u"nginx is not installed (apt-get install nginx; ./scripts/test does)"_s;
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        return u"openssl is not installed (apt-get install openssl; ./scripts/test does)"_s;
    return {};
}

NginxFront::NginxFront() = default;

NginxFront::~NginxFront()
{
    stop();
}

QString NginxFront::errorLog() const
{
    QFile file(m_dir.filePath(u"site-error_log.log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The shipped file with this machine's ports, upstreams, certificate and folder; empty, with
// the reason in problem, when the file misses a directive of the front door or a line replaced.
QString NginxFront::config(const QList<int> &upstreams, const Options &options,
                           QString *problem) const
{
    QString site = shippedConfig();
    if (site.isEmpty()) {
        *problem = u"cannot read "_s + shippedConfigPath();
        return {};
    }
    for (const Directive &d : frontDoor()) {
        if (!site.contains(QRegularExpression(QString::fromLatin1(d.pattern)))) {
            *problem = u"the shipped config lost its %1"_s.arg(QLatin1StringView(d.what));
            return {};
        }
    }
    QStringList lines;
    for (const int port : upstreams)
        lines << u"server 127.0.0.1:%1;"_s.arg(port);
    const QString servers = lines.join(u"\n    "_s);
    struct Replacement
    {
        const char *pattern;
        QString with;
        bool required;
    };
    const Replacement replacements[] = {
        {R"(listen\s+443\s+ssl\s+http2;)", u"listen 127.0.0.1:%1 ssl http2;"_s.arg(m_tls), true},
        {R"(listen\s+80;)", u"listen 127.0.0.1:%1;"_s.arg(m_plain), true},
        {R"(listen\s+\[::\]:\d+[^;]*;)", QString(), false},
        {R"(server\s+127\.0\.0\.1:8080\b[^;]*;)", servers, true},
        {R"(ssl_certificate\s+\S+;)", u"ssl_certificate %1/cert.pem;"_s.arg(m_dir.path()), true},
        {R"(ssl_certificate_key\s+\S+;)", u"ssl_certificate_key %1/key.pem;"_s.arg(m_dir.path()),
         true},
        {R"((access_log|error_log)\s+/\S+;)", u"\\1 %1/site-\\1.log;"_s.arg(m_dir.path()), false},
    };
    for (const Replacement &r : replacements) {
        const QRegularExpression pattern(QString::fromLatin1(r.pattern));
        if (r.required && !site.contains(pattern)) {
            *problem = u"the shipped config has no line like %1"_s.arg(pattern.pattern());
            return {};
        }
        site.replace(pattern, r.with);
    }
    if (!options.perAddressLimits)
        site.remove(QRegularExpression(u"\\blimit_(req|conn)\\s[^;]*;"_s));
    // What Debian's nginx.conf gives a site, and what nginx needs to run without root's files.
    QString main = u"daemon off;\nworker_processes 1;\npid %1/nginx.pid;\n"
                   "error_log %1/error.log info;\n"_s.arg(m_dir.path());
    // As root, workers would otherwise run as nobody, who cannot read the temporary folder.
    if (::geteuid() == 0)
        main += u"user root;\n"_s;
    main += u"events {\n    worker_connections 512;\n}\nhttp {\n"
            "    access_log %1/access.log;\n"
            "    client_body_temp_path %1/body;\n    proxy_temp_path %1/proxy;\n"
            "    fastcgi_temp_path %1/fastcgi;\n    uwsgi_temp_path %1/uwsgi;\n"
            "    scgi_temp_path %1/scgi;\n"_s.arg(m_dir.path());
    return main + site + u"\n}\n"_s;
}

bool NginxFront::makeCertificate()
{
    // For 127.0.0.1 and TestHost (the names the client verifies), self-signed, so it is its own
    // CA.
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, u"key.pem"_s,
                   u"-out"_s, u"cert.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                   u"-addext"_s, u"subjectAltName=IP:127.0.0.1,DNS:"_s + TestHost});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        qWarning() << "openssl failed:" << openssl.readAllStandardError();
        return false;
    }
    const QList<QSslCertificate> certs =
        QSslCertificate::fromPath(m_dir.filePath(u"cert.pem"_s), QSsl::Pem);
    if (certs.size() != 1)
        return false;
    m_certificate = certs.first();
    return true;
}

bool NginxFront::start(const QList<int> &upstreams, const Options &options)
{
    stop();
    if (m_certificate.isNull() && !makeCertificate())
        return false;
    // Free ports are looked for before nginx binds them: another process may take one between,
    // so a failed start tries new ones.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_tls = freePort();
        m_plain = freePort();
        QString problem;
        const QString text = config(upstreams, options, &problem);
        if (text.isEmpty()) {
            qWarning() << problem;
            return false;
        }
        QFile file(m_dir.filePath(u"nginx.conf"_s));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
            return false;
        file.close();
        m_nginx = std::make_unique<QProcess>();
        // nginx logs to its files; a test that crashes takes it along instead of leaving it
        // holding the ports (SIGTERM: nginx's fast shutdown, workers included).
        m_nginx->setStandardOutputFile(QProcess::nullDevice());
        m_nginx->setStandardErrorFile(m_dir.filePath(u"stderr.log"_s));
        m_nginx->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_nginx->start(NginxBinary, {u"-c"_s, file.fileName(), u"-p"_s, m_dir.path(), u"-e"_s,
                                     m_dir.filePath(u"error.log"_s)});
        m_nginx->waitForStarted(30000);
        const bool listening = QTest::qWaitFor(
            [this] {
                if (m_nginx->state() != QProcess::Running)
                    return true;
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, quint16(m_tls));
                return probe.waitForConnected(500);
            },
            30000);
        if (listening && m_nginx->state() == QProcess::Running)
            return true;
        stop();
    }
    QFile log(m_dir.filePath(u"error.log"_s));
    log.open(QIODevice::ReadOnly);
    qWarning() << "nginx did not start:" << log.readAll();
    return false;
}

void NginxFront::stop()
{
    if (!m_nginx)
        return;
    if (m_nginx->state() != QProcess::NotRunning) {
        m_nginx->terminate();
        if (!m_nginx->waitForFinished(15000)) {
            m_nginx->kill();
            m_nginx->waitForFinished(5000);
        }
    }
    m_nginx.reset();
}

} // namespace Soudan::Test
