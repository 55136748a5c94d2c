#include "ui/colors.h"

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

// amount of accent over base (0 to 1).
QColor mix(const QColor &base, const QColor &accent, double amount)
{
    return QColor::fromRgbF(float(base.redF() + (accent.redF() - base.redF()) * amount),
                            float(base.greenF() + (accent.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (accent.blueF() - base.blueF()) * amount));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

const QColor Red(0xc6, 0x28, 0x28);
const QColor Amber(0xf0, 0xb4, 0x00);

} // namespace

Colors::Colors(const QPalette &palette)
    : m_palette(palette)
{}

QColor Colors::tag(ThreadStatus status)
{
    switch (status) {
    case ThreadStatus::Open:
        return QColor(0xd3, 0x54, 0x00);
    case ThreadStatus::Resolved:
        return QColor(0x2e, 0x7d, 0x32);
    case ThreadStatus::Closed:
        break;
    }
    return tag(Tag::Waiting);
}

QColor Colors::tag(Tag tag)
{
    switch (tag) {
    case Tag::Urgent:
        return Red;
    case Tag::BestAnswer:
        return QColor(0xb8, 0x86, 0x0b);
    case Tag::Waiting:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor Colors::tagText()
{
    return Qt::white;
}

QColor Colors::text() const
{
    return m_palette.color(QPalette::Text);
}

QColor Colors::mutedText() const
{
    return m_palette.color(QPalette::PlaceholderText);
}

QColor Colors::panel() const
{
    return m_palette.color(QPalette::AlternateBase);
}

QColor Colors::reportedPost() const
{
    return mix(m_palette.color(QPalette::Base), Red, isDark(m_palette) ? 0.3 : 0.1);
}

QColor Colors::match() const
{
    return mix(m_palette.color(QPalette::Base), Amber, isDark(m_palette) ? 0.55 : 0.45);
}

QColor Colors::matchText() const
{
    return isDark(m_palette) ? QColor(Qt::white) : QColor(Qt::black);
}

QColor Colors::errorText() const
{
    return isDark(m_palette) ? mix(Red, Qt::white, 0.35) : Red;
}

QColor Colors::noticeBackground() const
{
    return mix(m_palette.color(QPalette::Base), Amber, isDark(m_palette) ? 0.25 : 0.2);
}

QColor Colors::noticeBorder() const
{
    return mix(m_palette.color(QPalette::Base), Amber, 0.6);
}

QColor Colors::noticeText() const
{
    return mix(m_palette.color(QPalette::Text), QColor(0x8a, 0x5a, 0x00), 0.35);
}

QString Colors::noticeStyleSheet(const QString &selector) const
{
    return u"%1 { background: %2; border: 1px solid %3; padding: 6px; color: %4; }"
           " %1 QLabel { background: transparent; border: none; color: %4; }"_s.arg(
               selector, noticeBackground().name(), noticeBorder().name(), noticeText().name());
}

} // namespace Soudan
