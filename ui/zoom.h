#pragma once

class QAction;
class QSettings;

namespace Soudan::Zoom {

// The size of all text in every window, in percent of the system's (50 to 300), kept in the
// settings as view/zoom. View › Zoom In (Ctrl++), Zoom Out (Ctrl+-), Actual Size (Ctrl+0).
int percent();
void setPercent(int percent);
// Applies the zoom kept in settings (at start).
void restore(QSettings &settings);
// Connects the View menu's actions: each step is 10%, kept in settings at once.
void connectActions(QAction *zoomIn, QAction *zoomOut, QAction *actualSize, QSettings &settings);

} // namespace Soudan::Zoom
