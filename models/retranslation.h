#pragma once

class QAbstractItemModel;

namespace Soudan {

// Has the views of model read it again when the application's language changes, so that its
// texts, dates and numbers follow the new translation and locale.
void followLanguage(QAbstractItemModel *model);

} // namespace Soudan
