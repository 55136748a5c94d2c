#pragma once

#include <QLabel>

namespace Soudan {

// Under a text field: how many characters of the limit are used ("120 / 10,000"), in red with a
// message once over it.
class LimitLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimitLabel)

public:
    explicit LimitLabel(int limit, QWidget *parent = nullptr);
    void setLength(int length);
    bool isOver() const { return m_length > m_limit; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    int m_limit;
    int m_length = 0;
};

// Under a composer: a warning, not a block, when the text seems to carry contact details (the
// contact guard), with a link to the FAQ page on forbidden work.
class GuardWarning final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardWarning)

public:
    explicit GuardWarning(QWidget *parent = nullptr);
    void check(const QString &text);
    bool isShown() const { return m_tripped; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    bool m_tripped = false;
};

} // namespace Soudan
