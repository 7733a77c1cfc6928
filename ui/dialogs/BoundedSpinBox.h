#pragma once

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace rd::ui {

/// A spin box that never changes what the user typed. A plain QSpinBox drops
/// the keystroke that would leave its range, so "150" typed for a percentage
/// becomes 15 without a word. This one accepts a number up to ten times past
/// its upper bound, and the dialog refuses it on Save with a sentence
/// (boundsError()). The arrows stop at the bound.
template <typename Spin, typename Value>
class BoundedSpin : public Spin
{
public:
    explicit BoundedSpin(QWidget* parent = nullptr)
        : Spin(parent)
    {}

    /// The allowed range. The minimum is the spin box's own (its special value,
    /// "not recorded", sits there); the maximum is checked by boundsError().
    void setBounds(Value minimum, Value maximum)
    {
        m_maximum = maximum;
        Spin::setRange(minimum, maximum * 10 + 9);
    }
    Value upperBound() const { return m_maximum; }
    bool isInBounds() const { return this->value() <= m_maximum; }

    void stepBy(int steps) override
    {
        Spin::stepBy(steps);
        if (this->value() > m_maximum)
            this->setValue(m_maximum);
    }

protected:
    typename Spin::StepEnabled stepEnabled() const override
    {
        typename Spin::StepEnabled enabled = Spin::stepEnabled();
        if (this->value() >= m_maximum)
            enabled &= ~Spin::StepUpEnabled;
        return enabled;
    }

private:
    Value m_maximum{};
};

using BoundedSpinBox = BoundedSpin<QSpinBox, int>;
using BoundedDoubleSpinBox = BoundedSpin<QDoubleSpinBox, double>;

} // namespace rd::ui
