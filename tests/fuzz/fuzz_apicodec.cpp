// Every body the client or the server decodes: a page of changes, an error, a session, the
// requests of every route, a moderation item. Whatever decodes must encode and decode again.

#include "domain/apicodec.h"
#include "domain/jsoncodec.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace Soudan;

namespace {

template<typename Decoded>
void roundTrip(const Result<Decoded> &decoded, Result<Decoded> (*decode)(const QByteArray &))
{
    if (!decoded)
        return;
    const Result<Decoded> again = decode(ApiCodec::body(ApiCodec::encode(decoded.value())));
    if (!again)
        std::abort(); // what was read cannot be written back and read
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    roundTrip(ApiCodec::decodeChangesPage(body), ApiCodec::decodeChangesPage);
    roundTrip(ApiCodec::decodeSession(body), ApiCodec::decodeSession);
    roundTrip(ApiCodec::decodeCredentials(body), ApiCodec::decodeCredentials);
    roundTrip(ApiCodec::decodeQuestion(body), ApiCodec::decodeQuestion);
    roundTrip(ApiCodec::decodeAnswerInput(body), ApiCodec::decodeAnswerInput);
    roundTrip(ApiCodec::decodeBestAnswer(body), ApiCodec::decodeBestAnswer);
    roundTrip(ApiCodec::decodeThanks(body), ApiCodec::decodeThanks);
    roundTrip(ApiCodec::decodeReport(body), ApiCodec::decodeReport);
    roundTrip(ApiCodec::decodeClaim(body), ApiCodec::decodeClaim);
    roundTrip(ApiCodec::decodeResolve(body), ApiCodec::decodeResolve);
    roundTrip(ApiCodec::decodeRestore(body), ApiCodec::decodeRestore);
    roundTrip(ApiCodec::decodeNote(body), ApiCodec::decodeNote);
    roundTrip(ApiCodec::decodeWarn(body), ApiCodec::decodeWarn);
    roundTrip(ApiCodec::decodeThreadState(body), ApiCodec::decodeThreadState);
    roundTrip(ApiCodec::decodeCategoryState(body), ApiCodec::decodeCategoryState);
    (void)ApiCodec::decodeError(body);
    const QJsonValue value = QJsonDocument::fromJson(body).object();
    if (const Result<ModerationItem> item = JsonCodec::decodeModerationItem(value)) {
        if (!JsonCodec::decodeModerationItem(JsonCodec::encode(item.value())))
            std::abort();
    }
    return 0;
}
