#pragma once

#include <QUuid>

namespace Soudan::PostId {

// The id of a new question or answer: a time-ordered UUID (RFC 9562 version 7: the Unix time in
// milliseconds first, then random bits). Posts made one after another get ids that sort the same
// way, so the cache's and the server's indexes of posts grow at their end instead of at random
// places (a first sync writes about 1.7 times as fast; docs/performance.md). Reports and
// supplements keep random (version 4) UUIDs: the server refuses others for them.
QUuid make();

// Version 7 with the time ms and the other 74 bits taken from bits: the same inputs give the same
// id (generated boards, tests).
QUuid timeOrdered(qint64 ms, const QUuid &bits);

} // namespace Soudan::PostId
