#include "models/retranslation.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>

namespace Soudan {

namespace {

class LanguageWatcher final : public QObject
{
public:
    explicit LanguageWatcher(QAbstractItemModel *model)
        : QObject(model)
        , m_model(model)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Installing a translator sends LanguageChange to the application object.
        if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
            Q_EMIT m_model->layoutAboutToBeChanged();
            Q_EMIT m_model->layoutChanged();
            const int columns = m_model->columnCount();
            if (columns > 0)
                Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        }
        return false;
    }

private:
    QAbstractItemModel *m_model;
};

} // namespace

void followLanguage(QAbstractItemModel *model)
{
    if (QCoreApplication::instance())
        new LanguageWatcher(model);
}

} // namespace Soudan
