#include "FirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <utility>

namespace rd::ui {

namespace {

class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget* widget, std::function<void()> then)
        : QObject(widget)
        , m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            QTimer::singleShot(0, watched, std::exchange(m_then, {}));
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

} // namespace

void onFirstPaint(QWidget* widget, std::function<void()> then)
{
    new FirstPaint(widget, std::move(then));
}

} // namespace rd::ui
