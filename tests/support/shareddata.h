#pragma once

#include <QFileInfo>
#include <QString>
#include <QTest>

// Real data for tests lives beside the project, in ../shared/data (read where it is, never
// copied in). A test that needs it is skipped where it is missing, but fails under ./scripts/test
// ($SOUDAN_REQUIRE_DATA), so that a suite never passes without having read it.
namespace Soudan::Test {

inline QString sharedData(const QString &relative)
{
    return QStringLiteral(SOUDAN_SHARED_DIR "/data/") + relative;
}

} // namespace Soudan::Test

#define SOUDAN_NEED_SHARED_DATA(path)                                                              \
    do {                                                                                           \
        if (!QFileInfo::exists(path)) {                                                            \
            const QByteArray why = "missing: " + QString(path).toUtf8();                           \
            if (qEnvironmentVariableIntValue("SOUDAN_REQUIRE_DATA"))                               \
                QFAIL(why.constData());                                                            \
            QSKIP(why.constData());                                                                \
        }                                                                                          \
    } while (false)
