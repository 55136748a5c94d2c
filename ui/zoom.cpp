#include "ui/zoom.h"

#include <QAction>
#include <QApplication>
#include <QFont>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Soudan::Zoom {

namespace {

const auto Key = u"view/zoom"_s;
constexpr int Step = 10;
constexpr int Lowest = 50;
constexpr int Highest = 300;

int t_percent = 100;
double t_basePoints = 0; // the system's text size, before any zoom

} // namespace

int percent()
{
    return t_percent;
}

void setPercent(int value)
{
    value = qBound(Lowest, value, Highest);
    QFont font = QApplication::font();
    if (t_basePoints <= 0)
        t_basePoints = font.pointSizeF() > 0 ? font.pointSizeF() : 10;
    t_percent = value;
    font.setPointSizeF(t_basePoints * value / 100.0);
    QApplication::setFont(font);
}

void restore(QSettings &settings)
{
    const int kept = settings.value(Key, 100).toInt();
    if (kept != 100 || t_percent != 100)
        setPercent(kept);
}

void connectActions(QAction *zoomIn, QAction *zoomOut, QAction *actualSize, QSettings &settings)
{
    auto zoomTo = [&settings](int value) {
        setPercent(value);
        settings.setValue(Key, percent());
    };
    QObject::connect(zoomIn, &QAction::triggered, zoomIn, [zoomTo] { zoomTo(percent() + Step); });
    QObject::connect(zoomOut, &QAction::triggered, zoomOut, [zoomTo] { zoomTo(percent() - Step); });
    QObject::connect(actualSize, &QAction::triggered, actualSize, [zoomTo] { zoomTo(100); });
}

} // namespace Soudan::Zoom
