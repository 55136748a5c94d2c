#pragma once

#include "domain/changeset.h"
#include "domain/result.h"

namespace Soudan {

// The original demo board built into the binaries: both sides, their subcategories, threads
// with answers, best answers and thanks.
Result<ChangeSet> demoBoard();

} // namespace Soudan
