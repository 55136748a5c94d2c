#include "ui/windowstate.h"

#include "ui/panesplitter.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace Soudan {

WindowState::WindowState(QSettings &settings, const QString &group)
    : m_settings(settings)
    , m_group(group)
{}

QString WindowState::key(const QString &name) const
{
    return m_group + u'/' + name;
}

void WindowState::restore(QMainWindow *window, QSplitter *splitter) const
{
    window->restoreGeometry(m_settings.value(key(u"geometry"_s)).toByteArray());
    window->restoreState(m_settings.value(key(u"state"_s)).toByteArray());
    const QByteArray sizes = m_settings.value(key(u"splitter"_s)).toByteArray();
    if (auto *panes = qobject_cast<PaneSplitter *>(splitter))
        panes->restoreSizes(sizes);
    else
        splitter->restoreState(sizes);
}

void WindowState::save(const QMainWindow *window, const QSplitter *splitter) const
{
    m_settings.setValue(key(u"geometry"_s), window->saveGeometry());
    m_settings.setValue(key(u"state"_s), window->saveState());
    m_settings.setValue(key(u"splitter"_s), splitter->saveState());
}

void WindowState::restore(const QString &name, QHeaderView *header) const
{
    header->restoreState(m_settings.value(key(name)).toByteArray());
}

void WindowState::save(const QString &name, const QHeaderView *header) const
{
    m_settings.setValue(key(name), header->saveState());
}

QVariant WindowState::value(const QString &name, const QVariant &fallback) const
{
    return m_settings.value(key(name), fallback);
}

void WindowState::setValue(const QString &name, const QVariant &value) const
{
    m_settings.setValue(key(name), value);
}

} // namespace Soudan
