#pragma once

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace rd::ui {

/// A spin box that never changes what the user typed. A plain QSpinBox drops
/// the keystroke that would leave its range, so "150" typed for a percentage
/// becomes 15 without a word, and "0" typed where 1 is the least is left
/// half-typed and the old value kept. This one accepts a number up to ten
/// times past its upper bound, and down to 0 below a positive lower bound,
/// and the dialog names it as it is typed and refuses it on Save with a
/// sentence (boundsError()). The arrows stop at the bounds.
template <typename Spin, typename Value>
class BoundedSpin : public Spin
{
public:
    explicit BoundedSpin(QWidget* parent = nullptr)
        : Spin(parent)
    {}

    /// The allowed range. A special value ("not recorded"), when the box has
    /// one, sits on the minimum itself and is allowed; else the box takes 0
    /// too, so that a 0 typed below a lower bound of 1 is seen and named.
    void setBounds(Value minimum, Value maximum)
    {
        m_minimum = minimum;
        m_maximum = maximum;
        const Value lowest =
            this->specialValueText().isEmpty() && minimum > Value(0) ? Value(0) : minimum;
        Spin::setRange(lowest, maximum * 10 + 9);
    }
    Value lowerBound() const { return m_minimum; }
    Value upperBound() const { return m_maximum; }
    bool isInBounds() const { return this->value() >= m_minimum && this->value() <= m_maximum; }

    void stepBy(int steps) override
    {
        Spin::stepBy(steps);
        if (this->value() > m_maximum)
            this->setValue(m_maximum);
        if (this->value() < m_minimum)
            this->setValue(m_minimum);
    }

protected:
    typename Spin::StepEnabled stepEnabled() const override
    {
        typename Spin::StepEnabled enabled = Spin::stepEnabled();
        if (this->value() >= m_maximum)
            enabled &= ~Spin::StepUpEnabled;
        if (this->value() <= m_minimum)
            enabled &= ~Spin::StepDownEnabled;
        return enabled;
    }

private:
    Value m_minimum{};
    Value m_maximum{};
};

using BoundedSpinBox = BoundedSpin<QSpinBox, int>;
using BoundedDoubleSpinBox = BoundedSpin<QDoubleSpinBox, double>;

} // namespace rd::ui
