#pragma once

#include <QString>

class QHeaderView;
class QMainWindow;
class QSettings;
class QSplitter;

namespace Soudan {

// A window's layout kept in the settings under one group ("mainWindow", "moderation"): its
// geometry, toolbars and docks, its splitter and the columns of its lists.
class WindowState final
{
public:
    WindowState(QSettings &settings, const QString &group);

    void restore(QMainWindow *window, QSplitter *splitter) const;
    void save(const QMainWindow *window, const QSplitter *splitter) const;
    void restore(const QString &name, QHeaderView *header) const;
    void save(const QString &name, const QHeaderView *header) const;

private:
    QString key(const QString &name) const;

    QSettings &m_settings;
    QString m_group;
};

} // namespace Soudan
