#include "resources/demoboard.h"

#include "domain/jsoncodec.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Soudan {

Result<ChangeSet> demoBoard()
{
    QFile file(u":/soudan/demo/board.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ChangeSet>::failure(file.errorString());
    return JsonCodec::decodeChangeSet(file.readAll());
}

} // namespace Soudan
