// The layers the build cannot enforce by itself (every library sees the whole source tree): each
// folder includes only the folders and Qt modules its arrows allow (docs/architecture.md,
// CONTRIBUTING.md). A forbidden #include fails this test with the file and line.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Layer
{
    QString folder;
    QStringList folders;     // project folders it may include from (its own too)
    QStringList modules;     // Qt modules it may use
    QStringList onlyHeaders; // when not empty: the headers of other folders it may include
};

// ui → store is for write commands only: reads go through models.
const QStringList UiStoreHeaders = {u"store/store.h"_s,           u"store/storetypes.h"_s,
                                    u"store/boardwrites.h"_s,     u"store/outbox.h"_s,
                                    u"store/moderationcache.h"_s, u"store/drafts.h"_s,
                                    u"store/syncwriter.h"_s,      u"store/activitycache.h"_s};

const QList<Layer> Layers = {
    {u"domain"_s, {u"domain"_s}, {u"QtCore"_s}, {}},
    {u"db"_s, {u"db"_s, u"domain"_s}, {u"QtCore"_s, u"QtSql"_s}, {}},
    {u"resources"_s, {u"resources"_s, u"domain"_s}, {u"QtCore"_s}, {}},
    {u"store"_s, {u"store"_s, u"db"_s, u"domain"_s}, {u"QtCore"_s, u"QtSql"_s}, {}},
    {u"sync"_s, {u"sync"_s, u"store"_s, u"domain"_s}, {u"QtCore"_s, u"QtNetwork"_s}, {}},
    {u"models"_s, {u"models"_s, u"store"_s, u"domain"_s}, {u"QtCore"_s}, {}},
    {u"ui"_s,
     {u"ui"_s, u"models"_s, u"store"_s, u"sync"_s, u"resources"_s, u"domain"_s},
     {u"QtCore"_s, u"QtGui"_s, u"QtWidgets"_s, u"QtDBus"_s},
     UiStoreHeaders},
    {u"app"_s,
     {u"app"_s, u"ui"_s, u"models"_s, u"store"_s, u"sync"_s, u"resources"_s, u"domain"_s},
     {u"QtCore"_s, u"QtGui"_s, u"QtWidgets"_s},
     {}},
    {u"server"_s,
     {u"server"_s, u"db"_s, u"domain"_s, u"resources"_s},
     {u"QtCore"_s, u"QtSql"_s},
     {}},
    // The translators' checker and the icon renderer (which draws: QtGui, QtSvg).
    {u"tools"_s, {u"tools"_s}, {u"QtCore"_s, u"QtGui"_s, u"QtSvg"_s}, {}},
};

const QStringList QtModules = {u"QtWidgets"_s, u"QtGui"_s,  u"QtSql"_s, u"QtNetwork"_s,
                               u"QtTest"_s,    u"QtDBus"_s, u"QtSvg"_s, u"QtCore"_s};

// The Qt module a <Header> belongs to, by where Qt installed it; empty for anything else.
QString moduleOf(const QString &header)
{
    static const QString headers = QLibraryInfo::path(QLibraryInfo::HeadersPath);
    for (const QString &module : QtModules) {
        if (header.startsWith(module + u'/') ||
            QFile::exists(headers + u'/' + module + u'/' + header))
            return module;
    }
    return {};
}

// Every include of every source file under root that its layer does not allow, as
// "path:line: what".
QStringList violations(const QString &root)
{
    static const QRegularExpression include(uR"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"_s);
    QStringList found;
    for (const Layer &layer : Layers) {
        QDirIterator files(root + u'/' + layer.folder, {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                found.append(path + u": cannot be read"_s);
                continue;
            }
            const QString where = QDir(root).relativeFilePath(path);
            int number = 0;
            while (!file.atEnd()) {
                ++number;
                const QRegularExpressionMatch m = include.match(QString::fromUtf8(file.readLine()));
                if (!m.hasMatch())
                    continue;
                const QString name = m.captured(2);
                QString problem;
                if (m.captured(1) == u"\""_s) {
                    const QString folder = name.section(u'/', 0, 0);
                    if (!name.contains(u'/') || name.endsWith(u".moc"_s))
                        continue; // generated, or beside the file
                    if (!layer.folders.contains(folder))
                        problem = u"%1 may not include from %2/"_s.arg(layer.folder, folder);
                    else if (folder != layer.folder && !layer.onlyHeaders.isEmpty() &&
                             folder == u"store"_s && !layer.onlyHeaders.contains(name))
                        problem =
                            u"%1 reads the store only through models: %2"_s.arg(layer.folder, name);
                } else {
                    const QString module = moduleOf(name);
                    if (!module.isEmpty() && !layer.modules.contains(module))
                        problem = u"%1 may not use %2"_s.arg(layer.folder, module);
                }
                if (!problem.isEmpty())
                    found.append(
                        u"%1:%2: #include %3: %4"_s.arg(where).arg(number).arg(name, problem));
            }
        }
    }
    return found;
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSourcesKeepTheirLayers();
    void aForbiddenIncludeIsFound_data();
    void aForbiddenIncludeIsFound();
};

void TestLayers::theSourcesKeepTheirLayers()
{
    QVERIFY(QFile::exists(QStringLiteral(SOUDAN_SOURCE_DIR) + u"/store/store.h"_s));
    const QStringList found = violations(QStringLiteral(SOUDAN_SOURCE_DIR));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestLayers::aForbiddenIncludeIsFound_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("include");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("widgets in a model") << u"models/a.cpp"_s << u"<QWidget>"_s << false;
    QTest::newRow("sql in the ui") << u"ui/a.cpp"_s << u"<QSqlQuery>"_s << false;
    QTest::newRow("network in the store") << u"store/a.cpp"_s << u"<QNetworkReply>"_s << false;
    QTest::newRow("gui in the domain") << u"domain/a.h"_s << u"<QColor>"_s << false;
    QTest::newRow("store in the server") << u"server/a.cpp"_s << u"\"store/store.h\""_s << false;
    QTest::newRow("ui in a model") << u"models/a.h"_s << u"\"ui/colors.h\""_s << false;
    QTest::newRow("models in the store") << u"store/a.cpp"_s << u"\"models/labels.h\""_s << false;
    QTest::newRow("store reads in the ui") << u"ui/a.cpp"_s << u"\"store/boardreads.h\""_s << false;
    QTest::newRow("store writes in the ui")
        << u"ui/a.cpp"_s << u"\"store/boardwrites.h\""_s << true;
    QTest::newRow("domain in the server") << u"server/a.cpp"_s << u"\"domain/rules.h\""_s << true;
    QTest::newRow("core in the domain") << u"domain/a.cpp"_s << u"<QString>"_s << true;
}

void TestLayers::aForbiddenIncludeIsFound()
{
    QFETCH(QString, file);
    QFETCH(QString, include);
    QFETCH(bool, allowed);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(QDir(root.path()).mkpath(file.section(u'/', 0, 0)));
    QFile source(root.filePath(file));
    QVERIFY(source.open(QIODevice::WriteOnly));
    source.write("// a file\n#include " + include.toUtf8() + "\n");
    source.close();
    const QStringList found = violations(root.path());
    QCOMPARE(found.isEmpty(), allowed);
    if (!allowed)
        QVERIFY2(found.first().startsWith(file + u":2: "_s), qPrintable(found.first()));
}

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
