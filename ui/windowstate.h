#pragma once

#include <QString>
#include <QVariant>

class QHeaderView;
class QMainWindow;
class QSettings;
class QSplitter;

namespace Soudan {

// A window's layout kept in the settings under one group ("mainWindow", "moderation"): its
// geometry, toolbars and docks, its splitter, the columns of its lists, and its own choices
// (filters, sort orders) by name.
class WindowState final
{
public:
    WindowState(QSettings &settings, const QString &group);

    void restore(QMainWindow *window, QSplitter *splitter) const;
    void save(const QMainWindow *window, const QSplitter *splitter) const;
    void restore(const QString &name, QHeaderView *header) const;
    void save(const QString &name, const QHeaderView *header) const;
    QVariant value(const QString &name, const QVariant &fallback = {}) const;
    void setValue(const QString &name, const QVariant &value) const;

private:
    QString key(const QString &name) const;

    QSettings &m_settings;
    QString m_group;
};

} // namespace Soudan
