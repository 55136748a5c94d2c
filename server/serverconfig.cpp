#include "server/serverconfig.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Soudan::Server::Config {

namespace {

QString environmentName(const QString &option)
{
    QString name = option.toUpper();
    name.replace(u'-', u'_');
    return u"SOUDAN_"_s + name;
}

Outcome<QStringList> fromFile(const QString &path, const QStringList &optionNames,
                              const QStringList &serviceNames)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{2, u"config"_s,
                       u"cannot read the config file %1: %2"_s.arg(path, file.errorString())};
    QStringList settings;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QString name = line.left(equals).trimmed();
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        const QString where = path + u':' + QString::number(lineNumber);
        if (equals <= 0)
            return Failure{2, u"config"_s, where + u": expected `name = value`"_s};
        if (!serviceNames.contains(name) && !optionNames.contains(name))
            return Failure{2, u"config"_s,
                           where + u": unknown setting \""_s + name + u"\" (settings: "_s +
                               serviceNames.join(u", "_s) + u')'};
        if (optionNames.contains(name))
            settings << u"--"_s + name << value;
    }
    return settings;
}

// The config file the arguments or the environment name (empty: none).
QString configPath(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--config"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--config="_s))
            return a.mid(9);
    }
    return qEnvironmentVariable("SOUDAN_CONFIG");
}

} // namespace

Outcome<QStringList> withSettings(const QStringList &arguments, const QStringList &optionNames,
                                  const QStringList &serviceNames)
{
    QStringList settings;
    const QString path = configPath(arguments);
    if (!path.isEmpty()) {
        Outcome<QStringList> file = fromFile(path, optionNames, serviceNames);
        if (!file.ok())
            return file;
        settings = file.value();
    }
    for (const QString &name : optionNames) {
        const QString variable = environmentName(name);
        if (qEnvironmentVariableIsSet(qPrintable(variable)))
            settings << u"--"_s + name << qEnvironmentVariable(qPrintable(variable));
    }
    return settings + arguments;
}

} // namespace Soudan::Server::Config
